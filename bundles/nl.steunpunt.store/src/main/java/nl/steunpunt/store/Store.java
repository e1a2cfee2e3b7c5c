package nl.steunpunt.store;

import org.osgi.annotation.versioning.ProviderType;

/** Runs work in a transaction. */
@ProviderType
public interface Store {

  /**
   * Runs work in a read-write transaction: committed when the work returns, rolled back when it
   * throws (the exception is passed on).
   *
   * @param work the work
   * @param <T> its result
   * @return the work's result
   * @throws AuditWriteFailed when the audit entries the work appended could not be written; nothing
   *     of the work was committed
   */
  <T> T write(Work<T> work);

  /**
   * Runs work in a read-only transaction. It may not append audit entries: audited work is written.
   *
   * @param work the work
   * @param <T> its result
   * @return the work's result
   * @throws IllegalStateException when the work appends an audit entry
   */
  <T> T read(Work<T> work);

  /**
   * Names the database in use, for logs and status.
   *
   * @return e.g. {@code H2 2.5.252} or {@code PostgreSQL 15.18}
   */
  String describe();

  /**
   * Tells whether the store is open: connected and its schema migrated. Until then work waits for
   * it; readiness reports it.
   *
   * @return true once the store is open
   */
  default boolean ready() {
    return true;
  }
}
