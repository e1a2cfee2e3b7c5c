package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;

/** The body of {@code POST /trajectories/{id}/events}; memberId and corrects are optional. */
public record EventRequest(EventType type, UUID memberId, String occurredAt, Long corrects) {

  /**
   * The event to record.
   *
   * @throws nl.steunpunt.api.common.ValidationException when the type cannot be recorded here or
   *     the time is malformed
   */
  public NewEvent toNew() {
    List<FieldError> errors = new ArrayList<>();
    EventDetail detail = null;
    if (type != null) {
      detail = type.recordable().orElse(null);
      if (detail == null) {
        errors.add(
            new FieldError(
                "type",
                "phase and whereabouts changes are recorded by changing the phase or the"
                    + " whereabouts"));
      }
    }
    Instant at = Dates.instant(occurredAt, "occurredAt", errors);
    Errors.throwIfAny(errors);
    return new NewEvent(
        Optional.ofNullable(memberId),
        at,
        corrects == null ? OptionalLong.empty() : OptionalLong.of(corrects),
        detail);
  }
}
