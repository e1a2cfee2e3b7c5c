package nl.steunpunt.core.internal.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Municipality;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FamilyEvent;
import nl.steunpunt.store.FamilyScope;
import nl.steunpunt.store.StoreSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The one place that decides who may do what: the {@link AccessMatrix} for roles and categories,
 * the {@link Relationship} for one family, and the same rules as a {@link FamilyScope} for lists
 * and counts. Default deny: what is not granted is refused.
 *
 * <p><b>Partner channels.</b> A call through a partner bundle's channel gets the user's rights
 * intersected with the partner's grant ({@link PartnerReach}): only the grant's categories; only
 * the user's tie that the partner's kind stands for (a municipality partner: the officer's
 * municipality, narrowed to the grant's municipalities; a therapy partner: the referrals to the
 * grant's organisation, if it is the user's; the police: the reports addressed to them; any other
 * kind: no tie, so only what a role may do on every family); never a team's tie, never break-glass;
 * and the grant's purpose. A partner channel without a reach, which {@link PartnerChannels} gives
 * only to an installed, allow-listed and granted bundle, is refused everything.
 */
@Component(service = AccessPolicy.class)
public final class AccessPolicy {

  /** The phases of a full trajectory, in which the municipality takes part. */
  static final Set<Phase> MUNICIPAL_PHASES = Set.of(Phase.SUPPORT, Phase.AFTERCARE);

  private final MunicipalityRegister municipalities;

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile PartnerChannels partners;

  @Activate
  public AccessPolicy(@Reference MunicipalityRegister municipalities) {
    this.municipalities = municipalities;
  }

  /** A policy that also decides partner channels, by the reaches {@code partners} gives. */
  public AccessPolicy(MunicipalityRegister municipalities, PartnerChannels partners) {
    this.municipalities = municipalities;
    this.partners = partners;
  }

  /** How a call came in: from staff, or through a partner bundle with or without a reach. */
  private record Via(boolean partner, Optional<PartnerReach> reach) {

    static final Via STAFF = new Via(false, Optional.empty());

    boolean refused() {
      return partner && reach.isEmpty();
    }

    /** Whether the channel may touch the category at all. */
    boolean reaches(DataCategory category) {
      return !partner || reach.filter(r -> r.categories().contains(category)).isPresent();
    }

    boolean partnerOf(OrganisationKind kind) {
      return reach.filter(r -> r.kind() == kind).isPresent();
    }

    /**
     * A role's grant as it holds on this channel: through a partner of any kind but OTHER an
     * all-families grant only reaches what the partner's tie reaches; through OTHER only an
     * all-families grant holds, as that partner has no tie.
     */
    Grant grant(Role role, DataCategory category, Action action) {
      Grant grant = AccessMatrix.grant(role, category, action);
      if (!partner || grant == Grant.NONE) {
        return grant;
      }
      if (partnerOf(OrganisationKind.OTHER)) {
        return grant == Grant.ANY ? Grant.ANY : Grant.NONE;
      }
      return Grant.RELATED;
    }
  }

  private Via via(Actor actor) {
    if (!(actor.channel() instanceof Channel.PartnerBundle bundle)) {
      return Via.STAFF;
    }
    PartnerChannels current = partners;
    return new Via(true, current == null ? Optional.empty() : current.reachOf(bundle));
  }

  /** What the policy looks up about a family when it decides a disclosure of an event. */
  public interface EventFacts {
    /** The members of a family with an open referral to an organisation. */
    Set<UUID> openReferrals(UUID familyId, String organisation);

    /** The trajectory's phase now; empty when it no longer exists. */
    Optional<Phase> currentPhase(UUID trajectoryId);
  }

  /**
   * Whether an event of the timeline may be disclosed to a partner acting as itself (delivered to
   * its listener): only when its grant has the timeline and the category {@code EVENTS}, and then
   * only within the tie its kind stands for, as for its users. Default deny.
   *
   * <ul>
   *   <li>MUNICIPALITY: events of families of the grant's municipalities whose trajectory is
   *       <em>currently</em> in SUPPORT or AFTERCARE, like the officer's relationship;
   *   <li>THERAPY: events about a member with an open referral to the grant's organisation;
   *   <li>POLICE: none; the police receive security reports, not the timeline;
   *   <li>OTHER: all events.
   * </ul>
   */
  public static boolean disclosesEvent(
      PartnerReach reach, boolean timeline, FamilyEvent event, EventFacts facts) {
    if (!timeline || !reach.categories().contains(DataCategory.EVENTS)) {
      return false;
    }
    return switch (reach.kind()) {
      case MUNICIPALITY ->
          reach.municipalities().contains(event.municipality())
              && facts
                  .currentPhase(event.event().trajectoryId())
                  .filter(MUNICIPAL_PHASES::contains)
                  .isPresent();
      case THERAPY ->
          reach.organisation().isPresent()
              && event.event().memberId().isPresent()
              && facts
                  .openReferrals(event.familyId(), reach.organisation().get())
                  .contains(event.event().memberId().get());
      case POLICE -> false;
      case OTHER -> true;
    };
  }

  /**
   * Tells whether the actor may erase a family's personal data ({@link Action#ERASE}, not a cell of
   * the matrix): the privacy officer on the platform's own channels, or the platform's retention
   * job. Never through a partner bundle, whatever its grant.
   */
  public boolean mayErase(Actor actor) {
    if (actor.channel() instanceof Channel.Platform platform) {
      return platform.job().equals(Actors.RETENTION);
    }
    return !(actor.channel() instanceof Channel.PartnerBundle) && actor.has(Role.PRIVACY_OFFICER);
  }

  /** Tells whether any of the actor's roles may do the action on the category at all. */
  public boolean mayAtAll(Actor actor, Action action, DataCategory category) {
    Via via = via(actor);
    return !via.refused()
        && via.reaches(category)
        && actor.roles().stream().anyMatch(role -> via.grant(role, category, action) != Grant.NONE);
  }

  /**
   * The purpose of the first of the actor's roles that has any grant for the action; through a
   * partner, the partner's purpose.
   */
  public Purpose purpose(Actor actor, Action action, DataCategory category) {
    Optional<PartnerReach> reach = via(actor).reach();
    if (reach.isPresent()) {
      return reach.get().purpose();
    }
    return actor.roles().stream()
        .sorted()
        .filter(role -> AccessMatrix.grant(role, category, action) != Grant.NONE)
        .findFirst()
        .map(AccessPolicy::purposeOf)
        .orElse(purposeOf(actor));
  }

  /** Decides an access that concerns no family, such as searching the audit log. */
  public Decision decide(Actor actor, Action action, DataCategory category) {
    return decide(actor, action, category, Relationship.NONE, Optional.empty());
  }

  /**
   * Decides an access to one family's data.
   *
   * @param relationship what ties the actor to the family
   * @param member the member the access is about, if it is about one
   */
  public Decision decide(
      Actor actor,
      Action action,
      DataCategory category,
      Relationship relationship,
      Optional<UUID> member) {
    Via via = via(actor);
    if (via.partner()) {
      return decideForPartner(via, actor, action, category, relationship, member);
    }
    for (Role role : actor.roles()) {
      Grant grant = AccessMatrix.grant(role, category, action);
      if (grant == Grant.ANY
          || grant == Grant.RELATED
              && !recipientOnly(role, category)
              && relationship.holdsFor(role, member)) {
        return Decision.allow(purposeOf(role));
      }
    }
    for (Role role : actor.roles()) {
      if (AccessMatrix.grant(role, category, action) == Grant.RELATED
          && Relationship.breakGlassServes(role)
          && relationship.breakGlass().isPresent()) {
        return new Decision(true, Purpose.EMERGENCY, relationship.breakGlass());
      }
    }
    return Decision.deny(purposeOf(actor));
  }

  private static Decision decideForPartner(
      Via via,
      Actor actor,
      Action action,
      DataCategory category,
      Relationship relationship,
      Optional<UUID> member) {
    if (via.refused()) {
      return Decision.deny(purposeOf(actor));
    }
    Purpose purpose = via.reach().orElseThrow().purpose();
    if (!via.reaches(category)) {
      return Decision.deny(purpose);
    }
    for (Role role : actor.roles()) {
      Grant grant = via.grant(role, category, action);
      if (grant == Grant.ANY
          || grant == Grant.RELATED
              && !recipientOnly(role, category)
              && relationship.holdsFor(role, member)) {
        return Decision.allow(purpose);
      }
    }
    return Decision.deny(purpose);
  }

  /**
   * The families the actor may act on for a list or count: empty when every family, otherwise the
   * union of what the actor's related grants reach. Call only when {@link #mayAtAll} holds.
   */
  public Optional<FamilyScope> scope(
      Actor actor, Action action, DataCategory category, Instant now) {
    Optional<String> team = Optional.empty();
    Set<String> codes = new HashSet<>();
    Optional<String> referrals = Optional.empty();
    Optional<String> breakGlass = Optional.empty();
    Via via = via(actor);
    if (via.refused() || !via.reaches(category)) {
      return Optional.of(FamilyScope.none(now));
    }
    for (Role role : actor.roles()) {
      Grant grant = via.grant(role, category, action);
      if (grant == Grant.ANY) {
        return Optional.empty();
      }
      if (grant != Grant.RELATED) {
        continue;
      }
      switch (role) {
        case COUNSELLOR:
        case TEAM_LEAD:
          if (!via.partner()) {
            team = Optional.of(actor.user());
            breakGlass = Optional.of(actor.user());
          }
          break;
        case MUNICIPALITY_OFFICER:
          if (!recipientOnly(role, category)) {
            codes.addAll(governedBy(actor));
          }
          break;
        case THERAPIST:
          if (referralsCount(via, actor)) {
            referrals = Optional.of(actor.organisation().id());
          }
          break;
        default:
          break;
      }
    }
    return Optional.of(
        new FamilyScope(
            team,
            codes,
            codes.isEmpty() ? Set.of() : MUNICIPAL_PHASES,
            referrals,
            breakGlass,
            now));
  }

  /**
   * The municipality officer and the police liaison see security reports only as their recipients
   * ({@code ReportService.received}): the minimal data set of a report made to them. A family in
   * the officer's municipality gives no access to its reports, drafts or reports to the police.
   */
  static boolean recipientOnly(Role role, DataCategory category) {
    return category == DataCategory.SECURITY_REPORTS
        && (role == Role.MUNICIPALITY_OFFICER || role == Role.POLICE_LIAISON);
  }

  /**
   * The kind of recipient of security reports the actor is, if any: the police liaison, or an
   * officer of a municipality. Through a partner, only the partner's own kind.
   */
  public Optional<Recipient> recipient(Actor actor) {
    Via via = via(actor);
    if (via.refused() || !via.reaches(DataCategory.SECURITY_REPORTS)) {
      return Optional.empty();
    }
    if (actor.has(Role.POLICE_LIAISON)
        && (!via.partner() || via.partnerOf(OrganisationKind.POLICE))) {
      return Optional.of(Recipient.POLICE);
    }
    if (actor.has(Role.MUNICIPALITY_OFFICER)
        && actor.organisation().isMunicipality()
        && (!via.partner() || via.partnerOf(OrganisationKind.MUNICIPALITY))) {
      return Optional.of(Recipient.MUNICIPALITY);
    }
    return Optional.empty();
  }

  /** Finds out what ties the actor to the family, reading only what the actor's roles need. */
  public Relationship relationship(
      StoreSession session, Actor actor, Family family, Trajectory trajectory, Instant now) {
    Via via = via(actor);
    if (via.partner()) {
      return partnerRelationship(via, session, actor, family, trajectory);
    }
    boolean onTeam =
        trajectory.team().stream().map(TeamAssignment::user).anyMatch(actor.user()::equals);
    boolean municipal =
        actor.has(Role.MUNICIPALITY_OFFICER)
            && MUNICIPAL_PHASES.contains(trajectory.phase())
            && governedBy(actor).contains(family.municipality());
    Set<UUID> referred =
        actor.has(Role.THERAPIST)
            ? session.referrals().openMembers(family.id(), actor.organisation().id())
            : Set.of();
    Optional<UUID> breakGlass =
        !onTeam && (actor.has(Role.COUNSELLOR) || actor.has(Role.TEAM_LEAD))
            ? session.breakGlass().openFor(actor.user(), family.id(), now).map(b -> b.id())
            : Optional.empty();
    return new Relationship(onTeam, municipal, referred, breakGlass);
  }

  /** Through a partner: only the tie its kind stands for, and never break-glass. */
  private Relationship partnerRelationship(
      Via via, StoreSession session, Actor actor, Family family, Trajectory trajectory) {
    if (via.refused()) {
      return Relationship.NONE;
    }
    boolean municipal =
        via.partnerOf(OrganisationKind.MUNICIPALITY)
            && actor.has(Role.MUNICIPALITY_OFFICER)
            && MUNICIPAL_PHASES.contains(trajectory.phase())
            && governedBy(actor).contains(family.municipality());
    Set<UUID> referred =
        actor.has(Role.THERAPIST) && referralsCount(via, actor)
            ? session.referrals().openMembers(family.id(), actor.organisation().id())
            : Set.of();
    return new Relationship(false, municipal, referred, Optional.empty());
  }

  /** Through a therapy partner whose organisation is the user's, or from staff. */
  private static boolean referralsCount(Via via, Actor actor) {
    return !via.partner()
        || via.partnerOf(OrganisationKind.THERAPY)
            && via.reach()
                .flatMap(PartnerReach::organisation)
                .filter(actor.organisation().id()::equals)
                .isPresent();
  }

  /**
   * The codes of the officer's municipality and of every municipality that merged into it; through
   * a partner, only those of them in the partner's grant, and none for a partner of another kind.
   */
  public Set<String> governedBy(Actor actor) {
    if (!actor.organisation().isMunicipality()) {
      return Set.of();
    }
    Via via = via(actor);
    if (via.partner()) {
      if (!via.partnerOf(OrganisationKind.MUNICIPALITY)) {
        return Set.of();
      }
      Set<String> granted = via.reach().orElseThrow().municipalities();
      Set<String> governed = new HashSet<>(staffGovernedBy(actor));
      governed.retainAll(granted);
      return Set.copyOf(governed);
    }
    return staffGovernedBy(actor);
  }

  private Set<String> staffGovernedBy(Actor actor) {
    String code = actor.organisation().id().substring(2);
    Set<String> codes = new HashSet<>();
    codes.add(code);
    List<Municipality> merged = municipalities.predecessors(code);
    merged.forEach(m -> codes.add(m.code()));
    return codes;
  }

  private static Purpose purposeOf(Actor actor) {
    return actor.roles().stream()
        .sorted()
        .findFirst()
        .map(AccessPolicy::purposeOf)
        .orElse(Purpose.OPERATIONS);
  }

  static Purpose purposeOf(Role role) {
    return role.purpose();
  }
}
