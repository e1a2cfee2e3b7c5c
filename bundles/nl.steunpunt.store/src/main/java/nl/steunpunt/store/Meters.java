package nl.steunpunt.store;

import io.micrometer.core.instrument.MeterRegistry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one meter registry. The store keeps it because it is the lowest of the platform's
 * bundles that reports to it (its connection pool and the audit log's sealing); the core adds its
 * own meters and renders them for the web face. It is registered as this SPI type only, never as a
 * Micrometer {@code MeterRegistry} service: this package cannot be imported by a bundle outside the
 * platform, and the platform hides its services from them.
 *
 * <p>No meter may carry personal data, an identifier of a record or a user name in its name or
 * tags.
 *
 * @since 0.4
 */
@ProviderType
public interface Meters {

  /**
   * The registry to add meters to. Whoever adds a meter removes it when it goes, so that a
   * restarted component does not leave a meter that holds on to it.
   *
   * @return the registry
   */
  MeterRegistry registry();

  /**
   * Runs {@code refresh} before every scrape, until the returned handle is closed; for gauges whose
   * values are read from the database once per scrape rather than at every change. A refresh that
   * fails leaves its gauges at their last value; the scrape goes on.
   *
   * @param refresh what brings the values up to date
   * @return closing it stops the refreshes
   */
  AutoCloseable beforeScrape(Runnable refresh);

  /**
   * Every meter now, in the Prometheus text exposition format 0.0.4, after the refreshes.
   *
   * @return the text
   */
  String scrape();
}
