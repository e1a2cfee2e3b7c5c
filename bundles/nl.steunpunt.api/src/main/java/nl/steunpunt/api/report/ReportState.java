package nl.steunpunt.api.report;

import java.util.Set;

/**
 * Where a report stands. {@code DRAFT → CONSULTED → REPORTED → ACKNOWLEDGED → CLOSED}; {@code
 * WITHDRAWN} is possible before reporting. Only a team lead may go from {@code DRAFT} straight to
 * {@code REPORTED}, with a stated reason (acute danger).
 *
 * @since 0.1
 */
public enum ReportState {
  /** Written, not yet discussed with the parents. */
  DRAFT,
  /** The parents were consulted: who reports and to whom is agreed. */
  CONSULTED,
  /** Disclosed to the recipient, by the centre or by the family. */
  REPORTED,
  /** The recipient confirmed receipt. */
  ACKNOWLEDGED,
  /** Done. */
  CLOSED,
  /** Dropped before it was reported. */
  WITHDRAWN;

  /**
   * The states a report in this state may move to.
   *
   * @return the allowed next states; empty for a final state
   */
  public Set<ReportState> next() {
    switch (this) {
      case DRAFT:
        return Set.of(CONSULTED, REPORTED, WITHDRAWN);
      case CONSULTED:
        return Set.of(REPORTED, WITHDRAWN);
      case REPORTED:
        return Set.of(ACKNOWLEDGED);
      case ACKNOWLEDGED:
        return Set.of(CLOSED);
      default:
        return Set.of();
    }
  }
}
