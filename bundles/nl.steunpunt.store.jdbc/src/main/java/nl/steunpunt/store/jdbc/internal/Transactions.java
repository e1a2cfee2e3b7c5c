package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.Work;

/**
 * One transaction per unit of work, on a pooled connection: committed when the work returns, rolled
 * back when it throws. Serializable is not needed: writes that must not interleave (the reference
 * counter, versioned updates) lock their rows. The audit entries the work appended are written just
 * before the commit, without a lock: the sealer chains them later, in transactions of its own.
 * Read-only work may not append any.
 *
 * <p>The commit is durable when it returns ({@link CommitDurability}): the result is handed back
 * only then.
 */
final class Transactions implements Store {

  private final DataSource dataSource;
  private final String description;
  private final AuditSealer sealer;
  private final Commits commits;

  /** Transactions with a sealer of their own, on the same data source. */
  Transactions(DataSource dataSource, String description) {
    this(dataSource, description, new AuditSealer(dataSource), Commits.CONCURRENT);
  }

  Transactions(DataSource dataSource, String description, AuditSealer sealer, Commits commits) {
    this.dataSource = dataSource;
    this.description = description;
    this.sealer = sealer;
    this.commits = commits;
  }

  @Override
  public <T> T write(Work<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T read(Work<T> work) {
    return run(work, true);
  }

  @Override
  public String describe() {
    return description;
  }

  private <T> T run(Work<T> work, boolean readOnly) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(readOnly);
      try {
        JdbcSession session = new JdbcSession(connection, readOnly, sealer);
        T result = work.run(session);
        // In the same transaction: the work and its audit entries are committed together or not
        // at all (AuditWriteFailed rolls the work back).
        session.writeAudit();
        if (readOnly) {
          connection.commit();
        } else {
          commits.commit(connection);
        }
        return result;
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setReadOnly(false);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction", e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
