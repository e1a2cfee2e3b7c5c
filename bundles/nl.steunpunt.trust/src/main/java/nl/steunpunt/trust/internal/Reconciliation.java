package nl.steunpunt.trust.internal;

import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a changed decision does to the framework. Only the bundles concerned are refreshed or
 * resolved: never the platform's own (a refresh of a refused bundle reaches another bundle only if
 * that one is wired to it, which the hook prevents for everything resolved after it started).
 */
final class Reconciliation {

  static final int RESOLVED_STATES =
      Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

  private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

  private Reconciliation() {}

  /** Stops (keeping its mark to start) and refreshes each bundle, so it is INSTALLED again. */
  static void revoke(FrameworkWiring wiring, List<Bundle> bundles) {
    if (bundles.isEmpty()) {
      return;
    }
    for (Bundle bundle : bundles) {
      LOG.warn(
          "Bundle {} {} (id {}) may not run any more: stopped and refreshed",
          bundle.getSymbolicName(),
          bundle.getVersion(),
          bundle.getBundleId());
      if ((bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
        try {
          bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
          LOG.warn("Bundle {} could not be stopped: {}", bundle.getBundleId(), e.toString());
        }
      }
    }
    wiring.refreshBundles(bundles);
  }

  /** Resolves the bundles that may run now, and starts those marked to start. */
  static void approve(FrameworkWiring wiring, List<Bundle> bundles) {
    if (bundles.isEmpty()) {
      return;
    }
    wiring.resolveBundles(bundles);
    int active = wiring.getBundle().adapt(FrameworkStartLevel.class).getStartLevel();
    for (Bundle bundle : bundles) {
      LOG.info(
          "Bundle {} {} (id {}) may run now: resolved",
          bundle.getSymbolicName(),
          bundle.getVersion(),
          bundle.getBundleId());
      BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
      if (bundle.getState() == Bundle.RESOLVED
          && level != null
          && level.isPersistentlyStarted()
          && level.getStartLevel() <= active) {
        try {
          bundle.start(
              Bundle.START_TRANSIENT
                  | (level.isActivationPolicyUsed() ? Bundle.START_ACTIVATION_POLICY : 0));
        } catch (BundleException | IllegalStateException e) {
          LOG.warn("Bundle {} could not be started: {}", bundle.getBundleId(), e.toString());
        }
      }
    }
  }
}
