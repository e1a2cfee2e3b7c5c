package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import org.junit.jupiter.api.Test;

class PostgresReportTest extends ReportContract {

  @Override
  HikariDataSource open() throws SQLException {
    return Databases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Test
  void withTheSchemaOwnedByAnotherRoleThePlatformsUserCanOnlyAppendCriticalMoments()
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
      var trajectory = StoreContract.trajectory(family.id(), Phase.SUPPORT);
      var member = StoreContract.member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
      var draft =
          new nl.steunpunt.api.report.SecurityReport(
              UUID.randomUUID(),
              trajectory.id(),
              member.id(),
              ReportReason.DEPARTED,
              ReportState.DRAFT,
              AT,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              1);
      CriticalMoment moment =
          separated.write(
              s -> {
                s.families().insert(family);
                s.trajectories().insert(trajectory);
                s.members().insert(member);
                s.reports().insert(draft);
                Event event =
                    s.events()
                        .append(
                            new Event(
                                0,
                                trajectory.id(),
                                Optional.of(member.id()),
                                AT,
                                NOW,
                                "fatima",
                                OptionalLong.empty(),
                                new EventDetail.DeathAbroad()));
                CriticalMoment m =
                    new CriticalMoment(trajectory.id(), event.sequence(), member.id(), AT);
                s.criticalMoments().insert(m);
                return m;
              });
      // Reports are records like any other: the platform's user may change them.
      assertThat(
              separated.<Boolean>write(
                  s ->
                      s.reports()
                          .update(
                              ReportContract.with(
                                  draft,
                                  ReportState.WITHDRAWN,
                                  Optional.empty(),
                                  Optional.empty(),
                                  Optional.empty(),
                                  Optional.of("niet nodig")),
                              1)))
          .isTrue();

      try (Connection app =
              DriverManager.getConnection(
                  url + "?currentSchema=" + schema, "steunpunt_test_app", "steunpunt_test_app");
          Statement statement = app.createStatement()) {
        for (String sql :
            new String[] {
              "UPDATE critical_moment SET occurred_at = occurred_at", "DELETE FROM critical_moment"
            }) {
          assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
        }
      }
      assertThat(
              separated.<List<CriticalMoment>>read(
                  s -> s.criticalMoments().ofTrajectory(trajectory.id())))
          .containsExactly(moment);
    } finally {
      separated.close();
    }
  }
}
