package nl.steunpunt.web.internal.resource.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;

/**
 * An event as the REST API shows it. {@code memberId} and {@code corrects} are always present (null
 * when not set); {@code from}, {@code to} and {@code reason} only for the types that have them.
 */
public record EventJson(
    long sequence,
    UUID trajectoryId,
    UUID memberId,
    String occurredAt,
    String recordedAt,
    String recordedBy,
    Long corrects,
    EventType type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String from,
    @JsonInclude(JsonInclude.Include.NON_NULL) String to,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

  public static EventJson of(Event event) {
    String from = null;
    String to = null;
    String reason = null;
    if (event.detail() instanceof EventDetail.PhaseChange change) {
      from = change.from().name();
      to = change.to().name();
      reason = change.reason().orElse(null);
    } else if (event.detail() instanceof EventDetail.WhereaboutsChange change) {
      from = change.from().name();
      to = change.to().name();
    }
    return new EventJson(
        event.sequence(),
        event.trajectoryId(),
        event.memberId().orElse(null),
        Dates.format(event.occurredAt()),
        Dates.format(event.recordedAt()),
        event.recordedBy(),
        event.corrects().isPresent() ? event.corrects().getAsLong() : null,
        EventType.of(event.detail()),
        from,
        to,
        reason);
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "EventJson[sequence=" + sequence + ", type=" + type + "]";
  }
}
