package nl.steunpunt.store.jdbc.internal;

import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;

/**
 * The mapping between the sealed event types and the columns of table {@code event}: a type name,
 * and the few columns that some types fill.
 */
final class EventRows {

  /** The columns an event type fills besides the common ones. */
  record Columns(
      String type,
      Phase phaseFrom,
      Phase phaseTo,
      String reason,
      Whereabouts whereaboutsFrom,
      Whereabouts whereaboutsTo) {}

  private EventRows() {}

  /** The type names of the events without columns of their own, by record class. */
  private static final Map<Class<? extends EventDetail>, String> SIMPLE =
      Map.of(
          EventDetail.DepartureRisk.class, "DEPARTURE_RISK",
          EventDetail.Departure.class, "DEPARTURE",
          EventDetail.ReturnExpected.class, "RETURN_EXPECTED",
          EventDetail.Return.class, "RETURN",
          EventDetail.Detention.class, "DETENTION",
          EventDetail.Prosecution.class, "PROSECUTION",
          EventDetail.DeathAbroad.class, "DEATH_ABROAD",
          EventDetail.ContactFromAbroad.class, "CONTACT_FROM_ABROAD",
          EventDetail.SiblingConcern.class, "SIBLING_CONCERN",
          EventDetail.SessionHeld.class, "SESSION_HELD");

  static Columns columns(EventDetail detail) {
    if (detail instanceof EventDetail.PhaseChange p) {
      return new Columns("PHASE_CHANGE", p.from(), p.to(), p.reason().orElse(null), null, null);
    }
    if (detail instanceof EventDetail.WhereaboutsChange w) {
      return new Columns("WHEREABOUTS_CHANGE", null, null, null, w.from(), w.to());
    }
    String type = SIMPLE.get(detail.getClass());
    if (type == null) {
      throw new IllegalArgumentException("unknown event type " + detail.getClass().getSimpleName());
    }
    return new Columns(type, null, null, null, null, null);
  }

  static EventDetail detail(Columns columns) {
    return switch (columns.type()) {
      case "DEPARTURE_RISK" -> new EventDetail.DepartureRisk();
      case "DEPARTURE" -> new EventDetail.Departure();
      case "RETURN_EXPECTED" -> new EventDetail.ReturnExpected();
      case "RETURN" -> new EventDetail.Return();
      case "DETENTION" -> new EventDetail.Detention();
      case "PROSECUTION" -> new EventDetail.Prosecution();
      case "DEATH_ABROAD" -> new EventDetail.DeathAbroad();
      case "CONTACT_FROM_ABROAD" -> new EventDetail.ContactFromAbroad();
      case "SIBLING_CONCERN" -> new EventDetail.SiblingConcern();
      case "SESSION_HELD" -> new EventDetail.SessionHeld();
      case "PHASE_CHANGE" ->
          new EventDetail.PhaseChange(
              columns.phaseFrom(), columns.phaseTo(), Optional.ofNullable(columns.reason()));
      case "WHEREABOUTS_CHANGE" ->
          new EventDetail.WhereaboutsChange(columns.whereaboutsFrom(), columns.whereaboutsTo());
      default -> throw new IllegalStateException("unknown event type in the store");
    };
  }
}
