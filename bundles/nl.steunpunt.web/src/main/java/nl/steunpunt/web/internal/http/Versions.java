package nl.steunpunt.web.internal.http;

import nl.steunpunt.partner.http.ProblemException;

/**
 * Optimistic concurrency over HTTP: the version of If-Match is compared with the stored one before
 * a change (412 when they differ). A change that slips in between is found by the service, whose
 * {@link nl.steunpunt.api.common.StaleVersionException} is also answered 412.
 */
public final class Versions {

  private Versions() {}

  /**
   * Refuses an update that names another version than the stored one.
   *
   * @throws ProblemException 412 when they differ
   */
  public static void require(long expected, long current) {
    if (expected != current) {
      throw stale();
    }
  }

  private static ProblemException stale() {
    return new ProblemException(
        412,
        "Precondition Failed",
        "The record was changed since the version named in If-Match; read it again.");
  }
}
