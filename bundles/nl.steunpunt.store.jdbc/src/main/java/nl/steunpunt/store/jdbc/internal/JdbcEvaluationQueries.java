package nl.steunpunt.store.jdbc.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.evaluation.ReportTally;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.store.jdbc.EvaluationQueries;

/**
 * The indicators as SQL aggregates, one statement per group of indicators; each returns at most a
 * row per background or per reason and recipient, never a row per family or member. The median is
 * {@code PERCENTILE_CONT(0.5) WITHIN GROUP}, which H2 2.x and PostgreSQL both have, over elapsed
 * days ({@code EXTRACT(EPOCH FROM interval)}, also on both), so no day counts are read into Java.
 */
final class JdbcEvaluationQueries implements EvaluationQueries {

  // The trajectory t was opened before the period ends and was not closed when it began (by its
  // last phase change before the start), or changed phase during the period (a reopening).
  // Parameters: to, from, to, from.
  private static final String ACTIVE =
      "t.opened_at < ? AND (EXISTS (SELECT 1 FROM event p WHERE p.trajectory_id = t.id"
          + " AND p.type = 'PHASE_CHANGE' AND p.occurred_at >= ? AND p.occurred_at < ?)"
          + " OR COALESCE((SELECT p.phase_to FROM event p WHERE p.trajectory_id = t.id"
          + " AND p.type = 'PHASE_CHANGE' AND p.occurred_at < ?"
          + " ORDER BY p.occurred_at DESC, p.sequence DESC FETCH FIRST 1 ROW ONLY), 'CONTACT')"
          + " <> 'CLOSED')";

  // The first move of trajectory x to SUPPORT: when the family's guidance started.
  private static final String GUIDANCE_STARTED =
      "(SELECT MIN(s.occurred_at) FROM event s WHERE s.trajectory_id = %s.trajectory_id"
          + " AND s.type = 'PHASE_CHANGE' AND s.phase_to = 'SUPPORT')";

  private static final Comparator<ReportTally> TALLY_ORDER =
      Comparator.comparing(ReportTally::reason).thenComparing(ReportTally::recipient);

  private final Sql sql;

  JdbcEvaluationQueries(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Indicators indicators(Period period, ZoneId zone) {
    Instant from = period.from().atStartOfDay(zone).toInstant();
    Instant to = period.toExclusive().atStartOfDay(zone).toInstant();
    Map<Background, Long> byBackground = new EnumMap<>(Background.class);
    long[] full = {0};
    sql.list(
        "SELECT f.background, COUNT(*) AS families, SUM(CASE WHEN EXISTS (SELECT 1 FROM event s"
            + " WHERE s.trajectory_id = t.id AND s.type = 'PHASE_CHANGE' AND s.phase_to = 'SUPPORT'"
            + " AND s.occurred_at < ?) THEN 1 ELSE 0 END) AS full_trajectories"
            + " FROM trajectory t JOIN family f ON f.id = t.family_id WHERE "
            + ACTIVE
            + " GROUP BY f.background",
        rs -> {
          byBackground.put(Background.valueOf(rs.getString("background")), rs.getLong("families"));
          full[0] += rs.getLong("full_trajectories");
          return null;
        },
        to,
        to,
        from,
        to,
        from);
    long contact = byBackground.values().stream().mapToLong(Long::longValue).sum();
    long members =
        sql.count(
            "SELECT COUNT(*) FROM member m JOIN trajectory t ON t.family_id = m.family_id WHERE "
                + ACTIVE,
            to,
            from,
            to,
            from);
    long departures =
        sql.count(
            "SELECT COUNT(DISTINCT e.member_id)"
                + " + COALESCE(SUM(CASE WHEN e.member_id IS NULL THEN 1 ELSE 0 END), 0)"
                + " FROM event e WHERE e.type = 'DEPARTURE' AND e.occurred_at >= ?"
                + " AND e.occurred_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM event c WHERE c.corrects = e.sequence)"
                + " AND e.occurred_at > "
                + GUIDANCE_STARTED.formatted("e"),
            from,
            to);
    List<ReportTally> reports =
        sql
            .list(
                "SELECT r.reason, r.disclosed_recipient, COUNT(*) AS reports"
                    + " FROM security_report r WHERE r.reported_at >= ? AND r.reported_at < ?"
                    + " GROUP BY r.reason, r.disclosed_recipient",
                rs ->
                    new ReportTally(
                        ReportReason.valueOf(rs.getString("reason")),
                        Recipient.valueOf(rs.getString("disclosed_recipient")),
                        rs.getLong("reports")),
                from,
                to)
            .stream()
            .sorted(TALLY_ORDER)
            .toList();
    long[] moments =
        sql.one(
                "SELECT COUNT(*) AS moments, COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM task k"
                    + " WHERE k.follow_up_event = cm.event_sequence AND k.follow_up = 'SUPPORT_PLAN')"
                    + " AND NOT EXISTS (SELECT 1 FROM task k"
                    + " WHERE k.follow_up_event = cm.event_sequence AND (k.state <> 'DONE'"
                    + " OR k.done_on IS NULL OR k.done_on > k.due)) THEN 1 ELSE 0 END), 0) AS in_time"
                    + " FROM critical_moment cm WHERE cm.occurred_at >= ? AND cm.occurred_at < ?",
                rs -> new long[] {rs.getLong("moments"), rs.getLong("in_time")},
                from,
                to)
            .orElse(new long[] {0, 0});
    long siblings =
        sql.count(
            "SELECT COUNT(DISTINCT k.member_id) FROM task k WHERE k.follow_up = 'SIBLING_REVIEW'"
                + " AND k.state = 'DONE' AND k.done_on >= ? AND k.done_on < ?",
            period.from(),
            period.toExclusive());
    return new Indicators(
        period,
        contact,
        full[0],
        members,
        byBackground,
        departures,
        reports,
        moments[0],
        moments[1],
        siblings,
        medianDaysToGuidance(from, to));
  }

  /**
   * The median, over the families whose guidance started in [from, to), of the days since contact.
   */
  private OptionalDouble medianDaysToGuidance(Instant from, Instant to) {
    return sql.one(
            "SELECT COUNT(*) AS families,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY g.days) AS median FROM ("
                + " SELECT EXTRACT(EPOCH FROM (MIN(s.occurred_at) - t.opened_at)) / 86400.0 AS days"
                + " FROM trajectory t JOIN event s ON s.trajectory_id = t.id"
                + " AND s.type = 'PHASE_CHANGE' AND s.phase_to = 'SUPPORT'"
                + " GROUP BY t.id, t.opened_at"
                + " HAVING MIN(s.occurred_at) >= ? AND MIN(s.occurred_at) < ?) g",
            rs ->
                rs.getLong("families") == 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(rs.getDouble("median")),
            from,
            to)
        .orElse(OptionalDouble.empty());
  }
}
