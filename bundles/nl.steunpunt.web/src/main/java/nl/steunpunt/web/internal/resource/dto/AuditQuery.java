package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.FieldError;

/**
 * The query parameters of {@code GET /audit}: {@code family} and {@code member} (UUIDs), {@code
 * user}, and {@code from} and {@code to} (ISO-8601 instants), each optional.
 */
public record AuditQuery(
    Optional<String> family,
    Optional<String> member,
    Optional<String> user,
    Optional<String> from,
    Optional<String> to) {

  /**
   * The search of the API.
   *
   * @throws nl.steunpunt.api.common.ValidationException naming each parameter that is malformed,
   *     and {@code to} when it is not after {@code from}
   */
  public AuditSearch toSearch() {
    List<FieldError> errors = new ArrayList<>();
    Optional<UUID> familyId = family.map(f -> Ids.uuid(f, "family", errors));
    Optional<UUID> memberId = member.map(m -> Ids.uuid(m, "member", errors));
    Optional<Instant> fromInstant = from.map(f -> Dates.instant(f, "from", errors));
    Optional<Instant> toInstant = to.map(t -> Dates.instant(t, "to", errors));
    if (fromInstant.isPresent()
        && toInstant.isPresent()
        && !toInstant.get().isAfter(fromInstant.get())) {
      errors.add(new FieldError("to", "must be after from"));
    }
    Errors.throwIfAny(errors);
    return new AuditSearch(familyId, memberId, user, fromInstant, toInstant);
  }
}
