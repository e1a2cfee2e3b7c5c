package nl.steunpunt.api.access;

/**
 * The kinds of data the access policy distinguishes. Every record belongs to exactly one category,
 * and every decision and audit entry names it.
 *
 * @since 0.1
 */
public enum DataCategory {
  /** Who a family and its members are: reference, municipality, languages, members. */
  IDENTITY,
  /** Where the trajectory stands: phase, team, partners involved, referrals. */
  TRAJECTORY_STATUS,
  /** Notes of the centre's counsellors. */
  COUNSELLING_NOTES,
  /** Notes of therapists, confidential to their discipline. */
  THERAPY_NOTES,
  /** Reports to the security services about a child leaving or returning. */
  SECURITY_REPORTS,
  /** The trajectory's timeline. */
  EVENTS,
  /** Work on a trajectory. */
  TASKS,
  /** Indicators over many families, never about one person. */
  EVALUATION_AGGREGATES,
  /** The audit log itself. */
  AUDIT
}
