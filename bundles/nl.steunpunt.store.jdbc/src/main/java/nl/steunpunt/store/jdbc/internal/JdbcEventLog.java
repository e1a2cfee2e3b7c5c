package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.store.EventLog;
import nl.steunpunt.store.FamilyEvent;

/** The event log in table {@code event}: insert and select only. */
final class JdbcEventLog implements EventLog {

  private static final String COLUMNS =
      "sequence, trajectory_id, member_id, type, occurred_at, recorded_at, recorded_by, corrects,"
          + " phase_from, phase_to, reason, whereabouts_from, whereabouts_to";

  private final Sql sql;

  JdbcEventLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Event append(Event event) {
    EventRows.Columns columns = EventRows.columns(event.detail());
    long sequence =
        sql.insertReturningKey(
            "INSERT INTO event (trajectory_id, member_id, type, occurred_at, recorded_at,"
                + " recorded_by, corrects, phase_from, phase_to, reason, whereabouts_from,"
                + " whereabouts_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "sequence",
            event.trajectoryId(),
            event.memberId().orElse(null),
            columns.type(),
            event.occurredAt(),
            event.recordedAt(),
            event.recordedBy(),
            event.corrects().isPresent() ? event.corrects().getAsLong() : null,
            columns.phaseFrom(),
            columns.phaseTo(),
            columns.reason(),
            columns.whereaboutsFrom(),
            columns.whereaboutsTo());
    if (columns.phaseTo() == Phase.SUPPORT) {
      // The first move to SUPPORT is when the family's guidance started (migration 13).
      sql.update(
          "UPDATE trajectory SET guidance_started_at = ? WHERE id = ?"
              + " AND (guidance_started_at IS NULL OR guidance_started_at > ?)",
          event.occurredAt(),
          event.trajectoryId(),
          event.occurredAt());
    }
    return new Event(
        sequence,
        event.trajectoryId(),
        event.memberId(),
        event.occurredAt(),
        event.recordedAt(),
        event.recordedBy(),
        event.corrects(),
        event.detail());
  }

  @Override
  public Optional<Event> find(long sequence) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM event WHERE sequence = ?", JdbcEventLog::map, sequence);
  }

  @Override
  public Page<Event> ofTrajectory(UUID trajectoryId, PageRequest page) {
    long total = sql.count("SELECT COUNT(*) FROM event WHERE trajectory_id = ?", trajectoryId);
    List<Event> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM event WHERE trajectory_id = ? ORDER BY sequence LIMIT ? OFFSET ?",
            JdbcEventLog::map,
            trajectoryId,
            page.limit(),
            page.offset());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public List<FamilyEvent> after(long sequence, int limit) {
    return sql.list(
        "SELECT e."
            + COLUMNS.replace(", ", ", e.")
            + ", t.family_id, f.municipality FROM event e"
            + " JOIN trajectory t ON t.id = e.trajectory_id JOIN family f ON f.id = t.family_id"
            + " WHERE e.sequence > ? ORDER BY e.sequence LIMIT ?",
        rs ->
            new FamilyEvent(
                map(rs),
                rs.getString("type"),
                Sql.uuid(rs, "family_id"),
                rs.getString("municipality")),
        sequence,
        limit);
  }

  @Override
  public long lastSequence() {
    return sql.count("SELECT COALESCE(MAX(sequence), 0) FROM event");
  }

  static Event map(ResultSet rs) throws SQLException {
    long corrects = rs.getLong("corrects");
    OptionalLong corrected = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(corrects);
    EventRows.Columns columns =
        new EventRows.Columns(
            rs.getString("type"),
            phase(rs.getString("phase_from")),
            phase(rs.getString("phase_to")),
            rs.getString("reason"),
            whereabouts(rs.getString("whereabouts_from")),
            whereabouts(rs.getString("whereabouts_to")));
    return new Event(
        rs.getLong("sequence"),
        Sql.uuid(rs, "trajectory_id"),
        Optional.ofNullable(Sql.uuid(rs, "member_id")),
        Sql.instant(rs, "occurred_at"),
        Sql.instant(rs, "recorded_at"),
        rs.getString("recorded_by"),
        corrected,
        EventRows.detail(columns));
  }

  private static Phase phase(String name) {
    return name == null ? null : Phase.valueOf(name);
  }

  private static Whereabouts whereabouts(String name) {
    return name == null ? null : Whereabouts.valueOf(name);
  }
}
