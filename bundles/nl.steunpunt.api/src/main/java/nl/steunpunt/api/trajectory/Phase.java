package nl.steunpunt.api.trajectory;

import java.util.Set;

/**
 * The phases of a trajectory: {@code CONTACT → SUPPORT → AFTERCARE → CLOSED}.
 *
 * <p>Allowed moves: forward one phase; {@code CONTACT → CLOSED} (contact without a full
 * trajectory); {@code SUPPORT → CLOSED}; {@code AFTERCARE → SUPPORT} (support needed again); {@code
 * CLOSED → CONTACT} or {@code CLOSED → SUPPORT} (reopening, which needs a reason). Entering {@code
 * SUPPORT} needs the family's municipality among the partners involved.
 *
 * @since 0.1
 */
public enum Phase {
  /** First contact with the family. */
  CONTACT,
  /** The full support trajectory, with the municipality involved. */
  SUPPORT,
  /** Aftercare. */
  AFTERCARE,
  /** Closed. */
  CLOSED;

  /**
   * Returns the phases this phase may move to.
   *
   * @return the allowed next phases
   */
  public Set<Phase> next() {
    return switch (this) {
      case CONTACT -> Set.of(SUPPORT, CLOSED);
      case SUPPORT -> Set.of(AFTERCARE, CLOSED);
      case AFTERCARE -> Set.of(SUPPORT, CLOSED);
      case CLOSED -> Set.of(CONTACT, SUPPORT);
    };
  }

  /**
   * Tells whether moving from this phase to another reopens a closed trajectory.
   *
   * @param to the phase to move to
   * @return true when this phase is closed and the other is not
   */
  public boolean reopensTo(Phase to) {
    return this == CLOSED && to != CLOSED;
  }
}
