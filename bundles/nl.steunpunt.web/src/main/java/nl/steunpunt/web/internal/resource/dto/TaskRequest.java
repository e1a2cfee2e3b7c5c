package nl.steunpunt.web.internal.resource.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.TaskOwner;

/** The body of {@code POST /trajectories/{id}/tasks}. */
public record TaskRequest(String title, OwnerJson owner, String due) {

  /** The task to create; missing parts are left to the service, which names them. */
  public NewTask toNew() {
    List<FieldError> errors = new ArrayList<>();
    TaskOwner taskOwner = owner == null ? null : owner.toOwner(errors);
    LocalDate dueDate = Dates.date(due, "due", errors);
    Errors.throwIfAny(errors);
    return new NewTask(title, taskOwner, dueDate);
  }

  /**
   * Renames the service's field errors of the owner ({@code owner.user}, {@code
   * owner.organisation}) to the field of this JSON, {@code owner.name}.
   */
  public static ValidationException inJsonTerms(ValidationException e) {
    return new ValidationException(
        e.errors().stream()
            .map(
                f ->
                    f.field().equals("owner.user") || f.field().equals("owner.organisation")
                        ? new FieldError("owner.name", f.message())
                        : f)
            .toList());
  }
}
