package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An immutable fact on a trajectory's timeline. Events are never edited or deleted: a correction is
 * a new event whose {@code corrects} names the event it corrects.
 *
 * @param sequence the event's place in the platform-wide, gap-tolerant, increasing sequence
 * @param trajectoryId the trajectory
 * @param memberId the member concerned, if any
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded
 * @param recordedBy the login name of who recorded it
 * @param corrects the sequence of the event this one corrects, if any
 * @param detail what happened
 * @since 0.1
 */
public record Event(
    long sequence,
    UUID trajectoryId,
    Optional<UUID> memberId,
    Instant occurredAt,
    Instant recordedAt,
    String recordedBy,
    OptionalLong corrects,
    EventDetail detail) {

  /** Creates an event; every part is required. */
  public Event {
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(corrects, "corrects");
    Objects.requireNonNull(detail, "detail");
  }
}
