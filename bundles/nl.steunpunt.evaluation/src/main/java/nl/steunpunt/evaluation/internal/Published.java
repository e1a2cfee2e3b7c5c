package nl.steunpunt.evaluation.internal;

import static nl.steunpunt.evaluation.internal.Indicator.CRITICAL_MOMENTS;
import static nl.steunpunt.evaluation.internal.Indicator.CRITICAL_MOMENTS_FOLLOWED_UP_IN_TIME;
import static nl.steunpunt.evaluation.internal.Indicator.DEPARTURES_AFTER_GUIDANCE_STARTED;
import static nl.steunpunt.evaluation.internal.Indicator.FAMILIES_BY_BACKGROUND;
import static nl.steunpunt.evaluation.internal.Indicator.FAMILIES_GUIDANCE_STARTED;
import static nl.steunpunt.evaluation.internal.Indicator.FAMILIES_WITH_CONTACT;
import static nl.steunpunt.evaluation.internal.Indicator.FAMILIES_WITH_FULL_TRAJECTORY;
import static nl.steunpunt.evaluation.internal.Indicator.MEMBERS_REACHED;
import static nl.steunpunt.evaluation.internal.Indicator.REPORTS;
import static nl.steunpunt.evaluation.internal.Indicator.SIBLINGS_REVIEWED;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.evaluation.ReportTally;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;

/**
 * The indicators of one period as they may leave the bundle: every count after suppression, in a
 * fixed order, and the median only when it is over enough families.
 *
 * @param period the period
 * @param counts the published cells, keyed as {@link Indicator} says
 * @param medianDaysToFullTrajectory the median, rounded to one decimal, or empty
 */
record Published(
    Period period, Map<String, Shown> counts, OptionalDouble medianDaysToFullTrajectory) {

  /**
   * Suppresses the raw indicators. The sums tying them together are lines of one grid: the
   * backgrounds add up to the families with contact, and so do those with a full trajectory and the
   * (unpublished) rest; the critical moments are those followed up in time and the rest; the
   * reports form a table with totals.
   *
   * @throws IllegalArgumentException when the raw counts contradict each other (more families with
   *     a full trajectory than with contact, more moments in time than moments): nothing is
   *     published from figures that do not add up
   */
  static Published of(Indicators raw) {
    return new Published(raw.period(), Suppression.apply(grid(raw)), median(raw));
  }

  /** The grid of the raw counts with the lines that tie them together, before suppression. */
  static CountGrid grid(Indicators raw) {
    CountGrid grid = new CountGrid();
    String contact = FAMILIES_WITH_CONTACT.key();
    String full = FAMILIES_WITH_FULL_TRAJECTORY.key();
    grid.cell(contact, raw.familiesWithContact())
        .cell(full, raw.familiesWithFullTrajectory())
        .hiddenCell(
            "familiesWithoutFullTrajectory",
            raw.familiesWithContact() - raw.familiesWithFullTrajectory())
        .line(contact, List.of(full, "familiesWithoutFullTrajectory"))
        .cell(FAMILIES_GUIDANCE_STARTED.key(), raw.familiesGuidanceStarted());
    List<String> backgrounds =
        Arrays.stream(Background.values())
            .map(b -> FAMILIES_BY_BACKGROUND.key() + "." + b.name())
            .toList();
    for (Background background : Background.values()) {
      grid.cell(
          FAMILIES_BY_BACKGROUND.key() + "." + background.name(),
          raw.familiesByBackground().get(background));
    }
    grid.line(contact, backgrounds)
        .cell(MEMBERS_REACHED.key(), raw.membersReached())
        .cell(DEPARTURES_AFTER_GUIDANCE_STARTED.key(), raw.departuresAfterGuidanceStarted());
    ReportReason[] reasons = ReportReason.values();
    Recipient[] recipients = Recipient.values();
    long[][] reports = new long[reasons.length][recipients.length];
    for (ReportTally tally : raw.reports()) {
      reports[tally.reason().ordinal()][tally.recipient().ordinal()] += tally.count();
    }
    grid.crossTable(
        REPORTS.key(),
        Arrays.stream(reasons).map(Enum::name).toList(),
        Arrays.stream(recipients).map(Enum::name).toList(),
        reports);
    String moments = CRITICAL_MOMENTS.key();
    String inTime = CRITICAL_MOMENTS_FOLLOWED_UP_IN_TIME.key();
    grid.cell(moments, raw.criticalMoments())
        .cell(inTime, raw.criticalMomentsFollowedUpInTime())
        .hiddenCell(
            "criticalMomentsNotInTime",
            raw.criticalMoments() - raw.criticalMomentsFollowedUpInTime())
        .line(moments, List.of(inTime, "criticalMomentsNotInTime"))
        .cell(SIBLINGS_REVIEWED.key(), raw.siblingsReviewed());
    return grid;
  }

  /**
   * The median is over the families whose guidance started in the period: with fewer than 5 of
   * them, it is near one family's own figure, so it is left out.
   */
  private static OptionalDouble median(Indicators raw) {
    OptionalDouble median = raw.medianDaysToFullTrajectory();
    if (median.isEmpty() || raw.familiesGuidanceStarted() < 5) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.round(median.getAsDouble() * 10) / 10.0);
  }
}
