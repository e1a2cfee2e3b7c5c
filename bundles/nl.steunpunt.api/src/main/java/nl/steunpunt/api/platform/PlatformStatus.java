package nl.steunpunt.api.platform;

import java.util.List;
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

  /**
   * Things the operator should look at that do not stop the platform from serving, such as a
   * partner bundle that is not on the allow-list. They never contain personal data.
   *
   * @return short texts, e.g. {@code partner bundle nl.example.x 1.0.0 not on the allow-list};
   *     empty when there is nothing to report
   * @since 0.2
   */
  default List<String> alerts() {
    return List.of();
  }
}
