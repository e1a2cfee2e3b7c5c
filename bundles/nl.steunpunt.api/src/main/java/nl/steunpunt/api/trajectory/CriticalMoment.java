package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A critical moment in a family's trajectory: the death of a child abroad, which can set the
 * brothers and sisters at home on the same road. It stays visible on the family, and the rules make
 * sure the siblings get a risk review.
 *
 * @param trajectoryId the trajectory
 * @param eventSequence the event that marked it
 * @param memberId the member concerned
 * @param occurredAt when it happened
 * @since 0.1
 */
public record CriticalMoment(
    UUID trajectoryId, long eventSequence, UUID memberId, Instant occurredAt) {

  /** Creates the moment; every part is required. */
  public CriticalMoment {
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
