package nl.steunpunt.core.internal.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import nl.steunpunt.core.internal.access.Scope;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.store.FamilyScope;

/** The tasks of trajectories, for {@link CoreTrajectoryService}. */
final class TrajectoryTasks {

  private final Cases cases;
  private final Clock clock;

  TrajectoryTasks(Cases cases) {
    this.cases = cases;
    this.clock = cases.clock();
  }

  static final int MAX_TITLE = 200;

  Task add(Actor actor, UUID id, NewTask task) {
    Check check = new Check();
    if (!check.present(task, "body")) {
      check.done();
    }
    check.text(task.title(), "title", MAX_TITLE);
    owner(check, task.owner());
    if (check.present(task.due(), "due")) {
      LocalDate today = LocalDate.now(clock);
      check.that(!task.due().isAfter(today.plusYears(5)), "due", "at most five years ahead");
    }
    check.done();
    return cases.run(
        actor,
        g -> {
          UUID taskId = UUID.randomUUID();
          Permit permit = g.trajectory(Action.CREATE, DataCategory.TASKS, id, "task", taskId);
          Task created =
              new Task(
                  taskId, id, task.title().strip(), task.owner(), task.due(), TaskState.OPEN, 1);
          permit.store().tasks().insert(created);
          return created;
        });
  }

  Task change(Actor actor, UUID taskId, long expectedVersion, TaskState state) {
    Check check = new Check();
    check.present(state, "state");
    check.done();
    return cases.run(
        actor,
        g -> {
          Permitted<Task> allowed = updatable(g, actor, taskId);
          var s = allowed.permit().store();
          Task current = allowed.record();
          if (current.state() != TaskState.OPEN && state != current.state()) {
            throw new ConflictException(
                "A task that is " + current.state() + " cannot change again.");
          }
          Task changed = current.withState(state).withVersion(expectedVersion + 1);
          if (!s.tasks().update(changed, expectedVersion)) {
            throw ConflictException.stale("task", expectedVersion);
          }
          if (state == TaskState.DONE && current.state() != TaskState.DONE) {
            // The evaluation tells "done in time" by this day.
            s.tasks().doneOn(taskId, g.now().atZone(ReferralConsent.NETHERLANDS).toLocalDate());
          }
          return changed;
        });
  }

  /**
   * Gives an open task to another owner. The same rule as a change of state: whoever may update the
   * trajectory's tasks; with municipal support, only the municipality's own tasks.
   */
  Task reassign(Actor actor, UUID taskId, long expectedVersion, TaskOwner owner) {
    Check check = new Check();
    owner(check, owner);
    check.done();
    return cases.run(
        actor,
        g -> {
          Permitted<Task> allowed = updatable(g, actor, taskId);
          var s = allowed.permit().store();
          Task current = allowed.record();
          if (current.state() != TaskState.OPEN) {
            throw new ConflictException(
                "A task that is " + current.state() + " cannot be given to someone else.");
          }
          Task changed = current.withOwner(owner).withVersion(expectedVersion + 1);
          if (!s.tasks().update(changed, expectedVersion)) {
            throw ConflictException.stale("task", expectedVersion);
          }
          return changed;
        });
  }

  /**
   * The task, once the actor may update the tasks of its trajectory (audited); with municipal
   * support, only the municipality's own tasks: the municipality changes its own, not the centre's.
   */
  private static Permitted<Task> updatable(Gate g, Actor actor, UUID taskId) {
    Permitted<Task> allowed = g.task(Action.UPDATE, DataCategory.TASKS, taskId);
    Permit permit = allowed.permit();
    if (municipalSupport(permit) && !ownedBy(allowed.record(), actor.organisation().id())) {
      throw g.refuse(Action.UPDATE, DataCategory.TASKS, "task", taskId, permit.family().id());
    }
    return allowed;
  }

  /** The owner is required: a login name, or an organisation id such as GM0363. */
  private static void owner(Check check, TaskOwner owner) {
    if (check.present(owner, "owner")) {
      if (owner instanceof TaskOwner.Staff staff) {
        check.text(staff.user(), "owner.user", 64);
      } else if (owner instanceof TaskOwner.Partner partner) {
        check.that(
            CoreTrajectoryService.isOrganisation(partner.organisation()),
            "owner.organisation",
            "is not an organisation id such as GM0363");
      }
    }
  }

  Page<Task> open(Actor actor, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          Scope allowed = g.scope(Action.SEARCH, DataCategory.TASKS, "task", "open");
          Optional<FamilyScope> scope = allowed.limit();
          // An officer sees the municipality's own tasks in its families, not the centre's.
          Optional<String> owner =
              scope.isPresent()
                      && scope.get().teamMember().isEmpty()
                      && scope.get().referralOrganisation().isEmpty()
                      && actor.organisation().isMunicipality()
                  ? Optional.of(actor.organisation().id())
                  : Optional.empty();
          return allowed.openTasks(owner, page);
        });
  }

  /**
   * One trajectory's open tasks, soonest due first: decided and audited as a read of its tasks.
   * With municipal support, only the municipality's own, as for a change of state.
   */
  Page<Task> ofTrajectory(Actor actor, UUID trajectoryId, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          Permit permit =
              g.trajectory(Action.READ, DataCategory.TASKS, trajectoryId, "task", trajectoryId);
          Optional<String> owner =
              municipalSupport(permit) ? Optional.of(actor.organisation().id()) : Optional.empty();
          return permit.openTasks(owner, page);
        });
  }

  /** Allowed for municipal support: the municipality works on its own tasks, not the centre's. */
  private static boolean municipalSupport(Permit permit) {
    return permit.decision().purpose() == Purpose.MUNICIPAL_SUPPORT;
  }

  private static boolean ownedBy(Task task, String organisation) {
    return task.owner() instanceof TaskOwner.Partner partner
        && partner.organisation().equals(organisation);
  }
}
