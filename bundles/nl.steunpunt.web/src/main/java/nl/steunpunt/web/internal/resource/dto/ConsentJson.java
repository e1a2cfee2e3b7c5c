package nl.steunpunt.web.internal.resource.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;

/**
 * The consent of a referral, in a request and in an answer: {@code parentIds} is empty when the
 * member consented.
 */
public record ConsentJson(ConsentBy by, List<UUID> parentIds, String givenOn, ConsentForm form) {

  static ConsentJson of(Consent consent) {
    return new ConsentJson(
        consent.by(), consent.parentIds(), consent.givenOn().toString(), consent.form());
  }

  /**
   * The consent, with the parts this JSON must have; the service checks the rules (who may consent,
   * not in the future). Errors are added under {@code consent.}; null when there are any.
   */
  Consent toConsent(List<FieldError> errors) {
    int before = errors.size();
    Required.check(by, "consent.by", errors);
    Required.check(givenOn, "consent.givenOn", errors);
    LocalDate day = Dates.date(givenOn, "consent.givenOn", errors);
    Required.check(form, "consent.form", errors);
    if (parentIds != null && parentIds.stream().anyMatch(Objects::isNull)) {
      errors.add(new FieldError("consent.parentIds", "must not contain null"));
    }
    if (errors.size() > before) {
      return null;
    }
    return new Consent(by, parentIds == null ? List.of() : parentIds, day, form);
  }
}
