package nl.steunpunt.store.jdbc.internal;

/** A database failure. Its message names the operation, never a value. */
final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoreException(String operation) {
    super("Store failed: " + operation);
  }

  StoreException(String operation, Throwable cause) {
    super("Store failed: " + operation, cause);
  }
}
