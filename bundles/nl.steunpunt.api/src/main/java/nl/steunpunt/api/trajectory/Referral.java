package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A member referred to a therapy provider. While it is open, that provider's therapists may see the
 * member and write therapy notes on the trajectory.
 *
 * @param id the id
 * @param trajectoryId the trajectory
 * @param memberId the member referred
 * @param organisation the therapy provider's organisation id
 * @param consent the consent it was made with; empty only for referrals made before the platform
 *     recorded consent, every new referral has it
 * @param openedAt when the referral was made
 * @param closedAt when it ended, if it did
 * @since 0.1
 */
public record Referral(
    UUID id,
    UUID trajectoryId,
    UUID memberId,
    String organisation,
    Optional<Consent> consent,
    Instant openedAt,
    Optional<Instant> closedAt) {

  /** Creates a referral; every part is required. */
  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /** Tells whether the referral is still open. */
  public boolean open() {
    return closedAt.isEmpty();
  }

  /**
   * Returns a copy of this referral with another closedAt; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new referral.
   *
   * @param closedAt when the referral ended, if it did
   * @return the copy
   * @since 2.0
   */
  public Referral withClosedAt(Optional<Instant> closedAt) {
    return new Referral(id, trajectoryId, memberId, organisation, consent, openedAt, closedAt);
  }
}
