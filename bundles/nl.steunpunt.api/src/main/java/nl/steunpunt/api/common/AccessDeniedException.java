package nl.steunpunt.api.common;

/**
 * The actor may not use this service at all (for a single record the actor may not see, services
 * answer {@link NotFoundException} instead).
 *
 * @since 0.1
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused, without any data of the record
   */
  public AccessDeniedException(String message) {
    super(message, null, false, false);
  }
}
