package nl.steunpunt.api.trajectory;

/**
 * The expertise a team member brings to a trajectory.
 *
 * @since 0.1
 */
public enum Expertise {
  /** A radicalisation expert. */
  RADICALISATION_EXPERT,
  /** A family therapist. */
  FAMILY_THERAPIST,
  /** A psychiatrist. */
  PSYCHIATRIST,
  /** A counsellor. */
  COUNSELLOR
}
