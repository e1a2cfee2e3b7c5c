package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.store.BreakGlassRecords;

/**
 * Uses of break-glass in table {@code break_glass}, with the privacy officer's review in the same
 * row: reviewed once, by an update that only applies while {@code reviewed_by} is still null.
 */
final class JdbcBreakGlassRecords implements BreakGlassRecords {

  private static final String COLUMNS =
      "id, family_id, user_name, organisation, reason, opened_at, expires_at, reviewed_justified,"
          + " review_remark, reviewed_by, reviewed_at";

  private final Sql sql;

  JdbcBreakGlassRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(BreakGlass use) {
    BreakGlass.Review review = use.review().orElse(null);
    sql.update(
        "INSERT INTO break_glass (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        use.id(),
        use.familyId(),
        use.user(),
        use.organisation(),
        use.reason(),
        use.openedAt(),
        use.expiresAt(),
        review == null ? null : review.justified(),
        review == null ? null : review.remark(),
        review == null ? null : review.reviewedBy(),
        review == null ? null : review.reviewedAt());
  }

  @Override
  public Optional<BreakGlass> find(UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM break_glass WHERE id = ?", JdbcBreakGlassRecords::map, id);
  }

  @Override
  public Optional<BreakGlass> openFor(String user, UUID familyId, Instant now) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM break_glass WHERE user_name = ? AND family_id = ? AND expires_at > ?"
            + " ORDER BY opened_at DESC, id LIMIT 1",
        JdbcBreakGlassRecords::map,
        user,
        familyId,
        now);
  }

  @Override
  public Page<BreakGlass> list(boolean unreviewedOnly, PageRequest page) {
    String where = unreviewedOnly ? " WHERE reviewed_by IS NULL" : "";
    long total = sql.count("SELECT COUNT(*) FROM break_glass" + where);
    List<BreakGlass> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM break_glass"
                + where
                + " ORDER BY opened_at DESC, id LIMIT ? OFFSET ?",
            JdbcBreakGlassRecords::map,
            page.limit(),
            page.offset());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public boolean review(UUID id, BreakGlass.Review review) {
    return sql.update(
            "UPDATE break_glass SET reviewed_justified = ?, review_remark = ?, reviewed_by = ?,"
                + " reviewed_at = ? WHERE id = ? AND reviewed_by IS NULL",
            review.justified(),
            review.remark(),
            review.reviewedBy(),
            review.reviewedAt(),
            id)
        == 1;
  }

  static BreakGlass map(ResultSet rs) throws SQLException {
    String reviewedBy = rs.getString("reviewed_by");
    Optional<BreakGlass.Review> review =
        reviewedBy == null
            ? Optional.empty()
            : Optional.of(
                new BreakGlass.Review(
                    rs.getBoolean("reviewed_justified"),
                    rs.getString("review_remark"),
                    reviewedBy,
                    Sql.instant(rs, "reviewed_at")));
    return new BreakGlass(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "family_id"),
        rs.getString("user_name"),
        rs.getString("organisation"),
        rs.getString("reason"),
        Sql.instant(rs, "opened_at"),
        Sql.instant(rs, "expires_at"),
        review);
  }
}
