package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.TaskOwner;

/**
 * Who a task is for: {@code {kind: STAFF, name: <login>}} or {@code {kind: PARTNER, name: GM0363}}.
 */
public record OwnerJson(Kind kind, String name) {

  /** The kinds of owner. */
  public enum Kind {
    STAFF,
    PARTNER
  }

  public static OwnerJson of(TaskOwner owner) {
    if (owner instanceof TaskOwner.Staff staff) {
      return new OwnerJson(Kind.STAFF, staff.user());
    }
    return new OwnerJson(Kind.PARTNER, ((TaskOwner.Partner) owner).organisation());
  }

  /** The owner of the API, or null (with errors) when a part is missing. */
  TaskOwner toOwner(List<FieldError> errors) {
    if (kind == null) {
      errors.add(new FieldError("owner.kind", "is required"));
    }
    if (name == null) {
      errors.add(new FieldError("owner.name", "is required"));
    }
    if (kind == null || name == null) {
      return null;
    }
    return kind == Kind.STAFF ? new TaskOwner.Staff(name) : new TaskOwner.Partner(name);
  }
}
