package nl.steunpunt.core.internal.partner;

import java.util.Set;
import java.util.UUID;
import nl.steunpunt.store.jdbc.FamilyEvent;

/**
 * Which events a partner may see, by its grant. Default deny: a kind without a rule sees nothing.
 *
 * <ul>
 *   <li>MUNICIPALITY: events of families living in one of the grant's municipalities.
 *   <li>THERAPY: events about a member with an open referral to the grant's organisation.
 *   <li>POLICE: none; the police receive security reports, not the timeline.
 *   <li>OTHER: all events only when the grant includes the timeline, otherwise none.
 * </ul>
 */
@FunctionalInterface
public interface EventScope {

  /** The members of a family with an open referral to an organisation, looked up when needed. */
  @FunctionalInterface
  interface OpenReferrals {
    Set<UUID> members(UUID familyId, String organisation);
  }

  boolean allows(FamilyEvent event, OpenReferrals referrals);

  static EventScope of(PartnerGrant grant) {
    return switch (grant.kind()) {
      case MUNICIPALITY -> (e, r) -> grant.municipalities().contains(e.municipality());
      case THERAPY ->
          (e, r) ->
              grant.organisation().isPresent()
                  && e.event().memberId().isPresent()
                  && r.members(e.familyId(), grant.organisation().get())
                      .contains(e.event().memberId().get());
      case POLICE -> (e, r) -> false;
      case OTHER -> (e, r) -> grant.timeline();
    };
  }
}
