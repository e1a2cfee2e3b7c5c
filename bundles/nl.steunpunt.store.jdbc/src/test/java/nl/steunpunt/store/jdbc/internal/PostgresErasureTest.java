package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import org.junit.jupiter.api.Test;

class PostgresErasureTest extends ErasureContract {

  @Override
  HikariDataSource open() throws SQLException {
    return Databases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  private void refused(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      assertThatThrownBy(() -> statement.execute(sql))
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void theEventLogAllowsErasingAReasonAndNoOtherChangeAndTheAuditLogNoChangeAtAll()
      throws SQLException {
    store.write(
        s -> {
          s.audit().append(AuditContract.entry("priya"));
          return null;
        });
    for (String sql :
        new String[] {
          "UPDATE event SET reason = 'changed' WHERE reason IS NOT NULL",
          "UPDATE event SET reason = NULL, recorded_by = 'someone' WHERE reason IS NOT NULL",
          "UPDATE event SET reason = NULL, occurred_at = occurred_at + INTERVAL '1 day'",
          "UPDATE event SET recorded_by = 'someone'",
          "DELETE FROM event WHERE reason IS NULL",
          "TRUNCATE event CASCADE",
          "UPDATE audit_entry SET detail = NULL",
          "DELETE FROM audit_entry"
        }) {
      refused(sql);
    }

    execute("UPDATE event SET reason = NULL WHERE reason IS NOT NULL");

    assertThat(whereFound(PERSONAL.get(4))).isEmpty();
  }

  @Test
  void withTheSchemaOwnedByAnotherRoleThePlatformsUserCanEraseAFamilyButChangeNothingElseOfAnEvent()
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
      var family = StoreContract.family("F-2026-0001", "0363", NOW);
      var trajectory = StoreContract.trajectory(family.id(), Phase.CONTACT);
      Event event =
          separated.write(
              s -> {
                s.families().insert(family);
                s.trajectories().insert(trajectory);
                return s.events()
                    .append(
                        new Event(
                            0,
                            trajectory.id(),
                            Optional.empty(),
                            NOW,
                            NOW,
                            "fatima",
                            OptionalLong.empty(),
                            new EventDetail.PhaseChange(
                                Phase.CONTACT, Phase.CLOSED, Optional.of("Abdelkader moved"))));
              });

      separated.write(
          s -> {
            s.erasures().eraseFamily(family.id());
            return null;
          });

      try (Connection app =
              DriverManager.getConnection(
                  url + "?currentSchema=" + schema, "steunpunt_test_app", "steunpunt_test_app");
          Statement statement = app.createStatement()) {
        for (String sql :
            new String[] {
              "UPDATE event SET recorded_by = 'someone'",
              "UPDATE event SET reason = 'Abdelkader'",
              "DELETE FROM event",
              "ALTER TABLE event DISABLE TRIGGER event_append_only",
              "CREATE OR REPLACE FUNCTION steunpunt_event_is_append_only() RETURNS trigger"
                  + " AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql"
            }) {
          assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
        }
      }
      assertThat(separated.<Optional<Event>>read(s -> s.events().find(event.sequence())))
          .hasValueSatisfying(
              e ->
                  assertThat(e.detail())
                      .isEqualTo(
                          new EventDetail.PhaseChange(
                              Phase.CONTACT, Phase.CLOSED, Optional.empty())));
    } finally {
      separated.close();
    }
  }
}
