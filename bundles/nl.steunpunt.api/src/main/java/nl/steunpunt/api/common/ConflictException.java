package nl.steunpunt.api.common;

/**
 * The request conflicts with the record's current state: it was changed by someone else since the
 * caller read it (a stale version), or the change is not allowed from the state it is in. Nothing
 * was changed.
 *
 * @since 0.1
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what conflicts, safe to show to the user (no personal data)
   */
  public ConflictException(String message) {
    super(message, null, false, false);
  }

  /**
   * The record changed since the caller read it.
   *
   * @param kind the kind of record
   * @param expected the version the caller had
   * @return the exception
   */
  public static StaleVersionException stale(String kind, long expected) {
    return new StaleVersionException(
        "The " + kind + " was changed by someone else since version " + expected + "; reload it.");
  }
}
