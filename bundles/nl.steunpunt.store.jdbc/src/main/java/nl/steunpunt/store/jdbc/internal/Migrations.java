package nl.steunpunt.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema to the current version at start: numbered SQL scripts, each applied once and
 * recorded in {@code schema_version} with its SHA-256. A script that changed after it was applied
 * stops the start (the schema would no longer be what the code expects). On PostgreSQL a table lock
 * makes concurrent nodes migrate one after the other, in one transaction (DDL is transactional
 * there, so a failed script leaves nothing behind).
 *
 * <p>Why not Liquibase: a spike ran Liquibase 4.33 under SPI Fly in Karaf 4.4.10 and it worked, but
 * cost about 1.5 s on every start with nothing to do, plus SPI Fly's registration of ~430 provider
 * services, ten more bundles, and a class-loader race that broke it for good after a bundle
 * refresh. That is most of the platform's boot-time budget for a few SQL files. See
 * docs/architecture.md.
 */
final class Migrations {

  /**
   * A script, the databases it is for, and its version. A version has one script per database: two
   * scripts of one version are for different databases.
   */
  record Script(int version, String file, Set<Dialect> dialects) {}

  static final List<Script> SCRIPTS =
      List.of(
          new Script(1, "001-initial-schema.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(2, "002-postgresql-append-only-events.sql", Set.of(Dialect.POSTGRESQL)),
          new Script(3, "003-municipality-as-varchar.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(4, "004-family-phase-for-search.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(5, "005-reference-counter-years.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(6, "006-access-and-audit.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(7, "007-postgresql-append-only-audit.sql", Set.of(Dialect.POSTGRESQL)),
          new Script(8, "008-security-reports.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(9, "009-family-critical-moment.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(10, "010-partners.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(11, "011-referral-consent.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(12, "012-evaluation.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(13, "013-evaluation-facts.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          // One version in two files: PostgreSQL also changes the event log's guard.
          new Script(14, "014-erasure.sql", Set.of(Dialect.H2)),
          new Script(14, "014-postgresql-erasure.sql", Set.of(Dialect.POSTGRESQL)),
          new Script(15, "015-web-sessions.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(16, "016-login-throttle.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)),
          new Script(17, "017-partner-settings.sql", Set.of(Dialect.H2, Dialect.POSTGRESQL)));

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** The newest schema version this release knows. */
  static int latest() {
    return SCRIPTS.stream().mapToInt(Script::version).max().orElseThrow();
  }

  /** Applies every script not applied yet. */
  static void migrate(DataSource dataSource, Dialect dialect) throws SQLException {
    migrate(dataSource, dialect, Integer.MAX_VALUE);
  }

  /** Applies the scripts up to a version; for upgrade tests. */
  static void migrate(DataSource dataSource, Dialect dialect, int upTo) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                + " script VARCHAR(200) NOT NULL, sha256 CHAR(64) NOT NULL,"
                + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        connection.commit();
        if (dialect == Dialect.POSTGRESQL) {
          statement.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
        }
        Map<Integer, String> applied = applied(statement);
        for (Script script : SCRIPTS) {
          if (!script.dialects().contains(dialect) || script.version() > upTo) {
            continue;
          }
          String sql = read(script.file());
          String sha256 = sha256(sql);
          String known = applied.get(script.version());
          if (known == null) {
            for (String single : statements(sql)) {
              statement.execute(single);
            }
            record(connection, script, sha256);
            LOG.info("Schema migrated to version {} ({})", script.version(), script.file());
          } else if (!known.equals(sha256)) {
            throw new SQLException(
                "Schema script " + script.file() + " changed after it was applied; restore it");
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static Map<Integer, String> applied(Statement statement) throws SQLException {
    Map<Integer, String> applied = new HashMap<>();
    try (ResultSet rs = statement.executeQuery("SELECT version, sha256 FROM schema_version")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2));
      }
    }
    return applied;
  }

  private static void record(Connection connection, Script script, String sha256)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, script, sha256, applied_at) VALUES (?, ?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.file());
      insert.setString(3, sha256);
      insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  /**
   * Splits a script into statements at semicolons that end a line, except inside a {@code $$}
   * quoted body (PostgreSQL functions). Lines starting with {@code --} are comments.
   */
  static List<String> statements(String script) {
    List<String> statements = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBody = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!inBody && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
        continue;
      }
      current.append(line).append('\n');
      if (count(line, "$$") % 2 == 1) {
        inBody = !inBody;
      }
      if (!inBody && trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalArgumentException("script ends without ';'");
    }
    return statements;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  private static String read(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream("migration/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing schema script " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema script " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
