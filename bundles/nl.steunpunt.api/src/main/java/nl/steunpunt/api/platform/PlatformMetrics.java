package nl.steunpunt.api.platform;

import java.time.Duration;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's metrics for the operator's monitoring, in the Prometheus text format: request
 * rates and latencies per route, the database pool, partner event delivery, the audit log's
 * sealing, open event streams and failed logins. No metric carries personal data, an identifier of
 * a record or a user name: routes are templates ({@code /api/v1/families/{id}}), partners their
 * partner id.
 *
 * <p>Used by the platform's own web face; partner bundles do not see this service, and a call from
 * code outside the platform is refused.
 *
 * @since 0.5
 */
@ProviderType
public interface PlatformMetrics {

  /** The content type of {@link #scrape}: the Prometheus text exposition format 0.0.4. */
  String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /**
   * The metrics now, for an operator.
   *
   * @param actor the user asking; must be an operator the platform issued
   * @return the metrics in the Prometheus text format ({@link #CONTENT_TYPE})
   * @throws AccessDeniedException when the actor is not an operator (audited)
   */
  String scrape(Actor actor);

  /**
   * Counts and times one HTTP request the web face answered.
   *
   * @param method the request method
   * @param route the route template the request matched, never the path as sent
   * @param status the response status
   * @param duration how long the answer took
   */
  void request(String method, String route, int status, Duration duration);

  /**
   * Tells how many server-sent event streams of the UI are open now.
   *
   * @param open the number of open streams
   */
  void openStreams(int open);
}
