package nl.steunpunt.api.trajectory;

/**
 * The state of a task.
 *
 * @since 0.1
 */
public enum TaskState {
  /** To do. */
  OPEN,
  /** Done. */
  DONE,
  /** No longer needed. */
  CANCELLED
}
