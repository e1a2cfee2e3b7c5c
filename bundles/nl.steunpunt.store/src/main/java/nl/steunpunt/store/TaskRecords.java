package nl.steunpunt.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Task;
import org.osgi.annotation.versioning.ProviderType;

/** Tasks. */
@ProviderType
public interface TaskRecords {

  /**
   * Stores a new task.
   *
   * @param task the task
   */
  void insert(Task task);

  /**
   * Stores a new task that a rule made as the follow-up of an event.
   *
   * @param task the task
   * @param followUp what it follows up
   */
  void insert(Task task, FollowUp followUp);

  /**
   * Records the day a task was marked done, once: a later call changes nothing.
   *
   * @param id the task
   * @param day the day (Europe/Amsterdam) it was marked done
   */
  void doneOn(UUID id, LocalDate day);

  /**
   * Reads a task.
   *
   * @param id the id
   * @return the task, or empty
   */
  Optional<Task> find(UUID id);

  /**
   * Replaces a task if it is still at the expected version.
   *
   * @param task the new state; its version must be {@code expectedVersion + 1}
   * @param expectedVersion the version the change was based on
   * @return false when the task is at another version
   */
  boolean update(Task task, long expectedVersion);

  /**
   * Lists open tasks, soonest due first.
   *
   * @param scope only tasks of families in this scope; empty for all
   * @param ownerOrganisation only tasks owned by this partner organisation; empty for any owner
   * @param page the page
   * @return the page
   */
  Page<Task> open(
      Optional<FamilyScope> scope, Optional<String> ownerOrganisation, PageRequest page);

  /**
   * Lists one trajectory's open tasks, soonest due first.
   *
   * @param trajectoryId the trajectory
   * @param ownerOrganisation only tasks owned by this partner organisation; empty for any owner
   * @param page the page
   * @return the page
   * @since 1.1
   */
  Page<Task> openOfTrajectory(
      UUID trajectoryId, Optional<String> ownerOrganisation, PageRequest page);
}
