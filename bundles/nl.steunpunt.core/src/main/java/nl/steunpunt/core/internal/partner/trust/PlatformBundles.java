package nl.steunpunt.core.internal.partner.trust;

import org.osgi.framework.Bundle;

/**
 * Tells the platform's own bundles from the others (partners, their libraries): the trust bundle's
 * decision ({@code nl.steunpunt.trust.BundleTrust#platform}).
 */
@FunctionalInterface
public interface PlatformBundles {

  /** Whether the bundle is one of the platform's own. */
  boolean platform(Bundle bundle);
}
