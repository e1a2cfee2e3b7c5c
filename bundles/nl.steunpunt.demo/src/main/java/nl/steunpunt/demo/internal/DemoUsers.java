package nl.steunpunt.demo.internal;

import java.util.List;
import nl.steunpunt.api.platform.PlatformStatus;
import org.apache.karaf.jaas.config.JaasRealm;
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
 * Creates the demo accounts in the login realm in demo mode. Passwords go through the realm's own
 * backing engine, so they are stored hashed like any other. Removing them is the core's job ({@code
 * DemoAccountsRemoval}): outside demo mode this bundle does not run at all.
 */
@Component(immediate = true, configurationPid = "nl.steunpunt.identity")
public final class DemoUsers {

  @interface Config {
    String realm() default "karaf";
  }

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  @Activate
  public DemoUsers(
      @Reference PlatformStatus platform,
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
    if (!platform.demoMode()) {
      return;
    }
    RealmUserFile.of(config.realm(), realms, factories)
        .ifPresentOrElse(
            file -> {
              int added = file.edit(DemoAccounts::provision);
              LOG.warn(
                  "DEMO MODE: {} demo accounts present ({} added), all with the published password"
                      + " 'demo'. Never run demo mode with real data.",
                  DemoAccounts.ALL.size(),
                  added);
            },
            () ->
                LOG.error(
                    "No user file found for realm {}: demo accounts not created", config.realm()));
  }
}
