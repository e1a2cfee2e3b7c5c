package nl.steunpunt.api.trajectory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Work on a trajectory, with an owner and a due date.
 *
 * @param id the task's id
 * @param trajectoryId the trajectory
 * @param title what is to be done (no personal data beyond the family reference)
 * @param owner who does it
 * @param due when it is due
 * @param state the state
 * @param version the version, for optimistic concurrency
 * @since 0.1
 */
public record Task(
    UUID id,
    UUID trajectoryId,
    String title,
    TaskOwner owner,
    LocalDate due,
    TaskState state,
    long version) {

  /** Creates a task; every part is required. */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(state, "state");
  }

  /**
   * Returns a copy of this task with another owner; every other part stays the same. The copy is
   * made by the canonical constructor, so it passes the same checks as a new task.
   *
   * @param owner who owns the task
   * @return the copy
   * @since 2.0
   */
  public Task withOwner(TaskOwner owner) {
    return new Task(id, trajectoryId, title, owner, due, state, version);
  }

  /**
   * Returns a copy of this task with another state; every other part stays the same. The copy is
   * made by the canonical constructor, so it passes the same checks as a new task.
   *
   * @param state where the task stands
   * @return the copy
   * @since 2.0
   */
  public Task withState(TaskState state) {
    return new Task(id, trajectoryId, title, owner, due, state, version);
  }

  /**
   * Returns a copy of this task with another version number; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new task.
   *
   * @param version the version
   * @return the copy
   * @since 2.0
   */
  public Task withVersion(long version) {
    return new Task(id, trajectoryId, title, owner, due, state, version);
  }
}
