package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.common.FieldError;

/**
 * The body of {@code POST /reports/{id}/report}: the legal basis is required; {@code reportedAt}
 * only tells when the family reported itself.
 */
public record DisclosureRequest(String legalBasis, String reportedAt) {

  /**
   * Checks the parts.
   *
   * @return this request
   * @throws nl.steunpunt.api.common.ValidationException naming each missing or malformed part
   */
  public DisclosureRequest require() {
    List<FieldError> errors = new ArrayList<>();
    Required.check(legalBasis, "legalBasis", errors);
    Dates.instant(reportedAt, "reportedAt", errors);
    Errors.throwIfAny(errors);
    return this;
  }

  /** When the family reported, if told. */
  public Optional<Instant> optionalReportedAt() {
    List<FieldError> errors = new ArrayList<>();
    Instant at = Dates.instant(reportedAt, "reportedAt", errors);
    Errors.throwIfAny(errors);
    return Optional.ofNullable(at);
  }
}
