package nl.steunpunt.web.internal.resource.dto;

import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.trajectory.EventDetail;

/**
 * The event types as JSON names them. All but the last two can be recorded through the timeline;
 * phase and whereabouts changes are recorded by the resources that make them.
 */
public enum EventType {
  DEPARTURE_RISK,
  DEPARTURE,
  RETURN_EXPECTED,
  RETURN,
  DETENTION,
  PROSECUTION,
  DEATH_ABROAD,
  CONTACT_FROM_ABROAD,
  SIBLING_CONCERN,
  SESSION_HELD,
  PHASE_CHANGE,
  WHEREABOUTS_CHANGE;

  /** The type of an event of the API. */
  public static EventType of(EventDetail detail) {
    // Java 17 has no pattern switch; every detail type of the sealed interface is listed here.
    EventType type = BY_DETAIL.get(detail.getClass());
    if (type == null) {
      throw new IllegalArgumentException("Unknown event detail " + detail.getClass().getName());
    }
    return type;
  }

  private static final Map<Class<?>, EventType> BY_DETAIL =
      Map.ofEntries(
          Map.entry(EventDetail.DepartureRisk.class, DEPARTURE_RISK),
          Map.entry(EventDetail.Departure.class, DEPARTURE),
          Map.entry(EventDetail.ReturnExpected.class, RETURN_EXPECTED),
          Map.entry(EventDetail.Return.class, RETURN),
          Map.entry(EventDetail.Detention.class, DETENTION),
          Map.entry(EventDetail.Prosecution.class, PROSECUTION),
          Map.entry(EventDetail.DeathAbroad.class, DEATH_ABROAD),
          Map.entry(EventDetail.ContactFromAbroad.class, CONTACT_FROM_ABROAD),
          Map.entry(EventDetail.SiblingConcern.class, SIBLING_CONCERN),
          Map.entry(EventDetail.SessionHeld.class, SESSION_HELD),
          Map.entry(EventDetail.PhaseChange.class, PHASE_CHANGE),
          Map.entry(EventDetail.WhereaboutsChange.class, WHEREABOUTS_CHANGE));

  /** The detail of a recordable type; empty for the types that only other resources record. */
  public Optional<EventDetail> recordable() {
    return Optional.ofNullable(
        switch (this) {
          case DEPARTURE_RISK -> new EventDetail.DepartureRisk();
          case DEPARTURE -> new EventDetail.Departure();
          case RETURN_EXPECTED -> new EventDetail.ReturnExpected();
          case RETURN -> new EventDetail.Return();
          case DETENTION -> new EventDetail.Detention();
          case PROSECUTION -> new EventDetail.Prosecution();
          case DEATH_ABROAD -> new EventDetail.DeathAbroad();
          case CONTACT_FROM_ABROAD -> new EventDetail.ContactFromAbroad();
          case SIBLING_CONCERN -> new EventDetail.SiblingConcern();
          case SESSION_HELD -> new EventDetail.SessionHeld();
          case PHASE_CHANGE, WHEREABOUTS_CHANGE -> null;
        });
  }
}
