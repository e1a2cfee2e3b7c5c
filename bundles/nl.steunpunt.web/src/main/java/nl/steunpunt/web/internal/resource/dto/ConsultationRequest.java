package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.Reporter;

/**
 * The body of {@code POST /reports/{id}/consultation}. Every part is required and checked here; the
 * service checks the rest (not in the future, the consulted are parents or guardians).
 */
public record ConsultationRequest(
    String consultedAt, List<UUID> consulted, Reporter reporter, Recipient recipient) {

  /**
   * The consultation to record.
   *
   * @throws nl.steunpunt.api.common.ValidationException naming each missing or malformed part
   */
  public NewConsultation toNew() {
    List<FieldError> errors = new ArrayList<>();
    Required.check(consultedAt, "consultedAt", errors);
    Instant at = Dates.instant(consultedAt, "consultedAt", errors);
    Required.check(consulted, "consulted", errors);
    if (consulted != null && consulted.stream().anyMatch(Objects::isNull)) {
      errors.add(new FieldError("consulted", "must not contain null"));
    }
    Required.check(reporter, "reporter", errors);
    Required.check(recipient, "recipient", errors);
    Errors.throwIfAny(errors);
    return new NewConsultation(at, List.copyOf(consulted), reporter, recipient);
  }
}
