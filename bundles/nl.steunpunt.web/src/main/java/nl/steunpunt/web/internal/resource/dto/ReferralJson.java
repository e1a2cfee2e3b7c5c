package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.trajectory.Referral;

/** A referral as the REST API shows it; {@code closedAt} is null while it is open. */
public record ReferralJson(
    UUID id,
    UUID trajectoryId,
    UUID memberId,
    String organisation,
    String openedAt,
    String closedAt) {

  public static ReferralJson of(Referral referral) {
    return new ReferralJson(
        referral.id(),
        referral.trajectoryId(),
        referral.memberId(),
        referral.organisation(),
        Dates.format(referral.openedAt()),
        referral.closedAt().map(Dates::format).orElse(null));
  }
}
