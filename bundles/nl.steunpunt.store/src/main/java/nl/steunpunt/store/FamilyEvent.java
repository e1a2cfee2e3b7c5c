package nl.steunpunt.store;

import java.util.Objects;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Event;

/**
 * An event with what delivery to partners needs to decide who may see it: its type name, the
 * trajectory's family and the family's municipality.
 *
 * @param event the event
 * @param type its type name as stored (e.g. {@code DEATH_ABROAD})
 * @param familyId the family of the event's trajectory
 * @param municipality the family's municipality (CBS code) today
 */
public record FamilyEvent(Event event, String type, UUID familyId, String municipality) {

  /** Every part is required. */
  public FamilyEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(municipality, "municipality");
  }

  /** The event's sequence. */
  public long sequence() {
    return event.sequence();
  }
}
