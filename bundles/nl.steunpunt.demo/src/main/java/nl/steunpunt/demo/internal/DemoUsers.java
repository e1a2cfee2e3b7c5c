package nl.steunpunt.demo.internal;

import java.util.List;
import nl.steunpunt.api.platform.PlatformStatus;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
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

  private final boolean demo;
  private final List<JaasRealm> realms;
  private final List<BackingEngineFactory> factories;

  /** The realm that holds the demo accounts. */
  private volatile String realm;

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
    this.demo = platform.demoMode();
    this.realms = List.copyOf(realms);
    this.factories = List.copyOf(factories);
    this.realm = config.realm();
    if (!demo) {
      return;
    }
    // Without the realm's user file this component must not count as up: in demo mode the
    // platform is ready only once the demo accounts exist, and an active component that wrote
    // nothing would let it answer "ready" to logins that fail. A failed activation is retried
    // when the realms or their engines change (the references are greedy).
    RealmUserFile file =
        RealmUserFile.of(config.realm(), realms, factories)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No user file found for realm "
                            + config.realm()
                            + ": demo accounts not created"));
    provision(file);
  }

  /**
   * Another realm named (the login realm's configuration, which the authenticator applies in
   * place): the demo accounts are created there too. Any other change of that configuration changes
   * nothing here, and this component is not made anew for it: being immediate, it would keep the
   * demo from being ready while it was.
   */
  @Modified
  void modified(Config config) {
    if (!demo || config.realm().equals(realm)) {
      return;
    }
    realm = config.realm();
    RealmUserFile.of(config.realm(), realms, factories)
        .ifPresentOrElse(
            DemoUsers::provision,
            () ->
                LOG.error(
                    "No user file found for realm {}: demo accounts not created", config.realm()));
  }

  private static void provision(RealmUserFile file) {
    int added = file.edit(DemoAccounts::provision);
    LOG.warn(
        "DEMO MODE: {} demo accounts present ({} added), all with the published password"
            + " 'demo'. Never run demo mode with real data.",
        DemoAccounts.ALL.size(),
        added);
  }
}
