package nl.steunpunt.api.report;

/**
 * Why a security report is made.
 *
 * @since 0.1
 */
public enum ReportReason {
  /** A member may leave for the conflict zone. */
  DEPARTURE_RISK,
  /** A member has left. */
  DEPARTED,
  /** A member is expected to come back. */
  RETURN_EXPECTED,
  /** A member has come back. */
  RETURNED
}
