package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.NewReferral;

/**
 * The body of {@code POST /trajectories/{id}/referrals}. The consent and its parts are required
 * here; the service checks the member, the organisation and who may consent.
 */
public record ReferralRequest(UUID memberId, String organisation, ConsentJson consent) {

  /**
   * The referral to make.
   *
   * @throws nl.steunpunt.api.common.ValidationException naming each missing or malformed part of
   *     the consent
   */
  public NewReferral toNew() {
    List<FieldError> errors = new ArrayList<>();
    Required.check(consent, "consent", errors);
    Consent given = consent == null ? null : consent.toConsent(errors);
    Errors.throwIfAny(errors);
    return new NewReferral(memberId, organisation, given);
  }
}
