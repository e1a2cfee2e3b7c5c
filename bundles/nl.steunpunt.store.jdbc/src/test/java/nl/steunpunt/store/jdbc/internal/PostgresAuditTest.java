package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresAuditTest extends AuditContract {

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
    // Only the table's owner can: by switching off the trigger that guards the log first.
    execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
    execute(sql);
    execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
  }

  @Test
  void auditEntriesCannotBeChangedOrDeletedEvenWithSql() {
    append(entry("fatima"), entry("jan"));

    for (String sql :
        new String[] {
          "UPDATE audit_entry SET user_name = 'x' WHERE sequence = 1",
          "DELETE FROM audit_entry WHERE sequence = 2",
          "TRUNCATE audit_entry"
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
  void withTheSchemaOwnedByAnotherRoleThePlatformsUserAppendsAuditEntriesButCannotChangeThem()
      throws Exception {
    String url =
        System.getenv()
            .getOrDefault(
                "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
    String schema = "owned_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection owner = DriverManager.getConnection(url, "steunpunt_test", "steunpunt_test");
        Statement statement = owner.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    JdbcStore separated =
        new JdbcStore(
            new org.postgresql.osgi.PGDataSourceFactory(),
            url + "?currentSchema=" + schema,
            "steunpunt_test_app",
            "steunpunt_test_app",
            2,
            "steunpunt_test",
            "steunpunt_test");
    try {
      separated.write(
          s -> {
            s.audit().append(entry("fatima"));
            s.audit().append(entry("jan"));
            return null;
          });

      try (Connection app =
              DriverManager.getConnection(
                  url + "?currentSchema=" + schema, "steunpunt_test_app", "steunpunt_test_app");
          Statement statement = app.createStatement()) {
        for (String sql :
            new String[] {
              "UPDATE audit_entry SET user_name = 'x' WHERE sequence = 1",
              "DELETE FROM audit_entry",
              "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
              "DELETE FROM audit_head",
              "INSERT INTO audit_head (id, last_sequence, last_hash) VALUES (2, 0, 'x')"
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
