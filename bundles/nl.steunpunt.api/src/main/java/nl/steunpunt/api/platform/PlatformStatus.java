package nl.steunpunt.api.platform;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports the platform's version and readiness. Registered by the core.
 *
 * @since 0.1
 */
@ProviderType
public interface PlatformStatus {

  /**
   * Returns the version of the running platform.
   *
   * @return the version of the core, e.g. {@code 0.1.0}
   */
  String version();

  /**
   * Tells whether every core component is active, and which are not.
   *
   * @return the readiness, computed now
   */
  Readiness readiness();

  /**
   * Tells whether the platform runs in demo mode (demo users with a published password).
   *
   * @return true in demo mode; never in production
   */
  boolean demoMode();
}
