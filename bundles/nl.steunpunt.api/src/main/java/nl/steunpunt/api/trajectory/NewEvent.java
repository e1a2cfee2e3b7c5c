package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An event to record. Phase and whereabouts changes are recorded by the services that make those
 * changes, not through this record.
 *
 * @param memberId the member concerned, if any; must belong to the trajectory's family
 * @param occurredAt when it happened; not in the future
 * @param corrects the sequence of an event of the same trajectory that this one corrects
 * @param detail what happened
 * @since 0.1
 */
public record NewEvent(
    Optional<UUID> memberId, Instant occurredAt, OptionalLong corrects, EventDetail detail) {}
