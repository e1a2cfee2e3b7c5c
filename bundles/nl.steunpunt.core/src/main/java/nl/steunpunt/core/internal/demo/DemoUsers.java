package nl.steunpunt.core.internal.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo accounts in the login realm when demo mode is on, and removes them when it is
 * off. Passwords go through the realm's own backing engine, so they are stored hashed like any
 * other.
 */
@Component(immediate = true, configurationPid = "nl.steunpunt.identity")
public final class DemoUsers {

  @interface Config {
    String realm() default "karaf";
  }

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
  private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

  @Activate
  public DemoUsers(
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<JaasRealm> realms,
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<BackingEngineFactory> factories,
      // Hashing must be available before an account is written; the target names the service
      // configured in etc/org.apache.karaf.jaas.cfg and can be changed with `encryption.target`.
      @Reference(name = "encryption", target = "(name=spring-security-crypto)")
          EncryptionService encryption,
      Config config) {
    Optional<BackingEngine> engine = engineFor(config.realm(), realms, factories);
    if (engine.isEmpty()) {
      LOG.error("No user store found for realm {}: demo accounts not managed", config.realm());
      return;
    }
    if (DemoMode.fromEnvironment().enabled()) {
      int added = DemoAccounts.provision(engine.get());
      LOG.warn(
          "DEMO MODE: {} demo accounts present ({} added), all with the published password"
              + " 'demo'. Never run demo mode with real data.",
          DemoAccounts.ALL.size(),
          added);
    } else {
      int removed = DemoAccounts.remove(engine.get());
      if (removed > 0) {
        LOG.warn("Demo mode is off: removed {} demo accounts", removed);
      }
    }
  }

  private static Optional<BackingEngine> engineFor(
      String realmName, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
    return realms.stream()
        .filter(realm -> realmName.equals(realm.getName()))
        .flatMap(realm -> Arrays.stream(realm.getEntries()))
        .flatMap(
            entry -> factoryFor(entry, factories).map(f -> f.build(entry.getOptions())).stream())
        .findFirst();
  }

  private static Optional<BackingEngineFactory> factoryFor(
      AppConfigurationEntry entry, List<BackingEngineFactory> factories) {
    Map<String, ?> options = entry.getOptions();
    Object module = options.get(MODULE_OPTION);
    String moduleClass = module != null ? module.toString() : entry.getLoginModuleName();
    // Only the properties realm stores passwords; the public-key module has no use here.
    if (!moduleClass.endsWith(".PropertiesLoginModule")) {
      return Optional.empty();
    }
    return factories.stream().filter(f -> moduleClass.equals(f.getModuleClass())).findFirst();
  }
}
