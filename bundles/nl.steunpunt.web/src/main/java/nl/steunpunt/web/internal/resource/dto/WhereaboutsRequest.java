package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.family.Whereabouts;

/** The body of {@code POST /members/{id}/whereabouts}. */
public record WhereaboutsRequest(Whereabouts whereabouts, String occurredAt) {

  /** When the change happened; null when not given (the service then says it is required). */
  public Instant occurredAtInstant() {
    List<FieldError> errors = new ArrayList<>();
    Instant instant = Dates.instant(occurredAt, "occurredAt", errors);
    Errors.throwIfAny(errors);
    return instant;
  }
}
