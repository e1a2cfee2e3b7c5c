package nl.steunpunt.api.trajectory;

/**
 * The discipline a note belongs to, which decides who may read it.
 *
 * @since 0.1
 */
public enum NoteCategory {
  /** Counselling: for the trajectory's team. */
  COUNSELLING,
  /** Therapy: for the therapist. */
  THERAPY
}
