package nl.steunpunt.store.jdbc.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes H2's commits reach the database file before their callers hear of them, several commits
 * with one write. H2 commits a transaction in memory and writes it to its file later, in the
 * background; a killed process loses what was not written. So each transaction, after its commit
 * and after its connection went back to the pool, takes a ticket and waits here until a write that
 * began after its commit has ended. One thread does the writes ({@code CHECKPOINT}, which writes
 * everything committed so far to the file), back to back while there are waiters: the commits made
 * during one write share the next. A transaction whose data the caller reads waits the same way, so
 * nothing is shown that a crash could still take back.
 *
 * <p>No write runs while a commit is under way: H2 writes the maps of a store one after the other,
 * and a write during a commit could hold some of its maps committed and others not; the crash test
 * met a queue entry sealed and still queued after such a write, and the store could not open again.
 * Commits share a lock's read side, a write takes its write side.
 *
 * <p>{@code CHECKPOINT} alone is not enough: H2 also writes in the background, handing the file
 * writes to threads of its own, and a {@code CHECKPOINT} that finds such a write under way returns
 * before it reached the file (the crash test lost 3 of 2,255 acknowledged writes that way). So each
 * write ends with waiting for H2's own writer threads ({@code FileStore.executeFileStoreOperation},
 * reached through the connection's session: H2 does not export that API to other bundles). A store
 * that cannot be reached that way (a server, another H2) is refused when it opens.
 *
 * <p>H2 writes without {@code fsync}: this survives a killed process, not a power loss.
 */
final class GroupCommit implements Durability {

  /** The name of the thread that writes. */
  static final String THREAD = "steunpunt-group-commit";

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final DataSource dataSource;
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantReadWriteLock commitsAndWrites = new ReentrantReadWriteLock();
  private final Condition committing = lock.newCondition();
  private final Condition written = lock.newCondition();
  private final Thread writer;
  // Guarded by lock: commits counted so far, the count the last write covered, the tickets of
  // the last failed write (after failedAfter, up to failedUpTo: their waiters fail too), and
  // whether the group commit was closed.
  private long committed;
  private long durable;
  private long failedAfter;
  private long failedUpTo;
  private boolean closed;
  // Made before the writer starts; then only the writer's thread touches them.
  private Connection connection;
  private Runnable drain;

  /**
   * Starts the writer.
   *
   * @param dataSource the database, for a connection of the writer's own, outside the pool
   */
  GroupCommit(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    this.connection = dataSource.getConnection();
    try {
      this.drain = writerThreadsOf(connection);
    } catch (SQLException e) {
      closeConnection();
      throw e;
    }
    this.writer = new Thread(this::writeWhileOpen, THREAD);
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public long commit(Connection committing) throws SQLException {
    commitsAndWrites.readLock().lock();
    try {
      committing.commit();
      return committed();
    } finally {
      commitsAndWrites.readLock().unlock();
    }
  }

  /** Counts a commit that has just returned; the ticket to wait for. */
  long committed() {
    lock.lock();
    try {
      committed++;
      committing.signal();
      return committed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long seen() {
    lock.lock();
    try {
      return committed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void await(long ticket) {
    lock.lock();
    try {
      while (durable < ticket) {
        if (closed) {
          throw new StoreException("write the commit to the database file: the store is closed");
        }
        written.awaitUninterruptibly();
      }
      if (ticket > failedAfter && ticket <= failedUpTo) {
        throw new StoreException("write the commit to the database file");
      }
    } finally {
      lock.unlock();
    }
  }

  private void writeWhileOpen() {
    while (true) {
      long target;
      lock.lock();
      try {
        while (committed == durable && !closed) {
          committing.awaitUninterruptibly();
        }
        if (committed == durable) {
          closeConnection();
          return;
        }
        target = committed;
      } finally {
        lock.unlock();
      }
      boolean ok = write();
      lock.lock();
      try {
        if (!ok) {
          failedAfter = durable;
          failedUpTo = target;
        }
        durable = target;
        written.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Writes everything committed so far to the file; false when that failed. */
  private boolean write() {
    try {
      if (connection == null) {
        connection = dataSource.getConnection();
        drain = writerThreadsOf(connection);
      }
      commitsAndWrites.writeLock().lock();
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT");
        drain.run();
      } finally {
        commitsAndWrites.writeLock().unlock();
      }
      return true;
    } catch (SQLException | RuntimeException e) {
      // The driver's message names no value: CHECKPOINT has none.
      LOG.error("Committed transactions could not be written to the database file", e);
      closeConnection();
      return false;
    }
  }

  /**
   * What waits until H2's own writer threads have written everything handed to them: {@code
   * session.getDatabase().getStore().getMvStore().getFileStore().executeFileStoreOperation}, whose
   * public methods other bundles can only call by reflection.
   *
   * @throws SQLException when the connection is not to an embedded H2 of this kind
   */
  static Runnable writerThreadsOf(Connection connection) throws SQLException {
    try {
      Object session = connection.getClass().getMethod("getSession").invoke(connection);
      Object database = session.getClass().getMethod("getDatabase").invoke(session);
      Object store = database.getClass().getMethod("getStore").invoke(database);
      Object mvStore = store.getClass().getMethod("getMvStore").invoke(store);
      Object fileStore = mvStore.getClass().getMethod("getFileStore").invoke(mvStore);
      Method wait = fileStore.getClass().getMethod("executeFileStoreOperation", Runnable.class);
      Runnable nothing = () -> {};
      return () -> {
        try {
          wait.invoke(fileStore, nothing);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("H2's writer threads cannot be waited for", e);
        }
      };
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new SQLException(
          "Durable commits on H2 need the embedded database of H2 2.x: its writer threads cannot"
              + " be reached",
          e);
    }
  }

  /** Writes what is left and stops the writer's thread. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      committing.signal();
    } finally {
      lock.unlock();
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      written.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("The group commit's connection did not close cleanly", e);
      }
      connection = null;
    }
  }
}
