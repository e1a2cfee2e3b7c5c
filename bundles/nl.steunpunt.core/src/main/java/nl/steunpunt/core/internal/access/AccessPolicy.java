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
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.jdbc.FamilyScope;
import nl.steunpunt.store.jdbc.StoreSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one place that decides who may do what: the {@link AccessMatrix} for roles and categories,
 * the {@link Relationship} for one family, and the same rules as a {@link FamilyScope} for lists
 * and counts. Default deny: what is not granted is refused.
 */
@Component(service = AccessPolicy.class)
public final class AccessPolicy {

  /** The phases of a full trajectory, in which the municipality takes part. */
  static final Set<Phase> MUNICIPAL_PHASES = Set.of(Phase.SUPPORT, Phase.AFTERCARE);

  private final MunicipalityRegister municipalities;

  @Activate
  public AccessPolicy(@Reference MunicipalityRegister municipalities) {
    this.municipalities = municipalities;
  }

  /** Tells whether any of the actor's roles may do the action on the category at all. */
  public boolean mayAtAll(Actor actor, Action action, DataCategory category) {
    return trusted(actor)
        && actor.roles().stream()
            .anyMatch(role -> AccessMatrix.grant(role, category, action) != Grant.NONE);
  }

  /** The purpose of the first of the actor's roles that has any grant for the action. */
  public Purpose purpose(Actor actor, Action action, DataCategory category) {
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
    if (!trusted(actor)) {
      return Decision.deny(purposeOf(actor));
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
    for (Role role : actor.roles()) {
      Grant grant = AccessMatrix.grant(role, category, action);
      if (grant == Grant.ANY) {
        return Optional.empty();
      }
      if (grant != Grant.RELATED) {
        continue;
      }
      switch (role) {
        case COUNSELLOR:
        case TEAM_LEAD:
          team = Optional.of(actor.user());
          breakGlass = Optional.of(actor.user());
          break;
        case MUNICIPALITY_OFFICER:
          if (!recipientOnly(role, category)) {
            codes.addAll(governedBy(actor));
          }
          break;
        case THERAPIST:
          referrals = Optional.of(actor.organisation().id());
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

  /** Finds out what ties the actor to the family, reading only what the actor's roles need. */
  public Relationship relationship(
      StoreSession session, Actor actor, Family family, Trajectory trajectory, Instant now) {
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

  /** The codes of the officer's municipality and of every municipality that merged into it. */
  public Set<String> governedBy(Actor actor) {
    if (!actor.organisation().isMunicipality()) {
      return Set.of();
    }
    String code = actor.organisation().id().substring(2);
    Set<String> codes = new HashSet<>();
    codes.add(code);
    List<Municipality> merged = municipalities.predecessors(code);
    merged.forEach(m -> codes.add(m.code()));
    return codes;
  }

  /** Partner bundles act only within a partner grant, which the platform does not give yet. */
  private static boolean trusted(Actor actor) {
    return !(actor.channel() instanceof Channel.PartnerBundle);
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
