package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * When a committed transaction may be told to its caller: at once where the commit itself is
 * durable (PostgreSQL), after a later write of the database file where it is not (H2, {@link
 * GroupCommit}). A transaction commits through it and gets a ticket ({@link #commit}), or takes one
 * after a read ({@link #seen()}: what it read may have been committed moments before), and waits
 * for it once its connection is back in the pool.
 */
interface Durability extends AutoCloseable {

  /** Commits that are durable when {@code commit} returns. */
  Durability AT_COMMIT =
      new Durability() {
        @Override
        public long commit(Connection connection) throws SQLException {
          connection.commit();
          return 0;
        }

        @Override
        public long seen() {
          return 0;
        }

        @Override
        public void await(long ticket) {
          // Nothing to wait for.
        }

        @Override
        public void close() {
          // Nothing to stop.
        }
      };

  /**
   * Commits the connection's transaction.
   *
   * @return the ticket to wait for
   */
  long commit(Connection connection) throws SQLException;

  /** The ticket covering every commit counted so far. */
  long seen();

  /**
   * Returns once everything the ticket covers is durable.
   *
   * @throws StoreException when it could not be made durable
   */
  void await(long ticket);

  @Override
  void close();
}
