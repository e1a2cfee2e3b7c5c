package nl.steunpunt.api.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.steunpunt.api.family.Background;

/**
 * The programme's indicators for one period: raw counts, computed by the database from the case
 * records, about no one in particular. They are <em>not</em> suppressed: counts of 1 to 4 are shown
 * here as they are, and whoever publishes them (the evaluation's export) must suppress them.
 *
 * <p>A family has one trajectory; its "first contact" is the trajectory's opening, and its
 * "guidance started" at the first event moving the trajectory to {@code SUPPORT} (the full
 * trajectory). A family is <em>active</em> in the period when its trajectory was opened before the
 * period ends and either was not {@code CLOSED} when the period began (by the last phase change
 * before it) or changed phase during the period. Times are those the events record as occurred.
 *
 * @param period the period
 * @param familiesWithContact families active in the period
 * @param familiesWithFullTrajectory of those, families whose guidance started before the period
 *     ended
 * @param membersReached the members recorded for the families with contact (the platform records no
 *     contact per member, so every recorded member of a guided family counts, including a child
 *     abroad)
 * @param familiesByBackground the families with contact per background; every background present,
 *     zero when none
 * @param departuresAfterGuidanceStarted the headline indicator: children (members recorded as
 *     sibling or child abroad) with a {@code DEPARTURE} event that occurred in the period and
 *     strictly after their family's guidance started (each child once; a departure without a member
 *     counts once per event; an event that a later event corrects does not count, the correction
 *     does)
 * @param reports the security reports made (disclosed, by the centre or the family) in the period,
 *     per reason and recipient, in the order of the enums; combinations without reports left out
 * @param criticalMoments the critical moments (deaths abroad) that occurred in the period
 * @param criticalMomentsFollowedUpInTime of those, the moments whose support plan task and every
 *     sibling risk review task (made by the rule for the moment) were done on or before their due
 *     date; a moment without a recorded support plan task does not count, nor one with a task that
 *     is open, cancelled or done late
 * @param siblingsReviewed siblings with a risk review task (made by a rule) done on a day in the
 *     period, each sibling once
 * @param familiesGuidanceStarted the families whose guidance started in the period: those the
 *     median is over
 * @param medianDaysToFullTrajectory of the families whose guidance started in the period, the
 *     median of the days (elapsed, fractional) from first contact to the start of guidance; empty
 *     when there are none
 * @since 0.1
 */
public record Indicators(
    Period period,
    long familiesWithContact,
    long familiesWithFullTrajectory,
    long membersReached,
    Map<Background, Long> familiesByBackground,
    long departuresAfterGuidanceStarted,
    List<ReportTally> reports,
    long criticalMoments,
    long criticalMomentsFollowedUpInTime,
    long siblingsReviewed,
    long familiesGuidanceStarted,
    OptionalDouble medianDaysToFullTrajectory) {

  /**
   * Creates the indicators; every part is required, counts are not negative, and a background
   * missing from the map counts zero.
   */
  public Indicators {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(familiesByBackground, "familiesByBackground");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(medianDaysToFullTrajectory, "medianDaysToFullTrajectory");
    for (long count :
        new long[] {
          familiesWithContact,
          familiesWithFullTrajectory,
          membersReached,
          departuresAfterGuidanceStarted,
          criticalMoments,
          criticalMomentsFollowedUpInTime,
          siblingsReviewed,
          familiesGuidanceStarted
        }) {
      if (count < 0) {
        throw new IllegalArgumentException("A count is not negative");
      }
    }
    EnumMap<Background, Long> all = new EnumMap<>(Background.class);
    for (Background background : Background.values()) {
      all.put(background, familiesByBackground.getOrDefault(background, 0L));
    }
    familiesByBackground = Collections.unmodifiableMap(all);
    reports = List.copyOf(reports);
  }
}
