package nl.steunpunt.core.internal.partner;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.store.jdbc.FamilyEvent;

/**
 * Which events a partner may see, by its grant. Default deny: a grant without the timeline sees
 * nothing, and a kind without a rule sees nothing.
 *
 * <ul>
 *   <li>MUNICIPALITY: events of families living in one of the grant's municipalities whose
 *       trajectory is <em>currently</em> in SUPPORT or AFTERCARE, like the municipality officer's
 *       relationship in the access policy. "Currently" is the trajectory's phase when the event is
 *       delivered, not when it happened: a municipality that joins in SUPPORT then receives the
 *       family's earlier events still after its cursor, and one that left receives no more.
 *   <li>THERAPY: events about a member with an open referral to the grant's organisation.
 *   <li>POLICE: none; the police receive security reports, not the timeline.
 *   <li>OTHER: all events.
 * </ul>
 */
@FunctionalInterface
public interface EventScope {

  /** The phases in which a municipality takes part in a trajectory. */
  Set<Phase> MUNICIPAL_PHASES = Set.of(Phase.SUPPORT, Phase.AFTERCARE);

  /** What the scope looks up when it needs it, inside the delivery's read transaction. */
  interface Facts {
    /** The members of a family with an open referral to an organisation. */
    Set<UUID> openReferrals(UUID familyId, String organisation);

    /** The trajectory's phase now; empty when it no longer exists. */
    Optional<Phase> currentPhase(UUID trajectoryId);
  }

  boolean allows(FamilyEvent event, Facts facts);

  static EventScope of(PartnerGrant grant) {
    if (!grant.timeline()) {
      return (e, f) -> false;
    }
    return switch (grant.kind()) {
      case MUNICIPALITY ->
          (e, f) ->
              grant.municipalities().contains(e.municipality())
                  && f.currentPhase(e.event().trajectoryId())
                      .filter(MUNICIPAL_PHASES::contains)
                      .isPresent();
      case THERAPY ->
          (e, f) ->
              grant.organisation().isPresent()
                  && e.event().memberId().isPresent()
                  && f.openReferrals(e.familyId(), grant.organisation().get())
                      .contains(e.event().memberId().get());
      case POLICE -> (e, f) -> false;
      case OTHER -> (e, f) -> true;
    };
  }
}
