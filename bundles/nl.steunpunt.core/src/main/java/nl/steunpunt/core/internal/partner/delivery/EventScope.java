package nl.steunpunt.core.internal.partner.delivery;

import java.util.Set;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.store.FamilyEvent;

/**
 * Which events a partner's listener receives: the access policy's decision for a partner acting as
 * itself ({@link AccessPolicy#disclosesEvent}), fixed to one grant.
 */
@FunctionalInterface
public interface EventScope {

  /** The phases in which a municipality takes part in a trajectory. */
  Set<Phase> MUNICIPAL_PHASES = Set.of(Phase.SUPPORT, Phase.AFTERCARE);

  /** What the scope looks up when it needs it, inside the delivery's read transaction. */
  interface Facts extends AccessPolicy.EventFacts {}

  boolean allows(FamilyEvent event, Facts facts);

  static EventScope of(PartnerGrant grant) {
    var reach = grant.reach();
    return (event, facts) -> AccessPolicy.disclosesEvent(reach, grant.timeline(), event, facts);
  }
}
