package nl.steunpunt.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where event delivery to a partner stands.
 *
 * @param partnerId the partner
 * @param lastSequence the last event sequence delivered to it or passed over as out of its scope
 * @param failures the failed deliveries in a row since the last success
 * @param lastError what the last failure said, without event data
 * @param nextAttempt not before when to try again after a failure
 * @param leaseOwner the node that delivers to the partner, while its lease lasts
 * @param leaseUntil until when that node's lease lasts
 * @param updatedAt when the row last changed
 */
public record PartnerCursor(
    String partnerId,
    long lastSequence,
    int failures,
    Optional<String> lastError,
    Optional<Instant> nextAttempt,
    Optional<String> leaseOwner,
    Optional<Instant> leaseUntil,
    Instant updatedAt) {

  /** Every part is required (the optional ones as empty). */
  public PartnerCursor {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextAttempt, "nextAttempt");
    Objects.requireNonNull(leaseOwner, "leaseOwner");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
