package nl.steunpunt.api.platform;

import java.util.List;

/**
 * Whether the platform is ready to serve, and what it still waits for.
 *
 * @param ready true only when every core bundle and component is active
 * @param waitingFor the core bundles or components that are not active yet, by name; empty when
 *     ready
 * @since 0.1
 */
public record Readiness(boolean ready, List<String> waitingFor) {

  /** Creates a readiness; {@code waitingFor} is copied. */
  public Readiness {
    waitingFor = List.copyOf(waitingFor);
    if (ready != waitingFor.isEmpty()) {
      throw new IllegalArgumentException("ready exactly when nothing is waited for");
    }
  }

  /**
   * Builds a readiness from what is still waited for.
   *
   * @param waitingFor names of what is not active yet
   * @return ready when the list is empty
   */
  public static Readiness waitingFor(List<String> waitingFor) {
    return new Readiness(waitingFor.isEmpty(), waitingFor);
  }
}
