package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.store.CriticalMomentRecords;

/**
 * Critical moments in table {@code critical_moment}, one per event that marked it. Append-only like
 * the events: the store has no statement that changes or removes one.
 */
final class JdbcCriticalMomentRecords implements CriticalMomentRecords {

  private final Sql sql;

  JdbcCriticalMomentRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(CriticalMoment moment) {
    sql.update(
        "INSERT INTO critical_moment (trajectory_id, event_sequence, member_id, occurred_at)"
            + " VALUES (?, ?, ?, ?)",
        moment.trajectoryId(),
        moment.eventSequence(),
        moment.memberId(),
        moment.occurredAt());
    // The family's flag shows the latest moment; an earlier one recorded late does not move it
    // back.
    sql.update(
        "UPDATE family SET last_critical_moment = ? WHERE id = (SELECT t.family_id FROM trajectory t"
            + " WHERE t.id = ?) AND (last_critical_moment IS NULL OR last_critical_moment < ?)",
        moment.occurredAt(),
        moment.trajectoryId(),
        moment.occurredAt());
  }

  @Override
  public List<CriticalMoment> ofTrajectory(UUID trajectoryId) {
    return sql.list(
        "SELECT trajectory_id, event_sequence, member_id, occurred_at FROM critical_moment"
            + " WHERE trajectory_id = ? ORDER BY occurred_at, event_sequence",
        JdbcCriticalMomentRecords::map,
        trajectoryId);
  }

  static CriticalMoment map(ResultSet rs) throws SQLException {
    return new CriticalMoment(
        Sql.uuid(rs, "trajectory_id"),
        rs.getLong("event_sequence"),
        Sql.uuid(rs, "member_id"),
        Sql.instant(rs, "occurred_at"));
  }
}
