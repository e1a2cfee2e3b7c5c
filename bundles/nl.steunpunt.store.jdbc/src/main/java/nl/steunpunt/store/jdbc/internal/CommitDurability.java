package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the store makes an acknowledged commit durable on its database, decided when it opens.
 *
 * <ul>
 *   <li>PostgreSQL: the commit is durable when it returns, if the server flushes its log ({@code
 *       fsync}) and writes whole pages after a checkpoint ({@code full_page_writes}); the store
 *       refuses to open without them. {@code synchronous_commit} is the session's own: when the
 *       server's default is {@code off}, the platform's connections set it {@code on}.
 *   <li>H2 in a file: {@code WRITE_DELAY 0}, so that H2 writes each commit to its file in the
 *       committing thread before {@code commit} returns, one commit at a time ({@link Commits}),
 *       and a file a killed process left is scanned for its last commit before it opens ({@link
 *       H2Recovery}). That survives a killed process, not a power loss: outside demo mode a warning
 *       says so.
 *   <li>H2 in memory: nothing survives anyway.
 * </ul>
 *
 * With {@code durableCommit=false} (benchmarks only) the old settings return: H2 writes in the
 * background every half second ({@code WRITE_DELAY 500}, its default), PostgreSQL commits with
 * {@code synchronous_commit=off}; a warning says that acknowledged writes can be lost.
 */
record CommitDurability(Optional<String> connectionInitSql, Optional<Integer> h2WriteDelay) {

  private static final Logger LOG = LoggerFactory.getLogger(CommitDurability.class);

  /** The PostgreSQL settings a durable commit relies on, and the value each needs. */
  static final Map<String, String> POSTGRESQL_NEEDS =
      Map.of("fsync", "on", "full_page_writes", "on");

  /**
   * Decides, and checks the server's settings.
   *
   * @throws IllegalStateException when PostgreSQL is set up so that no commit is durable
   */
  static CommitDurability of(
      Dialect dialect, String url, DataSource database, boolean durable, boolean demo)
      throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      return postgresql(settings(database), durable);
    }
    if (!durable) {
      LOG.warn(
          "durableCommit=false: H2 writes commits to its file only every half second; acknowledged"
              + " writes and their audit entries are lost if the process is killed. Never use this"
              + " for real cases.");
      return new CommitDurability(Optional.empty(), Optional.of(500));
    }
    if (url.startsWith("jdbc:h2:mem:")) {
      return new CommitDurability(Optional.empty(), Optional.empty());
    }
    if (!demo) {
      LOG.warn(
          "The store is the embedded H2 database: an acknowledged write survives a killed process,"
              + " but not a power loss or a crash of the operating system (H2 does not flush the"
              + " file to the disk). Use PostgreSQL for real cases (README, Production).");
    }
    return new CommitDurability(Optional.empty(), Optional.of(0));
  }

  static CommitDurability postgresql(Map<String, String> settings, boolean durable) {
    if (!durable) {
      LOG.warn(
          "durableCommit=false: the platform commits with synchronous_commit=off; acknowledged"
              + " writes and their audit entries can be lost in a crash. Never use this for real"
              + " cases.");
      return new CommitDurability(Optional.of("SET synchronous_commit = off"), Optional.empty());
    }
    POSTGRESQL_NEEDS.forEach(
        (name, needed) -> {
          String actual = settings.getOrDefault(name, "unknown");
          if (!needed.equals(actual)) {
            throw new IllegalStateException(
                "PostgreSQL runs with "
                    + name
                    + " = "
                    + actual
                    + ": an acknowledged write would not survive a crash of the server. Set "
                    + name
                    + " = "
                    + needed
                    + " in postgresql.conf (README, Production).");
          }
        });
    if ("off".equals(settings.get("synchronous_commit"))) {
      LOG.info(
          "PostgreSQL's default is synchronous_commit = off: the platform's connections set it on");
      return new CommitDurability(Optional.of("SET synchronous_commit = on"), Optional.empty());
    }
    return new CommitDurability(Optional.empty(), Optional.empty());
  }

  /**
   * Sets what the database itself needs: H2's {@code WRITE_DELAY}, which the database keeps (so it
   * is set at every open, either way).
   */
  void apply(DataSource database) throws SQLException {
    if (h2WriteDelay.isPresent()) {
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SET WRITE_DELAY " + h2WriteDelay.get());
        connection.commit();
      }
    }
  }

  private static Map<String, String> settings(DataSource database) throws SQLException {
    Map<String, String> settings = new HashMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT name, setting FROM pg_settings WHERE name IN"
                    + " ('fsync', 'full_page_writes', 'synchronous_commit')")) {
      while (rs.next()) {
        settings.put(rs.getString(1), rs.getString(2));
      }
    }
    return settings;
  }
}
