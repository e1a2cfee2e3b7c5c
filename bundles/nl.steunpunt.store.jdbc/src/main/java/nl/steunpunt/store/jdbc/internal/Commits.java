package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How a transaction commits. On an H2 file, one at a time: H2 writes each commit to its file in the
 * committing thread ({@code WRITE_DELAY 0}), and with commits side by side a kill can leave the
 * file in a state H2 cannot go on from. A killed-writer test of twenty kills hung at the next open,
 * the sealer's {@code DELETE} spinning in H2's {@code TransactionMap.set} on a row still held by a
 * transaction of the killed process; earlier, a sealed audit entry was found still queued. One at a
 * time, the same twenty kills pass. Elsewhere commits run side by side.
 */
interface Commits {

  /** Commits side by side. */
  Commits CONCURRENT = Connection::commit;

  /** Commits one at a time, each written to the file before the next begins. */
  static Commits oneAtATime() {
    ReentrantLock lock = new ReentrantLock();
    return connection -> {
      lock.lock();
      try {
        connection.commit();
      } finally {
        lock.unlock();
      }
    };
  }

  void commit(Connection connection) throws SQLException;
}
