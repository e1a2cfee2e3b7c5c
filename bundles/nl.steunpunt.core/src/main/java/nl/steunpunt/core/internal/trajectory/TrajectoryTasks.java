package nl.steunpunt.core.internal.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.core.internal.access.AuthorizationPoint;
import nl.steunpunt.core.internal.access.AuthorizationPoint.Action;
import nl.steunpunt.core.internal.access.AuthorizationPoint.Category;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.store.jdbc.Store;

/** The tasks of trajectories, for {@link CoreTrajectoryService}. */
final class TrajectoryTasks {

  private final Store store;
  private final AuthorizationPoint authorization;
  private final Clock clock;

  TrajectoryTasks(Store store, AuthorizationPoint authorization, Clock clock) {
    this.store = store;
    this.authorization = authorization;
    this.clock = clock;
  }

  static final int MAX_TITLE = 200;

  Task add(Actor actor, UUID id, NewTask task) {
    authorization.require(actor, Action.CREATE, Category.TASKS);
    Check check = new Check();
    if (!check.present(task, "body")) {
      check.done();
    }
    check.text(task.title(), "title", MAX_TITLE);
    if (check.present(task.owner(), "owner")) {
      if (task.owner() instanceof TaskOwner.Staff staff) {
        check.text(staff.user(), "owner.user", 64);
      } else if (task.owner() instanceof TaskOwner.Partner partner) {
        check.that(
            CoreTrajectoryService.isOrganisation(partner.organisation()),
            "owner.organisation",
            "is not an organisation id such as GM0363");
      }
    }
    if (check.present(task.due(), "due")) {
      LocalDate today = LocalDate.now(clock);
      check.that(!task.due().isAfter(today.plusYears(5)), "due", "at most five years ahead");
    }
    check.done();
    return store.write(
        s -> {
          CoreTrajectoryService.trajectory(s, id);
          Task created =
              new Task(
                  UUID.randomUUID(),
                  id,
                  task.title().strip(),
                  task.owner(),
                  task.due(),
                  TaskState.OPEN,
                  1);
          s.tasks().insert(created);
          return created;
        });
  }

  Task change(Actor actor, UUID taskId, long expectedVersion, TaskState state) {
    authorization.require(actor, Action.UPDATE, Category.TASKS);
    Check check = new Check();
    check.present(state, "state");
    check.done();
    return store.write(
        s -> {
          Task current =
              s.tasks().find(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
          if (current.state() != TaskState.OPEN && state != current.state()) {
            throw new ConflictException(
                "A task that is " + current.state() + " cannot change again.");
          }
          Task changed =
              new Task(
                  taskId,
                  current.trajectoryId(),
                  current.title(),
                  current.owner(),
                  current.due(),
                  state,
                  expectedVersion + 1);
          if (!s.tasks().update(changed, expectedVersion)) {
            throw ConflictException.stale("task", expectedVersion);
          }
          return changed;
        });
  }

  Page<Task> open(Actor actor, PageRequest page) {
    authorization.require(actor, Action.SEARCH, Category.TASKS);
    return store.read(s -> s.tasks().open(page));
  }
}
