package nl.steunpunt.web.internal.http;

import java.util.function.Supplier;
import nl.steunpunt.api.common.ConflictException;

/**
 * Optimistic concurrency over HTTP. The services answer a stale version and an illegal change with
 * the same {@link ConflictException}; over HTTP the first is 412 and the second 409. So the version
 * of If-Match is compared with the stored one before the change, and a conflict raised by the
 * service for that very version (a change that slipped in between) is still told as 412.
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

  /**
   * Runs a service update, telling a stale version apart from other conflicts.
   *
   * @param kind the kind of record, as the service names it in {@link ConflictException#stale}
   * @param expected the version the update names
   * @param update the service call
   * @return what the call returned
   * @throws ProblemException 412 when the service found the version stale
   */
  public static <T> T update(String kind, long expected, Supplier<T> update) {
    try {
      return update.get();
    } catch (ConflictException e) {
      // The API offers no separate type for a stale version, only its documented factory.
      if (ConflictException.stale(kind, expected).getMessage().equals(e.getMessage())) {
        throw stale();
      }
      throw e;
    }
  }

  private static ProblemException stale() {
    return new ProblemException(
        412,
        "Precondition Failed",
        "The record was changed since the version named in If-Match; read it again.");
  }
}
