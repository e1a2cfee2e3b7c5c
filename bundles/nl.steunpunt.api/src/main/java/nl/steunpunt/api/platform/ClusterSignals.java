package nl.steunpunt.api.platform;

import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Short signals from one node of the platform to every node (itself included), through the database
 * they share: on PostgreSQL its {@code LISTEN}/{@code NOTIFY}, on the embedded H2 (one node) within
 * the process. A signal says only that something changed, so that each node looks again; it carries
 * no personal data and is not kept: a node that is down misses it, and after a lost connection to
 * the database every listener is told with an empty payload, because something may have been
 * missed.
 *
 * <p>Used by the platform's own bundles; partner bundles and any other bundle outside the platform
 * do not see this service.
 *
 * @since 0.5
 */
@ProviderType
public interface ClusterSignals {

  /** The largest payload a signal may carry, in characters. */
  int MAX_PAYLOAD = 200;

  /**
   * Tells every node's listeners of the topic, after this call returns (not within it).
   *
   * @param topic lower-case letters, digits and hyphens, 1 to 40 of them
   * @param payload at most {@link #MAX_PAYLOAD} characters, no line breaks; never personal data
   * @throws IllegalArgumentException when the topic or the payload is not of that form
   * @throws IllegalStateException when the signal could not be sent (the database is unreachable)
   */
  void send(String topic, String payload);

  /**
   * Listens to a topic until the returned handle is closed. The listener runs on the signals'
   * thread and should return quickly.
   *
   * @param topic the topic, as for {@link #send}
   * @param listener given each signal's payload, or an empty one after signals may have been lost
   * @return closing it stops the listening
   */
  AutoCloseable listen(String topic, Consumer<String> listener);
}
