package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import org.junit.jupiter.api.Test;

class PostgresStoreTest extends StoreContract {

  @Override
  HikariDataSource open() throws SQLException {
    return Databases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Test
  void eventsCannotBeChangedOrDeletedEvenWithSql() throws SQLException {
    UUID trajectory =
        store
            .read(s -> s.trajectories().ofFamily(stored("F-2026-0001", "0363", Phase.CONTACT).id()))
            .orElseThrow()
            .id();
    Event event =
        store.write(
            s ->
                s.events()
                    .append(
                        new Event(
                            0,
                            trajectory,
                            Optional.empty(),
                            NOW,
                            NOW,
                            "fatima",
                            OptionalLong.empty(),
                            new EventDetail.Departure())));

    for (String sql :
        new String[] {
          "UPDATE event SET type = 'RETURN' WHERE sequence = " + event.sequence(),
          "DELETE FROM event WHERE sequence = " + event.sequence(),
          // CASCADE: a plain TRUNCATE is already refused for critical_moment's foreign key.
          "TRUNCATE event CASCADE"
        }) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        assertThatThrownBy(() -> statement.execute(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
    }
    assertThat(store.<Optional<Event>>read(s -> s.events().find(event.sequence()))).contains(event);
  }

  @Test
  void withTheSchemaOwnedByAnotherRoleThePlatformsUserCanOnlyAppendEvents() throws Exception {
    String url =
        System.getenv()
            .getOrDefault(
                "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
    String schema = "owned_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection owner =
            java.sql.DriverManager.getConnection(url, "steunpunt_test", "steunpunt_test");
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
      var family = family("F-2026-0001", "0363", NOW);
      var trajectory = trajectory(family.id(), Phase.CONTACT);
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
                            new EventDetail.Departure()));
              });

      try (Connection app =
              java.sql.DriverManager.getConnection(
                  url + "?currentSchema=" + schema, "steunpunt_test_app", "steunpunt_test_app");
          Statement statement = app.createStatement()) {
        for (String sql :
            new String[] {
              "UPDATE event SET type = 'RETURN' WHERE sequence = " + event.sequence(),
              "DELETE FROM event",
              "ALTER TABLE event DISABLE TRIGGER event_append_only"
            }) {
          assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
        }
      }
      assertThat(separated.<Optional<Event>>read(s -> s.events().find(event.sequence())))
          .contains(event);
    } finally {
      separated.close();
    }
  }
}
