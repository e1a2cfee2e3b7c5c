package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.TaskOwner;

/** The body of {@code PUT /tasks/{id}/owner}: who the task is for from now on. */
public record TaskOwnerRequest(OwnerJson owner) {

  /** The new owner; a missing part is a field error, a missing owner is left to the service. */
  public TaskOwner toOwner() {
    List<FieldError> errors = new ArrayList<>();
    TaskOwner taskOwner = owner == null ? null : owner.toOwner(errors);
    Errors.throwIfAny(errors);
    return taskOwner;
  }
}
