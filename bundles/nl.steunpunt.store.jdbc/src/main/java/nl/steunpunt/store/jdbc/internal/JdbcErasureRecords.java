package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.store.ErasureRecords;

/**
 * Erasure in place, in the caller's transaction, and its records in table {@code erasure}
 * (migration 14). What is kept is what the evaluation's queries read ({@link
 * JdbcEvaluationQueries}): the family's background, phase, member count and dates; the members'
 * roles; the trajectory's dates; every event row with its type, times and codes; the reports'
 * reason, recipient and dates; the tasks' follow-up facts, due and done days. Every text column
 * that can hold what someone wrote or a name is deleted or blanked here; the store test scans every
 * text column of every table to prove it.
 */
final class JdbcErasureRecords implements ErasureRecords {

  private static final String COLUMNS =
      "id, family_id, family_reference, ground, reason, erased_at, erased_by";

  private final Sql sql;

  JdbcErasureRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void eraseFamily(UUID familyId) {
    UUID trajectory =
        sql.one("SELECT id FROM trajectory WHERE family_id = ?", rs -> Sql.uuid(rs, "id"), familyId)
            .orElseThrow(() -> new IllegalStateException("a family without a trajectory"));
    sql.update(
        "UPDATE family SET languages = '', status = 'ERASED', version = version + 1 WHERE id = ?",
        familyId);
    // The role stays: departures are counted for siblings and children abroad only.
    sql.update(
        "UPDATE member SET given_name = '', birth_year = 0, languages = '',"
            + " whereabouts = 'UNKNOWN', version = version + 1 WHERE family_id = ?",
        familyId);
    sql.update("DELETE FROM note WHERE trajectory_id = ?", trajectory);
    sql.update("DELETE FROM referral WHERE trajectory_id = ?", trajectory);
    sql.update("DELETE FROM partner_record WHERE family_id = ?", familyId);
    // Open tasks are cancelled, not done: neither counts as followed up, so no indicator moves.
    sql.update(
        "UPDATE task SET title = '', state = CASE WHEN state = 'OPEN' THEN 'CANCELLED' ELSE state"
            + " END, version = version + 1 WHERE trajectory_id = ?",
        trajectory);
    // The one change the append-only event log allows (migration 14 on PostgreSQL).
    sql.update(
        "UPDATE event SET reason = NULL WHERE trajectory_id = ? AND reason IS NOT NULL",
        trajectory);
    sql.update(
        "UPDATE break_glass SET reason = '', review_remark = CASE WHEN review_remark IS NULL"
            + " THEN NULL ELSE '' END WHERE family_id = ?",
        familyId);
    // Blank, not null, where null means something else: no override, not withdrawn, no data set.
    sql.update(
        "UPDATE security_report SET"
            + " override_reason = CASE WHEN override_reason IS NULL THEN NULL ELSE '' END,"
            + " withdrawal = CASE WHEN withdrawal IS NULL THEN NULL ELSE '' END,"
            + " ds_given_name = CASE WHEN ds_given_name IS NULL THEN NULL ELSE '' END,"
            + " ds_birth_year = CASE WHEN ds_birth_year IS NULL THEN NULL ELSE 0 END,"
            + " version = version + 1 WHERE trajectory_id = ?",
        trajectory);
  }

  @Override
  public void insert(Erasure erasure, UUID trajectoryId) {
    sql.update(
        "INSERT INTO erasure (id, family_id, trajectory_id, family_reference, ground, reason,"
            + " erased_at, erased_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        erasure.id(),
        erasure.familyId(),
        trajectoryId,
        erasure.familyReference(),
        erasure.ground(),
        erasure.reason(),
        erasure.erasedAt(),
        erasure.erasedBy());
  }

  @Override
  public Optional<Erasure> ofFamily(UUID familyId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM erasure WHERE family_id = ?",
        JdbcErasureRecords::map,
        familyId);
  }

  @Override
  public Page<Erasure> list(PageRequest page) {
    long total = sql.count("SELECT COUNT(*) FROM erasure");
    List<Erasure> items =
        sql.list(
            "SELECT " + COLUMNS + " FROM erasure ORDER BY erased_at DESC, id LIMIT ? OFFSET ?",
            JdbcErasureRecords::map,
            page.limit(),
            page.offset());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  // The last phase change of a closed trajectory is the one that closed it.
  private static final String CLOSED_AT =
      "(SELECT MAX(e.occurred_at) FROM event e WHERE e.trajectory_id = t.id"
          + " AND e.type = 'PHASE_CHANGE')";

  @Override
  public List<UUID> closedBefore(Instant moment, int limit) {
    return sql.list(
        "SELECT f.id FROM family f JOIN trajectory t ON t.family_id = f.id"
            + " WHERE f.phase = 'CLOSED' AND t.phase = 'CLOSED' AND f.status <> 'ERASED' AND "
            + CLOSED_AT
            + " < ? ORDER BY "
            + CLOSED_AT
            + ", f.id LIMIT ?",
        rs -> Sql.uuid(rs, "id"),
        moment,
        limit);
  }

  @Override
  public Optional<Instant> closedSince(UUID familyId) {
    return sql.one(
            "SELECT "
                + CLOSED_AT
                + " AS closed_at FROM trajectory t"
                + " WHERE t.family_id = ? AND t.phase = 'CLOSED'",
            rs -> Optional.ofNullable(Sql.instant(rs, "closed_at")),
            familyId)
        .flatMap(closed -> closed);
  }

  private static Erasure map(ResultSet rs) throws SQLException {
    return new Erasure(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "family_id"),
        rs.getString("family_reference"),
        ErasureGround.valueOf(rs.getString("ground")),
        Sql.instant(rs, "erased_at"),
        rs.getString("erased_by"),
        rs.getString("reason"));
  }
}
