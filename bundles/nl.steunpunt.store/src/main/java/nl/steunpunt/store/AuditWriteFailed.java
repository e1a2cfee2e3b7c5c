package nl.steunpunt.store;

/**
 * The audit entries of a unit of work could not be written when it was about to commit, so none of
 * its work was committed. A separate type, so that the core can tell "the audit log is unavailable"
 * (no action without its audit entry) from any other failure of the store.
 */
public class AuditWriteFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any value of the entries
   * @param cause the database failure
   */
  public AuditWriteFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
