package nl.steunpunt.api.common;

/**
 * The record was changed by someone else since the caller read it: the version the caller named is
 * no longer current. Nothing was changed; read the record again and retry.
 *
 * @since 0.1
 */
public class StaleVersionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is stale, safe to show to the user (no personal data)
   */
  public StaleVersionException(String message) {
    super(message);
  }
}
