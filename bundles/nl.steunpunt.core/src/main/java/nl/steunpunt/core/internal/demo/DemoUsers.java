package nl.steunpunt.core.internal.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
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
  private static final String USERS_OPTION = "users";

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
    Optional<UserStore> store = storeFor(config.realm(), realms, factories);
    if (store.isEmpty()) {
      LOG.error("No user file found for realm {}: demo accounts not managed", config.realm());
      return;
    }
    if (DemoMode.fromEnvironment().enabled()) {
      int added = store.get().edit(DemoAccounts::provision);
      LOG.warn(
          "DEMO MODE: {} demo accounts present ({} added), all with the published password"
              + " 'demo'. Never run demo mode with real data.",
          DemoAccounts.ALL.size(),
          added);
    } else {
      int removed = store.get().edit(DemoAccounts::remove);
      if (removed > 0) {
        LOG.warn("Demo mode is off: removed {} demo accounts", removed);
      }
    }
  }

  /** The realm's properties file and the factory of its backing engine. */
  private record UserStore(Path file, Map<String, ?> options, BackingEngineFactory factory) {

    int edit(ToIntFunction<BackingEngine> change) {
      if (Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled")))) {
        Object prefix = options.get("encryption.prefix");
        UserFileEdit.awaitHashed(file, prefix == null ? "{CRYPT}" : prefix.toString());
      }
      return UserFileEdit.apply(file, this::engineOn, change);
    }

    private BackingEngine engineOn(Path copy) {
      Map<String, Object> onCopy = new HashMap<>(options);
      onCopy.put(USERS_OPTION, copy.toString());
      return factory.build(onCopy);
    }
  }

  private static Optional<UserStore> storeFor(
      String realmName, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
    return realms.stream()
        .filter(realm -> realmName.equals(realm.getName()))
        .flatMap(realm -> Arrays.stream(realm.getEntries()))
        .flatMap(entry -> storeFor(entry, factories).stream())
        .findFirst();
  }

  private static Optional<UserStore> storeFor(
      AppConfigurationEntry entry, List<BackingEngineFactory> factories) {
    Object users = entry.getOptions().get(USERS_OPTION);
    if (users == null) {
      return Optional.empty();
    }
    return factoryFor(entry, factories)
        .map(factory -> new UserStore(Path.of(users.toString()), entry.getOptions(), factory));
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
