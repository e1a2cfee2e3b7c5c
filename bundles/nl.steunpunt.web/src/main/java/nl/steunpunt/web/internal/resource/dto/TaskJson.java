package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskState;

/** A task as the REST API shows it. */
public record TaskJson(
    UUID id,
    UUID trajectoryId,
    String title,
    OwnerJson owner,
    String due,
    TaskState state,
    long version) {

  public static TaskJson of(Task task) {
    return new TaskJson(
        task.id(),
        task.trajectoryId(),
        task.title(),
        OwnerJson.of(task.owner()),
        task.due().toString(),
        task.state(),
        task.version());
  }
}
