package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How a transaction commits. On an H2 file, one at a time: H2 writes each commit to its file in the
 * committing thread ({@code WRITE_DELAY 0}), and a write made while another commit was being
 * applied can hold that commit half: the crash test found an audit entry whose queue entry was
 * gone, and a sealed entry still queued, after a kill. Elsewhere commits run side by side.
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
