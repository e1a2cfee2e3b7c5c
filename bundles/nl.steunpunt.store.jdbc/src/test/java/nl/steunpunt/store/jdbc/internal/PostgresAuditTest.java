package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;

class PostgresAuditTest extends AuditContract {

  private static final String URL =
      System.getenv()
          .getOrDefault("STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
  private static final String USER =
      System.getenv().getOrDefault("STEUNPUNT_TEST_PG_USER", "steunpunt_test");
  private static final String PASSWORD =
      System.getenv().getOrDefault("STEUNPUNT_TEST_PG_PASSWORD", "steunpunt_test");

  @Override
  HikariDataSource open() throws SQLException {
    return Databases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  void tamper(String sql) throws Exception {
    // Only the tables' owner can: by switching off the triggers that guard the log first.
    execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
    execute("ALTER TABLE audit_seal DISABLE TRIGGER USER");
    execute(sql);
    execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
    execute("ALTER TABLE audit_seal ENABLE TRIGGER USER");
  }

  @Override
  JdbcStore openStore(long auditSealMillis) throws Exception {
    String schema;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
      rs.next();
      schema = rs.getString(1);
    }
    return new JdbcStore(
        new PGDataSourceFactory(),
        URL + "?currentSchema=" + schema,
        USER,
        PASSWORD,
        2,
        "",
        "",
        auditSealMillis);
  }

  @Test
  void auditEntriesAndTheirSealsCannotBeChangedOrDeletedEvenWithSql() throws Exception {
    append(entry("fatima"), entry("jan"));
    seal();

    for (String sql :
        new String[] {
          "UPDATE audit_entry SET user_name = 'x' WHERE sequence = 1",
          "DELETE FROM audit_entry WHERE sequence = 2",
          "TRUNCATE audit_entry",
          "UPDATE audit_seal SET hash = prev_hash WHERE position = 1",
          "DELETE FROM audit_seal WHERE position = 2",
          "TRUNCATE audit_seal"
        }) {
      assertThatThrownBy(() -> execute(sql))
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(log()).extracting(e -> e.user()).containsExactly("fatima", "jan");
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void withTheSchemaOwnedByAnotherRoleThePlatformsUserAppendsAndSealsButCannotChangeTheLog()
      throws Exception {
    String schema = "owned_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection owner = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = owner.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    JdbcStore separated =
        new JdbcStore(
            new PGDataSourceFactory(),
            URL + "?currentSchema=" + schema,
            "steunpunt_test_app",
            "steunpunt_test_app",
            2,
            USER,
            PASSWORD);
    try {
      separated.write(
          s -> {
            s.audit().append(entry("fatima"));
            s.audit().append(entry("jan"));
            return null;
          });
      // Sealed by the platform's user: verification seals first.
      assertThat(separated.read(s -> s.audit().verify()).checked()).isEqualTo(2);

      try (Connection app =
              DriverManager.getConnection(
                  URL + "?currentSchema=" + schema, "steunpunt_test_app", "steunpunt_test_app");
          Statement statement = app.createStatement()) {
        for (String sql :
            new String[] {
              "UPDATE audit_entry SET user_name = 'x' WHERE sequence = 1",
              "DELETE FROM audit_entry",
              "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
              "UPDATE audit_seal SET hash = prev_hash",
              "DELETE FROM audit_seal",
              "ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_append_only",
              "UPDATE audit_unsealed SET sequence = 0",
              "TRUNCATE audit_unsealed",
              "DELETE FROM audit_head",
              "INSERT INTO audit_head (id, last_position, last_hash) VALUES (2, 0, 'x')"
            }) {
          assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
        }
      }
      assertThat(separated.read(s -> s.audit().verify()).checked()).isEqualTo(2);
      assertThat(separated.read(s -> s.audit().verify()).intact()).isTrue();
    } finally {
      separated.close();
    }
  }
}
