package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.store.ReferralRecords;

/**
 * Referrals in table {@code referral}. Open while {@code closed_at} is null: that is what lets a
 * therapy provider see the member (see {@link ScopeCondition}). The consent columns are null on
 * referrals made before consent was recorded (migration 11).
 */
final class JdbcReferralRecords implements ReferralRecords {

  private static final String COLUMNS =
      "r.id, r.trajectory_id, r.member_id, r.organisation, r.consent_by, r.consent_parents,"
          + " r.consent_given_on, r.consent_form, r.opened_at, r.closed_at";

  private final Sql sql;

  JdbcReferralRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Referral referral) {
    Consent consent = referral.consent().orElse(null);
    sql.update(
        "INSERT INTO referral (id, trajectory_id, member_id, organisation, consent_by,"
            + " consent_parents, consent_given_on, consent_form, opened_at, closed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        referral.id(),
        referral.trajectoryId(),
        referral.memberId(),
        referral.organisation(),
        consent == null ? null : consent.by(),
        consent == null || consent.parentIds().isEmpty() ? null : members(consent.parentIds()),
        consent == null ? null : consent.givenOn(),
        consent == null ? null : consent.form(),
        referral.openedAt(),
        referral.closedAt().orElse(null));
  }

  @Override
  public Optional<Referral> find(UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM referral r WHERE r.id = ?", JdbcReferralRecords::map, id);
  }

  @Override
  public List<Referral> ofTrajectory(UUID trajectoryId) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM referral r WHERE r.trajectory_id = ? ORDER BY r.opened_at, r.id",
        JdbcReferralRecords::map,
        trajectoryId);
  }

  @Override
  public boolean close(UUID id, Instant at) {
    return sql.update(
            "UPDATE referral SET closed_at = ? WHERE id = ? AND closed_at IS NULL", at, id)
        == 1;
  }

  @Override
  public Page<Referral> openTo(String organisation, PageRequest page) {
    long total =
        sql.one(
                "SELECT COUNT(*) AS n FROM referral r"
                    + " WHERE r.organisation = ? AND r.closed_at IS NULL",
                rs -> rs.getLong("n"),
                organisation)
            .orElse(0L);
    List<Referral> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM referral r WHERE r.organisation = ? AND r.closed_at IS NULL"
                + " ORDER BY r.opened_at DESC, r.id LIMIT ? OFFSET ?",
            JdbcReferralRecords::map,
            organisation,
            page.limit(),
            page.offset());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public Set<UUID> openMembers(UUID familyId, String organisation) {
    return Set.copyOf(
        sql.list(
            "SELECT r.member_id FROM referral r JOIN member m ON m.id = r.member_id"
                + " WHERE m.family_id = ? AND r.organisation = ? AND r.closed_at IS NULL",
            rs -> Sql.uuid(rs, "member_id"),
            familyId,
            organisation));
  }

  static Referral map(ResultSet rs) throws SQLException {
    String by = rs.getString("consent_by");
    Optional<Consent> consent =
        by == null
            ? Optional.empty()
            : Optional.of(
                new Consent(
                    ConsentBy.valueOf(by),
                    members(rs.getString("consent_parents")),
                    Sql.date(rs, "consent_given_on"),
                    ConsentForm.valueOf(rs.getString("consent_form"))));
    return new Referral(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "trajectory_id"),
        Sql.uuid(rs, "member_id"),
        rs.getString("organisation"),
        consent,
        Sql.instant(rs, "opened_at"),
        Optional.ofNullable(Sql.instant(rs, "closed_at")));
  }

  private static String members(List<UUID> ids) {
    return String.join(",", ids.stream().map(UUID::toString).toList());
  }

  private static List<UUID> members(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : List.of(joined.split(",")).stream().map(UUID::fromString).toList();
  }
}
