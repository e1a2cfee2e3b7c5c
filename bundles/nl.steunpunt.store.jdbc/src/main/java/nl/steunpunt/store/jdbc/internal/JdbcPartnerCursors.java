package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.store.PartnerCursor;
import nl.steunpunt.store.PartnerCursors;

/**
 * Delivery cursors in table {@code partner_cursor}. Every change a deliverer makes is one {@code
 * UPDATE} conditioned on its lease, so a node that lost the lease (paused, cut off) changes nothing
 * when it comes back.
 */
final class JdbcPartnerCursors implements PartnerCursors {

  static final int MAX_ERROR = 500;

  private static final String COLUMNS =
      "partner_id, last_sequence, failures, last_error, next_attempt, lease_owner, lease_until,"
          + " updated_at";

  private final Sql sql;

  JdbcPartnerCursors(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<PartnerCursor> find(String partnerId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM partner_cursor WHERE partner_id = ?",
        JdbcPartnerCursors::map,
        partnerId);
  }

  @Override
  public PartnerCursor findOrCreate(String partnerId, long startSequence, Instant now) {
    // Insert-if-missing in one statement: no failed insert that would abort a PostgreSQL
    // transaction when the row is already there.
    sql.update(
        "INSERT INTO partner_cursor (partner_id, last_sequence, failures, updated_at)"
            + " SELECT ?, ?, 0, ? WHERE NOT EXISTS"
            + " (SELECT 1 FROM partner_cursor WHERE partner_id = ?)",
        partnerId,
        startSequence,
        now,
        partnerId);
    return find(partnerId).orElseThrow();
  }

  @Override
  public boolean advance(
      String partnerId, String owner, long fromSequence, long toSequence, Instant now) {
    if (toSequence <= fromSequence) {
      return false;
    }
    return sql.update(
            "UPDATE partner_cursor SET last_sequence = ?, failures = 0, last_error = NULL,"
                + " next_attempt = NULL, updated_at = ? WHERE partner_id = ? AND last_sequence = ?"
                + " AND lease_owner = ?",
            toSequence,
            now,
            partnerId,
            fromSequence,
            owner)
        == 1;
  }

  @Override
  public boolean failed(
      String partnerId, String owner, String error, Instant nextAttempt, Instant now) {
    String kept = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    return sql.update(
            "UPDATE partner_cursor SET failures = failures + 1, last_error = ?, next_attempt = ?,"
                + " updated_at = ? WHERE partner_id = ? AND lease_owner = ?",
            kept,
            nextAttempt,
            now,
            partnerId,
            owner)
        == 1;
  }

  @Override
  public boolean lease(String partnerId, String owner, Instant now, Instant until) {
    return sql.update(
            "UPDATE partner_cursor SET lease_owner = ?, lease_until = ?, updated_at = ?"
                + " WHERE partner_id = ? AND (lease_owner IS NULL OR lease_until IS NULL"
                + " OR lease_until < ? OR lease_owner = ?)",
            owner,
            until,
            now,
            partnerId,
            now,
            owner)
        == 1;
  }

  @Override
  public boolean moveTo(String partnerId, long sequence, Instant now) {
    return sql.update(
            "UPDATE partner_cursor SET last_sequence = ?, failures = 0, last_error = NULL,"
                + " next_attempt = NULL, updated_at = ? WHERE partner_id = ?",
            sequence,
            now,
            partnerId)
        == 1;
  }

  @Override
  public void release(String partnerId, String owner, Instant now) {
    sql.update(
        "UPDATE partner_cursor SET lease_owner = NULL, lease_until = NULL, updated_at = ?"
            + " WHERE partner_id = ? AND lease_owner = ?",
        now,
        partnerId,
        owner);
  }

  @Override
  public List<PartnerCursor> list() {
    return sql.list(
        "SELECT " + COLUMNS + " FROM partner_cursor ORDER BY partner_id", JdbcPartnerCursors::map);
  }

  private static PartnerCursor map(ResultSet rs) throws SQLException {
    return new PartnerCursor(
        rs.getString("partner_id"),
        rs.getLong("last_sequence"),
        rs.getInt("failures"),
        Optional.ofNullable(rs.getString("last_error")),
        Optional.ofNullable(Sql.instant(rs, "next_attempt")),
        Optional.ofNullable(rs.getString("lease_owner")),
        Optional.ofNullable(Sql.instant(rs, "lease_until")),
        Sql.instant(rs, "updated_at"));
  }
}
