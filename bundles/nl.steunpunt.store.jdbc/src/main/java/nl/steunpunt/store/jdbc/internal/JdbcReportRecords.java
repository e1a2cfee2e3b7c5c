package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.store.FamilyScope;
import nl.steunpunt.store.ReportRecords;

/**
 * Security reports in table {@code security_report}, one row with the consultation and the
 * disclosure: a report has at most one of each, and a recipient's list then needs no join but the
 * family's municipality. A part is present when its time is ({@code consulted_at}, {@code
 * reported_at}); the disclosed data set when its family reference is, which also tells a report the
 * centre made from one the family made. The data set's reason is the report's own.
 */
final class JdbcReportRecords implements ReportRecords {

  private static final String COLUMNS =
      "r.id, r.trajectory_id, r.member_id, r.reason, r.state, r.created_at, r.version,"
          + " r.consulted_at, r.consulted, r.reporter, r.recipient, r.consultation_by,"
          + " r.reported_at, r.disclosed_reporter, r.disclosed_recipient, r.legal_basis,"
          + " r.override_reason, r.disclosed_by, r.ds_family_reference, r.ds_given_name,"
          + " r.ds_birth_year, r.ds_date, r.ds_contact, r.acknowledged_at, r.withdrawal";

  // The columns a report's parts are written to, in the order of values(): all but its identity.
  private static final String PARTS =
      "reason, state, version, consulted_at, consulted, reporter, recipient, consultation_by,"
          + " reported_at, disclosed_reporter, disclosed_recipient, legal_basis, override_reason,"
          + " disclosed_by, ds_family_reference, ds_given_name, ds_birth_year, ds_date,"
          + " ds_contact, acknowledged_at, withdrawal";

  // Made by the centre: only then was a data set disclosed to the recipient.
  private static final String BY_CENTRE = "r.ds_family_reference IS NOT NULL";

  // The reports of an erased family are in no list, and no reminder chases them (migration 14).
  private static final String NOT_ERASED =
      "NOT EXISTS (SELECT 1 FROM erasure x WHERE x.trajectory_id = r.trajectory_id)";

  private final Sql sql;

  JdbcReportRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(SecurityReport report) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(report.id());
    parameters.add(report.trajectoryId());
    parameters.add(report.memberId());
    parameters.add(report.createdAt());
    parameters.addAll(values(report));
    sql.update(
        "INSERT INTO security_report (id, trajectory_id, member_id, created_at, "
            + PARTS
            + ") VALUES ("
            + String.join(", ", parameters.stream().map(p -> "?").toList())
            + ")",
        parameters.toArray());
  }

  @Override
  public Optional<SecurityReport> find(UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM security_report r WHERE r.id = ?", JdbcReportRecords::map, id);
  }

  @Override
  public boolean update(SecurityReport report, long expectedVersion) {
    List<Object> parameters = new ArrayList<>(values(report));
    parameters.add(report.id());
    parameters.add(expectedVersion);
    String assignments =
        String.join(", ", List.of(PARTS.split(",\\s*")).stream().map(c -> c + " = ?").toList());
    return sql.update(
            "UPDATE security_report SET " + assignments + " WHERE id = ? AND version = ?",
            parameters.toArray())
        == 1;
  }

  @Override
  public List<SecurityReport> ofTrajectory(UUID trajectoryId) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM security_report r WHERE r.trajectory_id = ?"
            + " ORDER BY r.created_at DESC, r.id",
        JdbcReportRecords::map,
        trajectoryId);
  }

  @Override
  public Page<SecurityReport> search(
      Optional<FamilyScope> scope, Optional<ReportState> state, PageRequest page) {
    StringBuilder from = new StringBuilder(" FROM security_report r");
    StringBuilder where = new StringBuilder(" WHERE ").append(NOT_ERASED);
    List<Object> parameters = new ArrayList<>();
    scope.ifPresent(
        s -> {
          // The scope is about families: through the report's trajectory to its family.
          from.append(
              " JOIN trajectory t ON t.id = r.trajectory_id JOIN family f ON f.id = t.family_id");
          where.append(" AND ").append(ScopeCondition.of(s, "f", parameters));
        });
    state.ifPresent(
        st -> {
          where.append(" AND r.state = ?");
          parameters.add(st);
        });
    return page(from, where, "r.created_at", parameters, page);
  }

  @Override
  public boolean openFor(UUID memberId, ReportReason reason) {
    return sql.count(
            "SELECT COUNT(*) FROM security_report WHERE member_id = ? AND reason = ?"
                + " AND state NOT IN ('WITHDRAWN', 'CLOSED')",
            memberId,
            reason)
        > 0;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A set of municipalities limits the list for any recipient; an empty set holds nothing.
   */
  @Override
  public Page<SecurityReport> disclosedTo(
      Recipient recipient, Optional<Set<String>> municipalities, PageRequest page) {
    StringBuilder from = new StringBuilder(" FROM security_report r");
    StringBuilder where =
        new StringBuilder(" WHERE r.disclosed_recipient = ? AND ")
            .append(BY_CENTRE)
            .append(" AND ")
            .append(NOT_ERASED);
    List<Object> parameters = new ArrayList<>(List.of(recipient));
    municipalities.ifPresent(
        codes -> {
          if (codes.isEmpty()) {
            where.append(" AND 1 = 0");
            return;
          }
          from.append(
              " JOIN trajectory t ON t.id = r.trajectory_id JOIN family f ON f.id = t.family_id");
          where
              .append(" AND f.municipality IN (")
              .append(String.join(", ", codes.stream().map(c -> "?").toList()))
              .append(")");
          parameters.addAll(codes);
        });
    return page(from, where, "r.reported_at", parameters, page);
  }

  /**
   * One page of reports, newest first by {@code newest}, with the total over the same condition.
   */
  private Page<SecurityReport> page(
      CharSequence from,
      CharSequence where,
      String newest,
      List<Object> parameters,
      PageRequest page) {
    long total = sql.count("SELECT COUNT(*)" + from + where, parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<SecurityReport> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + from
                + where
                + " ORDER BY "
                + newest
                + " DESC, r.id LIMIT ? OFFSET ?",
            JdbcReportRecords::map,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public List<SecurityReport> unacknowledgedWithoutReminder(Instant before) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM security_report r WHERE r.state = 'REPORTED' AND r.reported_at < ? AND "
            + BY_CENTRE
            + " AND r.acknowledged_at IS NULL AND r.reminded_at IS NULL AND "
            + NOT_ERASED
            + " ORDER BY r.reported_at, r.id",
        JdbcReportRecords::map,
        before);
  }

  @Override
  public boolean reminded(UUID id, Instant at) {
    return sql.update(
            "UPDATE security_report SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL",
            at,
            id)
        == 1;
  }

  /** The values of {@link #PARTS}, in order. */
  private static List<Object> values(SecurityReport report) {
    Consultation consultation = report.consultation().orElse(null);
    Disclosure disclosure = report.disclosure().orElse(null);
    MinimalDataSet dataSet = disclosure == null ? null : disclosure.dataSet().orElse(null);
    if (dataSet != null && dataSet.reason() != report.reason()) {
      // Only the report's reason is stored: another one would be read back changed.
      throw new IllegalArgumentException("the data set's reason is not the report's");
    }
    List<Object> values = new ArrayList<>();
    values.add(report.reason());
    values.add(report.state());
    values.add(report.version());
    values.add(consultation == null ? null : consultation.consultedAt());
    values.add(consultation == null ? null : members(consultation.consulted()));
    values.add(consultation == null ? null : consultation.reporter());
    values.add(consultation == null ? null : consultation.recipient());
    values.add(consultation == null ? null : consultation.recordedBy());
    values.add(disclosure == null ? null : disclosure.reportedAt());
    values.add(disclosure == null ? null : disclosure.reporter());
    values.add(disclosure == null ? null : disclosure.recipient());
    values.add(disclosure == null ? null : disclosure.legalBasis());
    values.add(disclosure == null ? null : disclosure.override().orElse(null));
    values.add(disclosure == null ? null : disclosure.recordedBy());
    values.add(dataSet == null ? null : dataSet.familyReference());
    values.add(dataSet == null ? null : dataSet.givenName());
    values.add(dataSet == null ? null : dataSet.birthYear());
    values.add(dataSet == null ? null : dataSet.date());
    values.add(dataSet == null ? null : dataSet.centreContact());
    values.add(report.acknowledgedAt().orElse(null));
    values.add(report.withdrawal().orElse(null));
    return values;
  }

  private static String members(List<UUID> ids) {
    return String.join(",", ids.stream().map(UUID::toString).toList());
  }

  private static List<UUID> members(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : List.of(joined.split(",")).stream().map(UUID::fromString).toList();
  }

  static SecurityReport map(ResultSet rs) throws SQLException {
    ReportReason reason = ReportReason.valueOf(rs.getString("reason"));
    Instant consultedAt = Sql.instant(rs, "consulted_at");
    Optional<Consultation> consultation =
        consultedAt == null
            ? Optional.empty()
            : Optional.of(
                new Consultation(
                    consultedAt,
                    members(rs.getString("consulted")),
                    Reporter.valueOf(rs.getString("reporter")),
                    Recipient.valueOf(rs.getString("recipient")),
                    rs.getString("consultation_by")));
    Instant reportedAt = Sql.instant(rs, "reported_at");
    Optional<Disclosure> disclosure =
        reportedAt == null
            ? Optional.empty()
            : Optional.of(
                new Disclosure(
                    reportedAt,
                    Reporter.valueOf(rs.getString("disclosed_reporter")),
                    Recipient.valueOf(rs.getString("disclosed_recipient")),
                    rs.getString("legal_basis"),
                    dataSet(rs, reason),
                    Optional.ofNullable(rs.getString("override_reason")),
                    rs.getString("disclosed_by")));
    return new SecurityReport(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "trajectory_id"),
        Sql.uuid(rs, "member_id"),
        reason,
        ReportState.valueOf(rs.getString("state")),
        Sql.instant(rs, "created_at"),
        consultation,
        disclosure,
        Optional.ofNullable(Sql.instant(rs, "acknowledged_at")),
        Optional.ofNullable(rs.getString("withdrawal")),
        rs.getLong("version"));
  }

  private static Optional<MinimalDataSet> dataSet(ResultSet rs, ReportReason reason)
      throws SQLException {
    String reference = rs.getString("ds_family_reference");
    return reference == null
        ? Optional.empty()
        : Optional.of(
            new MinimalDataSet(
                reference,
                rs.getString("ds_given_name"),
                rs.getInt("ds_birth_year"),
                reason,
                Sql.date(rs, "ds_date"),
                rs.getString("ds_contact")));
  }
}
