package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.trajectory.Referral;

/**
 * A referral as the REST API shows it; {@code closedAt} is null while it is open, {@code consent}
 * null for a referral made before consent was recorded.
 */
public record ReferralJson(
    UUID id,
    UUID trajectoryId,
    UUID memberId,
    String organisation,
    ConsentJson consent,
    String openedAt,
    String closedAt) {

  public static ReferralJson of(Referral referral) {
    return new ReferralJson(
        referral.id(),
        referral.trajectoryId(),
        referral.memberId(),
        referral.organisation(),
        referral.consent().map(ConsentJson::of).orElse(null),
        Dates.format(referral.openedAt()),
        referral.closedAt().map(Dates::format).orElse(null));
  }
}
