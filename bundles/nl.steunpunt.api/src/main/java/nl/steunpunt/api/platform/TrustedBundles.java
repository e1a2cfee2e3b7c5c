package nl.steunpunt.api.platform;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the platform trusts a bundle with, for the platform's own bundles (the web face asks it
 * before it shows a bundle's UI extension). Bundles outside the platform do not see this service.
 *
 * @since 0.3
 */
@ProviderType
public interface TrustedBundles {

  /**
   * Whether a bundle is one of the platform's own: Karaf's and Steunpunt's, as shipped.
   *
   * @param bundleId the bundle's id
   * @return true for the platform's own bundles only
   */
  boolean platform(long bundleId);

  /**
   * The partner an installed bundle acts for, when it is on the operator's allow-list and its
   * partner has a grant now.
   *
   * @param bundleId the bundle's id
   * @return the partner id, or empty
   */
  Optional<String> grantedPartner(long bundleId);

  /**
   * Reports something a bundle tried and was refused, for the operator: an alert while the bundle
   * is installed, and an audit entry the first time.
   *
   * @param bundleId the bundle's id
   * @param what what was refused and why, without personal data
   */
  void refused(long bundleId, String what);

  /**
   * Calls the listener after any change that may change an answer of {@link #platform} or {@link
   * #grantedPartner}, until {@link #unwatch}.
   *
   * @param listener what to call; it must return quickly
   */
  void watch(Runnable listener);

  /**
   * Stops calling the listener.
   *
   * @param listener as given to {@link #watch}
   */
  void unwatch(Runnable listener);
}
