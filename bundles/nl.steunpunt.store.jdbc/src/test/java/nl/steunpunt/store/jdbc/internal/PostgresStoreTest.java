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
          "TRUNCATE event"
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
}
