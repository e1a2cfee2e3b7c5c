package nl.steunpunt.distribution;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.AssumptionViolatedException;

/**
 * The database a {@link KarafProcess} runs on: the embedded H2 default, or a fresh schema of its
 * own on the local PostgreSQL server that {@code .ci/postgres-setup} prepares ({@code
 * STEUNPUNT_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD} point elsewhere, as for the store
 * tests). Without a server the test is skipped, except in CI ({@code CI=true}), where it fails.
 */
final class TestDatabase implements AutoCloseable {

  private static final String PG_URL =
      System.getenv()
          .getOrDefault("STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
  private static final String PG_USER =
      System.getenv().getOrDefault("STEUNPUNT_TEST_PG_USER", "steunpunt_test");
  private static final String PG_PASSWORD =
      System.getenv().getOrDefault("STEUNPUNT_TEST_PG_PASSWORD", "steunpunt_test");

  private final String name;
  private final String schema;

  private TestDatabase(String name, String schema) {
    this.name = name;
    this.schema = schema;
  }

  static TestDatabase h2() {
    return new TestDatabase("H2", null);
  }

  /** A new, empty schema on the local PostgreSQL server; dropped again by {@link #close()}. */
  static TestDatabase postgres(String prefix) {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException unreachable) {
      String message = "no PostgreSQL server at " + PG_URL + "; run .ci/postgres-setup";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI must test on PostgreSQL, but " + message, unreachable);
      }
      throw new AssumptionViolatedException(message);
    }
    return new TestDatabase("PostgreSQL", schema);
  }

  String name() {
    return name;
  }

  /** Points the platform's store at this database. */
  void configure(KarafProcess karaf) throws IOException {
    if (schema != null) {
      String separator = PG_URL.contains("?") ? "&" : "?";
      karaf.set("nl.steunpunt.store.cfg", "url", PG_URL + separator + "currentSchema=" + schema);
      karaf.set("nl.steunpunt.store.cfg", "user", PG_USER);
      karaf.set("nl.steunpunt.store.cfg", "password", PG_PASSWORD);
    }
  }

  /**
   * Renames the schema out of the way, so that a restore makes it again as the backup has it (a
   * fresh database, as far as the platform can tell); no-op on H2, where each distribution has its
   * own.
   */
  void moveAside() throws SQLException {
    if (schema != null) {
      try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
          Statement statement = connection.createStatement()) {
        statement.execute("ALTER SCHEMA " + schema + " RENAME TO " + schema + "_aside");
      }
    }
  }

  /** A connection to this PostgreSQL schema, for a test's own checks of what the nodes wrote. */
  Connection connect() throws SQLException {
    if (schema == null) {
      throw new IllegalStateException("only for PostgreSQL");
    }
    Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema);
    }
    return connection;
  }

  /** The environment {@code psql} and {@code pg_restore} need to act as the schema's owner. */
  Map<String, String> clientEnvironment() {
    return Map.of("PGUSER", PG_USER, "PGPASSWORD", PG_PASSWORD);
  }

  @Override
  public void close() {
    if (schema == null) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("DROP SCHEMA IF EXISTS " + schema + "_aside CASCADE");
    } catch (SQLException e) {
      System.err.println("could not drop schema " + schema + ": " + e.getMessage());
    }
  }
}
