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
import nl.steunpunt.store.EvaluationQueries;

/**
 * The indicators as SQL aggregates, one statement per group of indicators; each returns at most a
 * row per background or per reason and recipient, never a row per family or member. The median is
 * {@code PERCENTILE_CONT(0.5) WITHIN GROUP}, which H2 2.x and PostgreSQL both have, over elapsed
 * days ({@code EXTRACT(EPOCH FROM interval)}, also on both), so no day counts are read into Java.
 */
final class JdbcEvaluationQueries implements EvaluationQueries {

  // The trajectories active in a period are those opened before its end less those closed when it
  // began: their last phase change before the start closed them (the sequence breaks a tie) and
  // they did not change phase during the period. Both are counted by their family's background,
  // with how many had their guidance started before the end and their families' members (both
  // kept on the rows, migration 13), as two plain grouped statements. One statement with the
  // closed ones as a derived table joined away is planned well by PostgreSQL, but H2 evaluates such
  // a derived table anew for each trajectory (minutes at 100,000 families).
  private static final String BY_BACKGROUND =
      "SELECT f.background, COUNT(*) AS families,"
          + " SUM(CASE WHEN t.guidance_started_at < ? THEN 1 ELSE 0 END) AS full_trajectories,"
          + " SUM(f.member_count) AS members";

  // Parameters: to, to.
  private static final String OPENED_BY_BACKGROUND =
      BY_BACKGROUND
          + " FROM trajectory t JOIN family f ON f.id = t.family_id"
          + " WHERE t.opened_at < ? GROUP BY f.background";

  // Each trajectory closed at the start has one last closing change before it. Parameters: to,
  // from, from, from, to.
  private static final String CLOSED_AT_START_BY_BACKGROUND =
      BY_BACKGROUND
          + " FROM event c JOIN trajectory t ON t.id = c.trajectory_id"
          + " JOIN family f ON f.id = t.family_id"
          + " WHERE c.type = 'PHASE_CHANGE' AND c.phase_to = 'CLOSED' AND c.occurred_at < ?"
          + " AND NOT EXISTS (SELECT 1 FROM event l WHERE l.trajectory_id = c.trajectory_id"
          + " AND l.type = 'PHASE_CHANGE' AND l.occurred_at < ? AND (l.occurred_at > c.occurred_at"
          + " OR (l.occurred_at = c.occurred_at AND l.sequence > c.sequence)))"
          + " AND NOT EXISTS (SELECT 1 FROM event n WHERE n.trajectory_id = c.trajectory_id"
          + " AND n.type = 'PHASE_CHANGE' AND n.occurred_at >= ? AND n.occurred_at < ?)"
          + " GROUP BY f.background";

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
    Map<Background, long[]> active = new EnumMap<>(Background.class);
    tally(active, 1, OPENED_BY_BACKGROUND, to, to);
    tally(active, -1, CLOSED_AT_START_BY_BACKGROUND, to, from, from, from, to);
    Map<Background, Long> byBackground = new EnumMap<>(Background.class);
    active.forEach((background, sums) -> byBackground.put(background, sums[0]));
    long contact = active.values().stream().mapToLong(sums -> sums[0]).sum();
    long full = active.values().stream().mapToLong(sums -> sums[1]).sum();
    long members = active.values().stream().mapToLong(sums -> sums[2]).sum();
    long departures =
        sql.count(
            "SELECT COUNT(DISTINCT e.member_id)"
                + " + COALESCE(SUM(CASE WHEN e.member_id IS NULL THEN 1 ELSE 0 END), 0)"
                + " FROM event e JOIN trajectory t ON t.id = e.trajectory_id"
                + " LEFT JOIN member m ON m.id = e.member_id"
                + " WHERE e.type = 'DEPARTURE' AND e.occurred_at >= ? AND e.occurred_at < ?"
                + " AND e.occurred_at > t.guidance_started_at"
                + " AND (e.member_id IS NULL OR m.role IN ('SIBLING', 'CHILD_ABROAD'))"
                + " AND NOT EXISTS (SELECT 1 FROM event c WHERE c.corrects = e.sequence)",
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
    Median median = medianDaysToGuidance(from, to);
    long siblings =
        sql.count(
            "SELECT COUNT(DISTINCT k.member_id) FROM task k WHERE k.follow_up = 'SIBLING_REVIEW'"
                + " AND k.state = 'DONE' AND k.done_on >= ? AND k.done_on < ?",
            period.from(),
            period.toExclusive());
    return new Indicators(
        period,
        contact,
        full,
        members,
        byBackground,
        departures,
        reports,
        moments[0],
        moments[1],
        siblings,
        median.families(),
        median.days());
  }

  /**
   * Adds {@code sign} times the families, full trajectories and members per background that a
   * {@link #BY_BACKGROUND} statement counts.
   */
  private void tally(
      Map<Background, long[]> sums, int sign, String statement, Object... parameters) {
    sql.list(
        statement,
        rs -> {
          long[] row =
              sums.computeIfAbsent(
                  Background.valueOf(rs.getString("background")), background -> new long[3]);
          row[0] += sign * rs.getLong("families");
          row[1] += sign * rs.getLong("full_trajectories");
          row[2] += sign * rs.getLong("members");
          return null;
        },
        parameters);
  }

  /**
   * The median, over the families whose guidance started in [from, to), of the days since contact
   * (both moments kept on the trajectory).
   */
  private Median medianDaysToGuidance(Instant from, Instant to) {
    return sql.one(
            "SELECT COUNT(*) AS families, PERCENTILE_CONT(0.5) WITHIN GROUP"
                + " (ORDER BY EXTRACT(EPOCH FROM (t.guidance_started_at - t.opened_at)) / 86400.0)"
                + " AS median FROM trajectory t"
                + " WHERE t.guidance_started_at >= ? AND t.guidance_started_at < ?",
            rs ->
                new Median(
                    rs.getLong("families"),
                    rs.getLong("families") == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(rs.getDouble("median"))),
            from,
            to)
        .orElse(new Median(0, OptionalDouble.empty()));
  }

  /** How many families a median is over, and the median, if there are any. */
  private record Median(long families, OptionalDouble days) {}
}
