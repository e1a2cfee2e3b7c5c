package nl.steunpunt.core.internal.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.steunpunt.core.internal.platform.DemoMode;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
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
 * Outside demo mode, removes from the login realm every account that carries the demo marker role
 * {@code demo}: the demo bundle (which adds them, with the published password {@code demo}) does
 * not run on such a node, so a node that ran as a demo before loses its demo accounts at its first
 * start without demo mode. An account of a demo name without the marker is never touched.
 */
@Component(immediate = true, configurationPid = "nl.steunpunt.identity")
public final class DemoAccountsRemoval {

  /** The role every demo account carries, and no other account. */
  static final String MARKER_ROLE = "demo";

  @interface Config {
    String realm() default "karaf";
  }

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccountsRemoval.class);

  private final List<JaasRealm> realms;
  private final List<BackingEngineFactory> factories;
  private final boolean demo = DemoMode.fromEnvironment().enabled();

  /** The realm whose demo accounts were removed last. */
  private volatile String realm;

  @Activate
  public DemoAccountsRemoval(
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<JaasRealm> realms,
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<BackingEngineFactory> factories,
      // Hashing must be available before the file is rewritten (see the demo bundle's DemoUsers).
      @Reference(name = "encryption", target = "(name=spring-security-crypto)")
          EncryptionService encryption,
      Config config) {
    this.realms = List.copyOf(realms);
    this.factories = List.copyOf(factories);
    this.realm = config.realm();
    removeIn(config.realm());
  }

  /**
   * Another realm named (the login realm's configuration, which the authenticator applies in
   * place): its demo accounts are removed too. Any other change of that configuration changes
   * nothing here, and this component is not made anew for it: being immediate, it would keep the
   * platform from being ready while it was.
   */
  @Modified
  void modified(Config config) {
    if (!config.realm().equals(realm)) {
      realm = config.realm();
      removeIn(config.realm());
    }
  }

  private void removeIn(String realm) {
    if (demo) {
      return;
    }
    RealmUserFile.of(realm, realms, factories)
        .ifPresentOrElse(
            file -> {
              int removed = file.edit(DemoAccountsRemoval::remove);
              if (removed > 0) {
                LOG.warn("Demo mode is off: removed {} demo accounts", removed);
              }
            },
            () ->
                LOG.error(
                    "No user file found for realm {}: demo accounts cannot be removed", realm));
  }

  /** Removes every account that carries the demo marker; returns how many were removed. */
  static int remove(BackingEngine engine) {
    int removed = 0;
    for (UserPrincipal user : engine.listUsers()) {
      if (isDemo(engine, user)) {
        engine.deleteUser(user.getName());
        removed++;
      }
    }
    return removed;
  }

  private static boolean isDemo(BackingEngine engine, UserPrincipal user) {
    Set<String> roles =
        engine.listRoles(user).stream().map(RolePrincipal::getName).collect(Collectors.toSet());
    return roles.contains(MARKER_ROLE);
  }
}
