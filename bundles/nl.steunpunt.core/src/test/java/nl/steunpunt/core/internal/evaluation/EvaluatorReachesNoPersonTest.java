package nl.steunpunt.core.internal.evaluation;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.LEGAL_BASIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyChanges;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberChanges;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.family.CoreServices;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator reaches nothing person-level: every method of {@link FamilyService}, {@link
 * TrajectoryService} and {@link ReportService} that takes an actor, called by the evaluator on real
 * records (made by a counsellor) through the real services, is refused. Only {@code legalBases}
 * (configuration, no actor) is left out; the aggregates are the {@code EvaluationService}'s.
 */
class EvaluatorReachesNoPersonTest {

  /** The methods that are not person-level. */
  static final Set<String> AGGREGATES = Set.of("ReportService.legalBases");

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member parent;
  Member sibling;
  Task task;
  Referral referral;
  SecurityReport report;
  SecurityReport reported;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.DUTCH_ORIGIN));
    parent = add(MemberRole.PARENT);
    sibling = add(MemberRole.SIBLING);
    trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    task =
        core.trajectories.addTask(
            COUNSELLOR,
            trajectory.id(),
            new NewTask("F: call", new TaskOwner.Staff("fatima"), LocalDate.of(2026, 12, 1)));
    referral =
        core.trajectories.refer(
            COUNSELLOR,
            trajectory.id(),
            new NewReferral(
                sibling.id(),
                "therapy-noord",
                new Consent(
                    ConsentBy.PARENTS,
                    List.of(parent.id()),
                    LocalDate.of(2026, 11, 28),
                    ConsentForm.WRITTEN)));
    report =
        core.reports.draft(COUNSELLOR, trajectory.id(), sibling.id(), ReportReason.DEPARTURE_RISK);
    SecurityReport other =
        core.reports.draft(COUNSELLOR, trajectory.id(), sibling.id(), ReportReason.DEPARTED);
    SecurityReport consulted =
        core.reports.consult(
            COUNSELLOR,
            other.id(),
            other.version(),
            new NewConsultation(
                CoreServices.NOW, List.of(parent.id()), Reporter.CENTRE, Recipient.POLICE));
    reported =
        core.reports.report(
            COUNSELLOR, consulted.id(), consulted.version(), LEGAL_BASIS, Optional.empty());
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(MemberRole role) {
    return core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(role, "Naam", 1980, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  /** Every person-level call, by interface and method name. */
  private Map<String, ThrowingCallable> calls() {
    var f = core.families;
    var t = core.trajectories;
    var r = core.reports;
    var id = trajectory.id();
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put(
        "FamilyService.create",
        () -> f.create(EVALUATOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED)));
    calls.put("FamilyService.find", () -> f.find(EVALUATOR, family.id()));
    calls.put(
        "FamilyService.update",
        () ->
            f.update(
                EVALUATOR,
                family.id(),
                family.version(),
                new FamilyChanges("0363", List.of("nl"), Background.NOT_RECORDED)));
    calls.put(
        "FamilyService.search", () -> f.search(EVALUATOR, FamilySearch.ALL, PageRequest.FIRST));
    calls.put("FamilyService.members", () -> f.members(EVALUATOR, family.id()));
    calls.put("FamilyService.member", () -> f.member(EVALUATOR, parent.id()));
    calls.put(
        "FamilyService.addMember",
        () ->
            f.addMember(
                EVALUATOR,
                family.id(),
                new NewMember(
                    MemberRole.PARENT, "Naam", 1980, List.of("nl"), Whereabouts.AT_HOME_NL)));
    calls.put(
        "FamilyService.updateMember",
        () ->
            f.updateMember(
                EVALUATOR,
                parent.id(),
                parent.version(),
                new MemberChanges(MemberRole.PARENT, "Naam", 1981, List.of("nl"))));
    calls.put(
        "FamilyService.changeWhereabouts",
        () ->
            f.changeWhereabouts(
                EVALUATOR, sibling.id(), sibling.version(), Whereabouts.UNKNOWN, CoreServices.NOW));
    calls.put("TrajectoryService.find", () -> t.find(EVALUATOR, id));
    calls.put("TrajectoryService.ofFamily", () -> t.ofFamily(EVALUATOR, family.id()));
    calls.put("TrajectoryService.caseFile", () -> t.caseFile(EVALUATOR, family.id()));
    calls.put("TrajectoryService.tasks", () -> t.tasks(EVALUATOR, id, PageRequest.FIRST));
    calls.put(
        "TrajectoryService.familiesInPhase",
        () -> t.familiesInPhase(EVALUATOR, Phase.CONTACT, FamilySearch.ALL, PageRequest.FIRST));
    calls.put(
        "TrajectoryService.changePhase",
        () -> t.changePhase(EVALUATOR, id, trajectory.version(), Phase.CLOSED, Optional.empty()));
    calls.put(
        "TrajectoryService.assignTeam",
        () ->
            t.assignTeam(
                EVALUATOR,
                id,
                trajectory.version(),
                List.of(new TeamAssignment("eva", Expertise.COUNSELLOR, List.of()))));
    calls.put(
        "TrajectoryService.involvePartners",
        () -> t.involvePartners(EVALUATOR, id, trajectory.version(), List.of("GM0363")));
    calls.put("TrajectoryService.suggestTeam", () -> t.suggestTeam(EVALUATOR, id));
    calls.put(
        "TrajectoryService.record",
        () ->
            t.record(
                EVALUATOR,
                id,
                new NewEvent(
                    Optional.empty(),
                    CoreServices.NOW,
                    OptionalLong.empty(),
                    new EventDetail.SessionHeld())));
    calls.put("TrajectoryService.timeline", () -> t.timeline(EVALUATOR, id, PageRequest.FIRST));
    calls.put(
        "TrajectoryService.addTask",
        () ->
            t.addTask(
                EVALUATOR,
                id,
                new NewTask("x", new TaskOwner.Staff("eva"), LocalDate.of(2026, 12, 1))));
    calls.put(
        "TrajectoryService.changeTask",
        () -> t.changeTask(EVALUATOR, task.id(), task.version(), TaskState.DONE));
    calls.put(
        "TrajectoryService.reassignTask",
        () -> t.reassignTask(EVALUATOR, task.id(), task.version(), new TaskOwner.Staff("eva")));
    calls.put("TrajectoryService.openTasks", () -> t.openTasks(EVALUATOR, PageRequest.FIRST));
    calls.put(
        "TrajectoryService.writeNote",
        () -> t.writeNote(EVALUATOR, id, new NewNote(NoteCategory.COUNSELLING, "x")));
    calls.put("TrajectoryService.notes", () -> t.notes(EVALUATOR, id, PageRequest.FIRST));
    calls.put(
        "TrajectoryService.refer",
        () ->
            t.refer(
                EVALUATOR,
                id,
                new NewReferral(
                    sibling.id(),
                    "therapy-noord",
                    new Consent(
                        ConsentBy.PARENTS,
                        List.of(parent.id()),
                        LocalDate.of(2026, 11, 28),
                        ConsentForm.WRITTEN))));
    calls.put("TrajectoryService.endReferral", () -> t.endReferral(EVALUATOR, referral.id()));
    calls.put("TrajectoryService.referrals", () -> t.referrals(EVALUATOR, id));
    calls.put("TrajectoryService.referredTo", () -> t.referredTo(EVALUATOR, PageRequest.FIRST));
    calls.put("TrajectoryService.criticalMoments", () -> t.criticalMoments(EVALUATOR, id));
    calls.put(
        "ReportService.draft",
        () -> r.draft(EVALUATOR, id, parent.id(), ReportReason.RETURN_EXPECTED));
    calls.put(
        "ReportService.consult",
        () ->
            r.consult(
                EVALUATOR,
                report.id(),
                report.version(),
                new NewConsultation(
                    CoreServices.NOW, List.of(parent.id()), Reporter.CENTRE, Recipient.POLICE)));
    calls.put(
        "ReportService.report",
        () -> r.report(EVALUATOR, report.id(), report.version(), LEGAL_BASIS, Optional.empty()));
    calls.put(
        "ReportService.reportWithoutConsultation",
        () ->
            r.reportWithoutConsultation(
                EVALUATOR, report.id(), report.version(), LEGAL_BASIS, Recipient.POLICE, "acuut"));
    calls.put(
        "ReportService.acknowledge",
        () -> r.acknowledge(EVALUATOR, reported.id(), reported.version()));
    calls.put("ReportService.close", () -> r.close(EVALUATOR, reported.id(), reported.version()));
    calls.put(
        "ReportService.withdraw",
        () -> r.withdraw(EVALUATOR, report.id(), report.version(), "niet nodig"));
    calls.put("ReportService.find", () -> r.find(EVALUATOR, reported.id()));
    calls.put("ReportService.list", () -> r.list(EVALUATOR, Optional.empty(), PageRequest.FIRST));
    calls.put("ReportService.ofTrajectory", () -> r.ofTrajectory(EVALUATOR, id));
    calls.put("ReportService.received", () -> r.received(EVALUATOR, PageRequest.FIRST));
    calls.put(
        "ReportService.acknowledgeReceived",
        () -> r.acknowledgeReceived(EVALUATOR, reported.id(), reported.version()));
    return calls;
  }

  @Test
  void theCallsBelowAreEveryPersonLevelMethodOfTheThreeServices() {
    Set<String> declared =
        Arrays.stream(
                new Class<?>[] {FamilyService.class, TrajectoryService.class, ReportService.class})
            .flatMap(
                type ->
                    Arrays.stream(type.getMethods())
                        .filter(m -> m.getDeclaringClass() == type)
                        .map(Method::getName)
                        .map(name -> type.getSimpleName() + "." + name))
            .collect(Collectors.toSet());

    assertThat(calls().keySet()).doesNotContainAnyElementsOf(AGGREGATES);
    assertThat(declared)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(calls().keySet().stream(), AGGREGATES.stream())
                .toList());
  }

  @Test
  void theEvaluatorIsRefusedOnEveryPersonLevelMethod() {
    calls()
        .forEach(
            (name, call) ->
                assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class));

    // Nothing was changed on the way.
    assertThat(core.families.members(COUNSELLOR, family.id())).containsExactly(parent, sibling);
    assertThat(core.reports.find(COUNSELLOR, report.id())).contains(report);
  }
}
