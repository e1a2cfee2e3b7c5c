package nl.steunpunt.core.internal.family;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyChanges;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberChanges;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Families and members, on the store, every access decided by the policy and audited. */
@Component(service = FamilyService.class)
public final class CoreFamilyService implements FamilyService {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final Cases cases;
  private final MunicipalityRegister municipalities;
  private final FamilyRules rules;
  private final FamilySearches searches;
  private final Clock clock;

  @Activate
  public CoreFamilyService(@Reference Cases cases, @Reference MunicipalityRegister municipalities) {
    this.cases = cases;
    this.municipalities = municipalities;
    this.rules = new FamilyRules(municipalities);
    this.searches = new FamilySearches(cases, municipalities);
    this.clock = cases.clock();
  }

  @Override
  public Family create(Actor actor, NewFamily family) {
    Check check = new Check();
    if (!check.present(family, "body")) {
      check.done();
    }
    rules.municipality(check, family.municipality());
    List<String> languages = rules.languages(check, "languages", family.languages());
    check.present(family.background(), "background");
    check.done();
    Instant now = Timestamps.now(clock);
    int year = now.atZone(NETHERLANDS).getYear();
    return cases.run(
        actor,
        g -> {
          UUID id = UUID.randomUUID();
          var s = g.newFamily(id);
          String reference = FamilyRules.reference(year, s.families().nextReferenceNumber(year));
          Family created =
              new Family(
                  id,
                  reference,
                  family.municipality(),
                  languages,
                  family.background(),
                  FamilyStatus.ACTIVE,
                  now,
                  Optional.empty(),
                  1);
          s.families().insert(created);
          s.trajectories()
              .insert(
                  new Trajectory(
                      UUID.randomUUID(),
                      created.id(),
                      Phase.CONTACT,
                      intakeTeam(actor),
                      Set.of(),
                      now,
                      1));
          return created;
        });
  }

  /** A counsellor who takes in a family is on its team from the start, or would lose it. */
  private static List<TeamAssignment> intakeTeam(Actor actor) {
    return actor.has(Role.COUNSELLOR)
        ? List.of(new TeamAssignment(actor.user(), Expertise.COUNSELLOR, List.of()))
        : List.of();
  }

  @Override
  public Optional<Family> find(Actor actor, UUID id) {
    return cases.find(
        actor, g -> g.family(Action.READ, DataCategory.IDENTITY, id, "family", id).family());
  }

  @Override
  public Family update(Actor actor, UUID id, long expectedVersion, FamilyChanges changes) {
    Check check = new Check();
    if (!check.present(changes, "body")) {
      check.done();
    }
    rules.municipality(check, changes.municipality());
    List<String> languages = rules.languages(check, "languages", changes.languages());
    check.present(changes.background(), "background");
    check.done();
    return cases.run(
        actor,
        g -> {
          Permit permit = g.family(Action.UPDATE, DataCategory.IDENTITY, id, "family", id);
          Family current = permit.family();
          var s = permit.store();
          Family changed =
              current
                  .withMunicipality(changes.municipality())
                  .withLanguages(languages)
                  .withBackground(changes.background())
                  .withVersion(expectedVersion + 1);
          if (!s.families().update(changed, expectedVersion)) {
            throw ConflictException.stale("family", expectedVersion);
          }
          return changed;
        });
  }

  @Override
  public Page<Family> search(Actor actor, FamilySearch search, PageRequest page) {
    return searches.search(actor, search, Optional.empty(), page);
  }

  @Override
  public Optional<Member> member(Actor actor, UUID memberId) {
    return cases.find(
        actor,
        g -> {
          return g.member(Action.READ, DataCategory.IDENTITY, memberId).record();
        });
  }

  @Override
  public List<Member> members(Actor actor, UUID familyId) {
    return cases.run(
        actor,
        g -> {
          // A therapist sees the members referred to them, not the whole family.
          return g.family(Action.READ, DataCategory.IDENTITY, familyId, "family", familyId)
              .visibleMembers();
        });
  }

  @Override
  public Member addMember(Actor actor, UUID familyId, NewMember member) {
    Check check = new Check();
    if (!check.present(member, "body")) {
      check.done();
    }
    check.present(member.role(), "role");
    rules.givenName(check, member.givenName());
    rules.birthYear(check, member.birthYear(), Year.now(clock.withZone(NETHERLANDS)));
    List<String> languages = rules.languages(check, "languages", member.languages());
    check.present(member.whereabouts(), "whereabouts");
    check.done();
    return cases.run(
        actor,
        g -> {
          UUID id = UUID.randomUUID();
          var s = g.family(Action.CREATE, DataCategory.IDENTITY, familyId, "member", id).store();
          Member added =
              new Member(
                  id,
                  familyId,
                  member.role(),
                  member.givenName().strip(),
                  member.birthYear(),
                  languages,
                  member.whereabouts(),
                  1);
          s.members().insert(added);
          return added;
        });
  }

  @Override
  public Member updateMember(
      Actor actor, UUID memberId, long expectedVersion, MemberChanges changes) {
    Check check = new Check();
    if (!check.present(changes, "body")) {
      check.done();
    }
    check.present(changes.role(), "role");
    rules.givenName(check, changes.givenName());
    rules.birthYear(check, changes.birthYear(), Year.now(clock.withZone(NETHERLANDS)));
    List<String> languages = rules.languages(check, "languages", changes.languages());
    check.done();
    return cases.run(
        actor,
        g -> {
          Permitted<Member> allowed = g.member(Action.UPDATE, DataCategory.IDENTITY, memberId);
          Member current = allowed.record();
          var s = allowed.permit().store();
          Member changed =
              current
                  .withRole(changes.role())
                  .withGivenName(changes.givenName().strip())
                  .withBirthYear(changes.birthYear())
                  .withLanguages(languages)
                  .withVersion(expectedVersion + 1);
          if (!s.members().update(changed, expectedVersion)) {
            throw ConflictException.stale("member", expectedVersion);
          }
          return changed;
        });
  }

  @Override
  public Member changeWhereabouts(
      Actor actor,
      UUID memberId,
      long expectedVersion,
      Whereabouts whereabouts,
      Instant occurredAt) {
    Check check = new Check();
    check.present(whereabouts, "whereabouts");
    if (check.present(occurredAt, "occurredAt")) {
      check.that(!occurredAt.isAfter(clock.instant()), "occurredAt", "must not be in the future");
    }
    check.done();
    Instant now = Timestamps.now(clock);
    return cases.run(
        actor,
        g -> {
          Permitted<Member> allowed = g.member(Action.UPDATE, DataCategory.IDENTITY, memberId);
          Member current = allowed.record();
          var s = allowed.permit().store();
          if (current.whereabouts() == whereabouts) {
            throw new ConflictException(
                "The member's whereabouts are already " + whereabouts + ".");
          }
          Member changed = current.withWhereabouts(whereabouts).withVersion(expectedVersion + 1);
          if (!s.members().update(changed, expectedVersion)) {
            throw ConflictException.stale("member", expectedVersion);
          }
          Trajectory trajectory = allowed.permit().trajectory();
          s.events()
              .append(
                  new Event(
                      0,
                      trajectory.id(),
                      Optional.of(memberId),
                      Timestamps.stored(occurredAt),
                      now,
                      actor.user(),
                      OptionalLong.empty(),
                      new EventDetail.WhereaboutsChange(current.whereabouts(), whereabouts)));
          return changed;
        });
  }
}
