package nl.steunpunt.api.common;

/**
 * The platform cannot do this now, and did nothing: for instance because the audit log cannot be
 * written, and there is no access without audit.
 *
 * @since 0.1
 */
public class UnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is unavailable, for the caller
   * @param cause the underlying failure, for the log
   */
  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
