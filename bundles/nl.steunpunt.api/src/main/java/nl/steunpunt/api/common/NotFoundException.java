package nl.steunpunt.api.common;

/**
 * The record does not exist, or the actor may not see it: the two are deliberately
 * indistinguishable.
 *
 * @since 0.1
 */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind of record, e.g. {@code family}
   * @param id the id asked for
   */
  public NotFoundException(String kind, Object id) {
    super("No " + kind + " " + id, null, false, false);
  }
}
