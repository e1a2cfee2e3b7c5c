package nl.steunpunt.api.partner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a partner sees of an event on a trajectory's timeline: what kind of thing happened, to which
 * family and member, and when. Never who recorded it and never free text (a reason given with a
 * phase change stays in the centre).
 *
 * @param sequence the event's place in the platform-wide sequence; increasing, with gaps (a partner
 *     sees only the events it may see, and the sequence itself may skip numbers). A partner that
 *     keeps the highest sequence it handled can recognise a redelivered event by it.
 * @param trajectoryId the trajectory
 * @param familyId the family of the trajectory
 * @param type the event type name: one of {@code DEPARTURE_RISK}, {@code DEPARTURE}, {@code
 *     RETURN_EXPECTED}, {@code RETURN}, {@code DETENTION}, {@code PROSECUTION}, {@code
 *     DEATH_ABROAD}, {@code CONTACT_FROM_ABROAD}, {@code SIBLING_CONCERN}, {@code SESSION_HELD},
 *     {@code PHASE_CHANGE}, {@code WHEREABOUTS_CHANGE}; later versions may add names, so a partner
 *     must ignore names it does not know
 * @param memberId the member concerned, if any
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded
 * @since 0.1
 */
public record PartnerEvent(
    long sequence,
    UUID trajectoryId,
    UUID familyId,
    String type,
    Optional<UUID> memberId,
    Instant occurredAt,
    Instant recordedAt) {

  /** Creates an event as a partner sees it; every part is required. */
  public PartnerEvent {
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
