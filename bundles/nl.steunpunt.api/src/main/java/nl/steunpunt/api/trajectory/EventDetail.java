package nl.steunpunt.api.trajectory;

import java.util.Optional;
import nl.steunpunt.api.family.Whereabouts;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What happened: the closed set of event types on a trajectory's timeline.
 *
 * <p>Sealed, so only the platform implements it ({@code @ProviderType}): a method added to it is a
 * minor change. A new variant is a minor change too, so a partner that tells the variants apart
 * must also handle one it does not know (a {@code default} branch).
 *
 * @since 0.1
 */
@ProviderType
public sealed interface EventDetail {

  /** Signs that a member may leave for the conflict zone. */
  record DepartureRisk() implements EventDetail {}

  /** A member left for the conflict zone. */
  record Departure() implements EventDetail {}

  /** A member abroad is expected to return. */
  record ReturnExpected() implements EventDetail {}

  /** A member returned from the conflict zone. */
  record Return() implements EventDetail {}

  /** A member was detained. */
  record Detention() implements EventDetail {}

  /** A member is being prosecuted (possibly in absence). */
  record Prosecution() implements EventDetail {}

  /** A member died abroad: a critical moment for the family left behind. */
  record DeathAbroad() implements EventDetail {}

  /** A member abroad made contact with someone in the family. */
  record ContactFromAbroad() implements EventDetail {}

  /** Concern about a sibling. */
  record SiblingConcern() implements EventDetail {}

  /** A counselling or therapy session was held. */
  record SessionHeld() implements EventDetail {}

  /**
   * The trajectory moved to another phase.
   *
   * @param from the phase before
   * @param to the phase after
   * @param reason why; required when reopening, otherwise optional
   */
  record PhaseChange(Phase from, Phase to, Optional<String> reason) implements EventDetail {}

  /**
   * A member's whereabouts changed.
   *
   * @param from the whereabouts before
   * @param to the whereabouts after
   */
  record WhereaboutsChange(Whereabouts from, Whereabouts to) implements EventDetail {}
}
