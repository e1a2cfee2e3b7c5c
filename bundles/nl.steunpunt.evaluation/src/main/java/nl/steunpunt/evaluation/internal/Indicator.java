package nl.steunpunt.evaluation.internal;

/**
 * The published indicators and their fixed definitions, in English: the export is a data file for
 * the evaluator's report; the Dutch texts belong with the evaluator page. A cell's key is the
 * indicator's key, or for the tables the key, a dot and the row and column.
 */
enum Indicator {
  FAMILIES_WITH_CONTACT(
      "familiesWithContact",
      "Families active in the period: their trajectory was opened before the period ended and was"
          + " not closed when the period began, or changed phase during the period."),
  FAMILIES_WITH_FULL_TRAJECTORY(
      "familiesWithFullTrajectory",
      "Of the families with contact, those whose guidance (the full trajectory, phase SUPPORT)"
          + " started before the period ended."),
  FAMILIES_GUIDANCE_STARTED(
      "familiesGuidanceStarted",
      "Families whose guidance (their trajectory's first move to phase SUPPORT) started in the"
          + " period; the median days to a full trajectory is over them."),
  FAMILIES_BY_BACKGROUND(
      "familiesByBackground",
      "The families with contact per recorded background (DUTCH_ORIGIN, MIGRANT_BACKGROUND,"
          + " NOT_RECORDED); together they are the families with contact."),
  MEMBERS_REACHED(
      "membersReached",
      "The members recorded for the families with contact, a child abroad included (the platform"
          + " records no contact per member)."),
  DEPARTURES_AFTER_GUIDANCE_STARTED(
      "departuresAfterGuidanceStarted",
      "Children (members recorded as sibling or child abroad) who left (a DEPARTURE event) in the"
          + " period, strictly after their family's guidance started; each child once, a corrected"
          + " event counted by its correction, a departure without a recorded member once."),
  REPORTS(
      "reports",
      "Security reports made in the period, by reason (row) and recipient (column), with the total"
          + " per reason, per recipient and overall."),
  CRITICAL_MOMENTS(
      "criticalMoments", "Critical moments (deaths abroad) that occurred in the period."),
  CRITICAL_MOMENTS_FOLLOWED_UP_IN_TIME(
      "criticalMomentsFollowedUpInTime",
      "Of the critical moments, those whose support plan and every sibling risk review were done"
          + " on or before their due date."),
  SIBLINGS_REVIEWED(
      "siblingsReviewed",
      "Siblings whose risk review (made by a rule) was done on a day in the period, each once."),
  MEDIAN_DAYS_TO_FULL_TRAJECTORY(
      "medianDaysToFullTrajectory",
      "Of the families whose guidance started in the period, the median of the days from first"
          + " contact to the start of guidance, to one decimal; empty when fewer than 5 families"
          + " started guidance in the period.");

  /** What a suppressed count shows, and why. */
  static final String SUPPRESSION =
      "<5 marks a suppressed count: a count from 1 to 4, or a count suppressed so that such a count"
          + " cannot be derived from totals and other cells. 0 is shown.";

  private final String key;
  private final String definition;

  Indicator(String key, String definition) {
    this.key = key;
    this.definition = definition;
  }

  String key() {
    return key;
  }

  String definition() {
    return definition;
  }

  /** The indicator a published cell belongs to. */
  static Indicator of(String cell) {
    String key = cell.split("\\.", 2)[0];
    for (Indicator indicator : values()) {
      if (indicator.key.equals(key)) {
        return indicator;
      }
    }
    throw new IllegalArgumentException("No indicator for this cell");
  }
}
