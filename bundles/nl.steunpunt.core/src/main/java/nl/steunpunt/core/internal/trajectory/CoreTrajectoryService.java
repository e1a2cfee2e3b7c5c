package nl.steunpunt.core.internal.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Languages;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.trajectory.CaseFile;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.TeamSuggestion;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.family.FamilySearches;
import nl.steunpunt.core.internal.rules.Rules;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Trajectories, timeline, team, tasks, notes and referrals, on the store; every access decided by
 * the policy and audited.
 */
@Component(service = TrajectoryService.class)
public final class CoreTrajectoryService implements TrajectoryService {

  static final int MAX_TEAM = 20;

  private final Cases cases;
  private final Clock clock;
  private final TrajectoryTasks tasks;
  private final TrajectoryNotes notes;
  private final TrajectoryReferrals referrals;
  private final FamilySearches families;

  @Activate
  public CoreTrajectoryService(
      @Reference Cases cases, @Reference MunicipalityRegister municipalities) {
    this.cases = cases;
    this.families = new FamilySearches(cases, municipalities);
    this.clock = cases.clock();
    this.tasks = new TrajectoryTasks(cases);
    this.notes = new TrajectoryNotes(cases);
    this.referrals = new TrajectoryReferrals(cases);
  }

  @Override
  public Optional<Trajectory> find(Actor actor, UUID id) {
    return cases.find(
        actor,
        g ->
            g.trajectory(Action.READ, DataCategory.TRAJECTORY_STATUS, id, "trajectory", id)
                .trajectory());
  }

  @Override
  public Optional<Trajectory> ofFamily(Actor actor, UUID familyId) {
    return cases.find(actor, g -> trajectoryOfFamily(g, familyId));
  }

  /** A family's trajectory, decided and audited as a read of its status. */
  private static Trajectory trajectoryOfFamily(Gate g, UUID familyId) {
    return g.family(Action.READ, DataCategory.TRAJECTORY_STATUS, familyId, "trajectory", familyId)
        .trajectory();
  }

  @Override
  public Optional<CaseFile> caseFile(Actor actor, UUID familyId) {
    return cases.find(
        actor,
        g -> {
          // One transaction: one moment, and one commit for the reads' audit entries.
          Permit identity =
              g.family(Action.READ, DataCategory.IDENTITY, familyId, "family", familyId);
          Optional<Trajectory> trajectory =
              g.mayAtAll(Action.READ, DataCategory.TRAJECTORY_STATUS)
                  ? Optional.of(trajectoryOfFamily(g, familyId))
                  : Optional.empty();
          return new CaseFile(identity.family(), identity.visibleMembers(), trajectory);
        });
  }

  @Override
  public Page<Family> familiesInPhase(
      Actor actor, Phase phase, FamilySearch search, PageRequest page) {
    Check check = new Check();
    check.present(phase, "phase");
    check.present(search, "search");
    check.done();
    return families.search(actor, search, Optional.of(phase), page);
  }

  @Override
  public Trajectory changePhase(
      Actor actor, UUID id, long expectedVersion, Phase to, Optional<String> reason) {
    Check check = new Check();
    check.present(to, "phase");
    check.done();
    Optional<String> why = reason == null ? Optional.empty() : reason.map(String::strip);
    Instant now = Timestamps.now(clock);
    return cases.run(
        actor,
        g -> {
          Permit permit =
              g.trajectory(Action.UPDATE, DataCategory.TRAJECTORY_STATUS, id, "trajectory", id);
          var s = permit.store();
          Trajectory current = permit.trajectory();
          Family family = permit.family();
          PhaseRules.check(current, to, why, family.municipality());
          Trajectory changed = current.withPhase(to).withVersion(expectedVersion + 1);
          if (!s.trajectories().update(changed, expectedVersion)) {
            throw ConflictException.stale("trajectory", expectedVersion);
          }
          FamilyStatus status = to == Phase.CLOSED ? FamilyStatus.INACTIVE : FamilyStatus.ACTIVE;
          if (family.status() != status
              && !s.families()
                  .update(
                      family.withStatus(status).withVersion(family.version() + 1),
                      family.version())) {
            // Someone changed the family in between: undo the whole phase change.
            throw ConflictException.stale("family", family.version());
          }
          s.events()
              .append(
                  new Event(
                      0,
                      id,
                      Optional.empty(),
                      now,
                      now,
                      actor.user(),
                      OptionalLong.empty(),
                      new EventDetail.PhaseChange(current.phase(), to, why)));
          return changed;
        });
  }

  @Override
  public Trajectory assignTeam(
      Actor actor, UUID id, long expectedVersion, List<TeamAssignment> team) {
    Check check = new Check();
    if (check.present(team, "team")) {
      check.that(team.size() <= MAX_TEAM, "team", "at most " + MAX_TEAM + " members");
      check.that(
          team.stream().map(TeamAssignment::user).distinct().count() == team.size(),
          "team",
          "lists a user twice");
      for (int i = 0; i < team.size(); i++) {
        TeamAssignment member = team.get(i);
        String field = "team[" + i + "]";
        if (check.present(member, field)) {
          check.text(member.user(), field + ".user", 64);
          int index = i;
          check.capture(
              () -> Languages.check("team[" + index + "].languages", member.languages()), null);
        }
      }
    }
    check.done();
    return cases.run(
        actor,
        g -> {
          Permit permit = update(g, id);
          var s = permit.store();
          Trajectory current = permit.trajectory();
          Trajectory changed = current.withTeam(team).withVersion(expectedVersion + 1);
          if (!s.trajectories().update(changed, expectedVersion)) {
            throw ConflictException.stale("trajectory", expectedVersion);
          }
          return changed;
        });
  }

  @Override
  public Trajectory involvePartners(
      Actor actor, UUID id, long expectedVersion, List<String> partners) {
    Check check = new Check();
    Set<String> organisations = new HashSet<>();
    if (check.present(partners, "partners")) {
      for (int i = 0; i < partners.size(); i++) {
        String partner = partners.get(i);
        boolean valid = partner != null && isOrganisation(partner);
        if (check.that(valid, "partners[" + i + "]", "is not an organisation id such as GM0363")) {
          organisations.add(partner);
        }
      }
    }
    check.done();
    return cases.run(
        actor,
        g -> {
          Permit permit = update(g, id);
          var s = permit.store();
          Trajectory current = permit.trajectory();
          if (current.phase() == Phase.SUPPORT || current.phase() == Phase.AFTERCARE) {
            String municipality = "GM" + permit.family().municipality();
            if (!organisations.contains(municipality)) {
              throw new ConflictException(
                  "The municipality stays involved while the trajectory is in "
                      + current.phase()
                      + ".");
            }
          }
          Trajectory changed = current.withPartners(organisations).withVersion(expectedVersion + 1);
          if (!s.trajectories().update(changed, expectedVersion)) {
            throw ConflictException.stale("trajectory", expectedVersion);
          }
          return changed;
        });
  }

  @Override
  public List<TeamSuggestion> suggestTeam(Actor actor, UUID id) {
    return cases.run(
        actor,
        g -> {
          Permit permit =
              g.trajectory(Action.READ, DataCategory.TRAJECTORY_STATUS, id, "trajectory", id);
          Trajectory trajectory = permit.trajectory();
          Family family = permit.family();
          Set<String> onTeam =
              trajectory.team().stream().map(TeamAssignment::user).collect(Collectors.toSet());
          return TeamMatcher.suggest(family.languages(), permit.knownStaff(), onTeam);
        });
  }

  @Override
  public Event record(Actor actor, UUID id, NewEvent event) {
    Check check = new Check();
    if (!check.present(event, "body")) {
      check.done();
    }
    if (check.present(event.detail(), "type")) {
      check.that(
          !(event.detail() instanceof EventDetail.PhaseChange)
              && !(event.detail() instanceof EventDetail.WhereaboutsChange),
          "type",
          "phase and whereabouts changes are recorded by changing the phase or the whereabouts");
    }
    if (check.present(event.occurredAt(), "occurredAt")) {
      check.that(
          !event.occurredAt().isAfter(clock.instant()), "occurredAt", "must not be in the future");
    }
    check.done();
    Instant now = Timestamps.now(clock);
    return cases.run(
        actor,
        g -> {
          Permit permit = g.trajectory(Action.CREATE, DataCategory.EVENTS, id, "event", id);
          var s = permit.store();
          Trajectory trajectory = permit.trajectory();
          Optional<UUID> member = event.memberId() == null ? Optional.empty() : event.memberId();
          if (permit.decision().purpose() == Purpose.THERAPY
              && !(event.detail() instanceof EventDetail.SessionHeld
                  && member
                      .filter(permit.relationship().referredMembers()::contains)
                      .isPresent())) {
            // A therapist records the sessions held with a referred member, nothing else.
            throw g.refuse(Action.CREATE, DataCategory.EVENTS, "event", id, trajectory.familyId());
          }
          if (member.isPresent()) {
            if (permit.member(member.get()).isEmpty()) {
              throw ValidationException.of("memberId", "is not a member of this family");
            }
          }
          OptionalLong corrects =
              event.corrects() == null ? OptionalLong.empty() : event.corrects();
          if (corrects.isPresent()) {
            if (permit.event(corrects.getAsLong()).isEmpty()) {
              throw ValidationException.of("corrects", "is not an event of this trajectory");
            }
          }
          Event appended =
              s.events()
                  .append(
                      new Event(
                          0,
                          id,
                          member,
                          Timestamps.stored(event.occurredAt()),
                          now,
                          actor.user(),
                          corrects,
                          event.detail()));
          Rules.fire(g, permit, appended);
          return appended;
        });
  }

  @Override
  public Page<Event> timeline(Actor actor, UUID id, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          return g.trajectory(Action.READ, DataCategory.EVENTS, id, "event", id).events(page);
        });
  }

  @Override
  public Task addTask(Actor actor, UUID id, NewTask task) {
    return tasks.add(actor, id, task);
  }

  @Override
  public Task changeTask(Actor actor, UUID taskId, long expectedVersion, TaskState state) {
    return tasks.change(actor, taskId, expectedVersion, state);
  }

  @Override
  public Task reassignTask(Actor actor, UUID taskId, long expectedVersion, TaskOwner owner) {
    return tasks.reassign(actor, taskId, expectedVersion, owner);
  }

  @Override
  public Page<Task> openTasks(Actor actor, PageRequest page) {
    return tasks.open(actor, page);
  }

  @Override
  public Page<Task> tasks(Actor actor, UUID id, PageRequest page) {
    return tasks.ofTrajectory(actor, id, page);
  }

  @Override
  public Note writeNote(Actor actor, UUID id, NewNote note) {
    return notes.write(actor, id, note);
  }

  @Override
  public Page<Note> notes(Actor actor, UUID id, PageRequest page) {
    return notes.read(actor, id, page);
  }

  @Override
  public Referral refer(Actor actor, UUID id, NewReferral referral) {
    return referrals.refer(actor, id, referral);
  }

  @Override
  public Referral endReferral(Actor actor, UUID referralId) {
    return referrals.end(actor, referralId);
  }

  @Override
  public List<Referral> referrals(Actor actor, UUID id) {
    return referrals.of(actor, id);
  }

  @Override
  public Page<Referral> referredTo(Actor actor, PageRequest page) {
    return referrals.referredTo(actor, page);
  }

  @Override
  public List<CriticalMoment> criticalMoments(Actor actor, UUID id) {
    return cases.run(
        actor,
        g -> {
          return g.trajectory(
                  Action.READ, DataCategory.TRAJECTORY_STATUS, id, "critical-moment", id)
              .criticalMoments();
        });
  }

  private static Permit update(Gate g, UUID id) {
    return g.trajectory(Action.UPDATE, DataCategory.TRAJECTORY_STATUS, id, "trajectory", id);
  }

  static boolean isOrganisation(String id) {
    try {
      new Organisation(id);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
