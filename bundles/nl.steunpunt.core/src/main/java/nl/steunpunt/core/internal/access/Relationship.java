package nl.steunpunt.core.internal.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Role;

/**
 * What ties an actor to one family, for the grants that reach only {@link Grant#RELATED} records.
 *
 * @param onTeam the actor is on the trajectory's team
 * @param municipal the actor is an officer of the family's municipality while the trajectory is in
 *     SUPPORT or AFTERCARE
 * @param referredMembers the members with an open referral to the actor's therapy organisation
 * @param breakGlass the actor's open break-glass on the family, if any
 */
public record Relationship(
    boolean onTeam, boolean municipal, Set<UUID> referredMembers, Optional<UUID> breakGlass) {

  /** No tie at all. */
  public static final Relationship NONE =
      new Relationship(false, false, Set.of(), Optional.empty());

  /** Creates the relationship. */
  public Relationship {
    referredMembers = Set.copyOf(referredMembers);
  }

  /**
   * Tells whether the relationship gives a role its related grant, without break-glass.
   *
   * @param member the member the access is about, if it is about one
   */
  boolean holdsFor(Role role, Optional<UUID> member) {
    switch (role) {
      case COUNSELLOR:
      case TEAM_LEAD:
        return onTeam;
      case MUNICIPALITY_OFFICER:
        return municipal;
      case THERAPIST:
        return member.map(referredMembers::contains).orElse(!referredMembers.isEmpty());
      default:
        // The police liaison's relationship is a report addressed to the police.
        return false;
    }
  }

  /** Tells whether break-glass can stand in for the relationship of this role. */
  static boolean breakGlassServes(Role role) {
    return role == Role.COUNSELLOR || role == Role.TEAM_LEAD;
  }
}
