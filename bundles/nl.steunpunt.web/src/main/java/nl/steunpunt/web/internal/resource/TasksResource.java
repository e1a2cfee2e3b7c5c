package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.util.Optional;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.http.Versions;
import nl.steunpunt.web.internal.resource.dto.PageJson;
import nl.steunpunt.web.internal.resource.dto.TaskJson;
import nl.steunpunt.web.internal.resource.dto.TaskOwnerRequest;
import nl.steunpunt.web.internal.resource.dto.TaskRequest;
import nl.steunpunt.web.internal.resource.dto.TaskStateRequest;

/**
 * Tasks: the open ones under {@code /api/v1/tasks}, a new one on a trajectory, a change of state or
 * of owner. The API cannot read a task by id, so a stale If-Match is recognised in the service's
 * answer (see {@link Versions#update}).
 */
final class TasksResource {

  static final String BASE = "/api/v1/tasks";

  private final TrajectoryService trajectories;

  TasksResource(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  /** The routes of the tasks servlet. */
  ApiRoutes routes() {
    return new ApiRoutes()
        .get(BASE, this::open)
        .put(BASE + "/{id}/state", this::changeState)
        .put(BASE + "/{id}/owner", this::reassign);
  }

  /** The routes on a trajectory, for the trajectories servlet. */
  ApiRoutes addTrajectoryRoutesTo(ApiRoutes router) {
    return router
        .get(TrajectoriesResource.BASE + "/{id}/tasks", this::ofTrajectory)
        .post(TrajectoriesResource.BASE + "/{id}/tasks", this::add);
  }

  private void ofTrajectory(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(
        PageJson.of(trajectories.tasks(exchange.actor(), exchange.id(), page), TaskJson::of));
  }

  private void open(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(PageJson.of(trajectories.openTasks(exchange.actor(), page), TaskJson::of));
  }

  private void add(Exchange exchange) throws IOException {
    NewTask task = exchange.body(TaskRequest.class).toNew();
    Task created;
    try {
      created = trajectories.addTask(exchange.actor(), exchange.id(), task);
    } catch (ValidationException e) {
      throw TaskRequest.inJsonTerms(e);
    }
    exchange.created(TaskJson.of(created), created.version(), Optional.empty());
  }

  private void reassign(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    TaskOwnerRequest request = exchange.body(TaskOwnerRequest.class);
    Task changed;
    try {
      changed =
          trajectories.reassignTask(exchange.actor(), exchange.id(), expected, request.toOwner());
    } catch (ValidationException e) {
      throw TaskRequest.inJsonTerms(e);
    }
    exchange.ok(TaskJson.of(changed), changed.version());
  }

  private void changeState(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    TaskStateRequest request = exchange.body(TaskStateRequest.class);
    Task changed =
        trajectories.changeTask(exchange.actor(), exchange.id(), expected, request.state());
    exchange.ok(TaskJson.of(changed), changed.version());
  }
}
