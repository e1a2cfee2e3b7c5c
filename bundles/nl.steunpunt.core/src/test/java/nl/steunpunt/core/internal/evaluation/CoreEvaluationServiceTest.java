package nl.steunpunt.core.internal.evaluation;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.evaluation.ExportFormat;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicators through the real services, rules and store (H2), on a fixture worked out by hand.
 * The clock starts at 2026-11-28T10:15:30Z (day 0) and moves on.
 *
 * <pre>
 * family A, migrant background: parent, siblings S1 and S2, child C abroad (4 members)
 *   day 0 contact; day 3 → SUPPORT; day 4 C dies abroad: the rule makes a support plan due
 *   day 6 (2026-12-04) and a review of S1 and of S2 due day 11 (2026-12-09); day 5 the plan is
 *   done; the reviews are done on day 7 (in time) or day 12 (late); day 13 S1 leaves.
 * family B, Dutch origin: parent, sibling S3 (2 members), never beyond CONTACT
 *   day 1 S3 leaves (no guidance started: not counted); a concern about S3 makes a review that
 *   stays open.
 *
 * 2026: contact A B = 2; full A = 1; members 4 + 2 = 6; Dutch origin 1, migrant 1, not
 * recorded 0; departures after guidance: S1 = 1; no reports; critical moments 1, in time 1
 * (reviews day 7) or 0 (day 12); siblings reviewed S1 S2 = 2; guidance started: A = 1; median
 * days to SUPPORT: 3.0.
 * </pre>
 */
class CoreEvaluationServiceTest {

  static final Period YEAR = Period.year(2026);

  @TempDir Path folder;
  CoreServices core;
  CoreEvaluationService evaluation;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    evaluation = new CoreEvaluationService(core.cases);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(Family family, MemberRole role) {
    return core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(role, "Naam", 2010, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  private void days(int days) {
    core.clock.advance(Duration.ofDays(days));
  }

  private void record(Trajectory trajectory, Member member, EventDetail detail) {
    core.trajectories.record(
        COUNSELLOR,
        trajectory.id(),
        new NewEvent(Optional.of(member.id()), core.clock.instant(), OptionalLong.empty(), detail));
  }

  private List<Task> open(Trajectory trajectory, String title) {
    return core.trajectories.openTasks(COUNSELLOR, new PageRequest(0, 100)).items().stream()
        .filter(t -> t.trajectoryId().equals(trajectory.id()) && t.title().contains(title))
        .toList();
  }

  private void done(Task task) {
    core.trajectories.changeTask(COUNSELLOR, task.id(), task.version(), TaskState.DONE);
  }

  /** Builds the fixture; the sibling reviews are done on day {@code reviewsDone}. */
  private void fixture(int reviewsDone) {
    Family a =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("ar"), Background.MIGRANT_BACKGROUND));
    Family b =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.DUTCH_ORIGIN));
    add(a, MemberRole.PARENT);
    Member s1 = add(a, MemberRole.SIBLING);
    add(a, MemberRole.SIBLING);
    Member c = add(a, MemberRole.CHILD_ABROAD);
    add(b, MemberRole.PARENT);
    Member s3 = add(b, MemberRole.SIBLING);
    Trajectory ta = core.trajectories.ofFamily(COUNSELLOR, a.id()).orElseThrow();
    Trajectory tb = core.trajectories.ofFamily(COUNSELLOR, b.id()).orElseThrow();
    ta = core.trajectories.involvePartners(COUNSELLOR, ta.id(), ta.version(), List.of("GM0363"));

    days(1); // day 1
    record(tb, s3, new EventDetail.Departure());
    record(tb, s3, new EventDetail.SiblingConcern());
    days(2); // day 3
    core.trajectories.changePhase(
        COUNSELLOR, ta.id(), ta.version(), Phase.SUPPORT, Optional.empty());
    days(1); // day 4
    record(ta, c, new EventDetail.DeathAbroad());
    assertThat(open(ta, "support plan"))
        .singleElement()
        .extracting(Task::due)
        .hasToString("2026-12-04");
    assertThat(open(ta, "risk review"))
        .hasSize(2)
        .allSatisfy(t -> assertThat(t.due()).hasToString("2026-12-09"));
    days(1); // day 5
    done(open(ta, "support plan").get(0));
    days(reviewsDone - 5);
    open(ta, "risk review").forEach(this::done);
    days(13 - reviewsDone); // day 13
    record(ta, s1, new EventDetail.Departure());
  }

  @Test
  void theEvaluatorGetsEveryIndicatorAsWorkedOutByHand() {
    fixture(7);

    Indicators year = evaluation.indicators(EVALUATOR, YEAR);

    assertThat(year.familiesWithContact()).isEqualTo(2);
    assertThat(year.familiesWithFullTrajectory()).isEqualTo(1);
    assertThat(year.membersReached()).isEqualTo(6);
    assertThat(year.familiesByBackground())
        .containsExactly(
            Map.entry(Background.DUTCH_ORIGIN, 1L),
            Map.entry(Background.MIGRANT_BACKGROUND, 1L),
            Map.entry(Background.NOT_RECORDED, 0L));
    assertThat(year.departuresAfterGuidanceStarted()).isEqualTo(1);
    assertThat(year.reports()).isEmpty();
    assertThat(year.criticalMoments()).isEqualTo(1);
    assertThat(year.criticalMomentsFollowedUpInTime()).isEqualTo(1);
    assertThat(year.siblingsReviewed()).isEqualTo(2);
    assertThat(year.familiesGuidanceStarted()).isEqualTo(1);
    assertThat(year.medianDaysToFullTrajectory()).hasValue(3.0);
  }

  @Test
  void aCriticalMomentWhoseSiblingReviewsWereDoneAfterTheirDueDateIsNotFollowedUpInTime() {
    fixture(12);

    Indicators year = evaluation.indicators(EVALUATOR, YEAR);

    assertThat(year.criticalMoments()).isEqualTo(1);
    assertThat(year.criticalMomentsFollowedUpInTime()).isZero();
    assertThat(year.siblingsReviewed()).isEqualTo(2);
  }

  @Test
  void yearlyGivesEachYearOldestFirstInOneAuditedRead() {
    fixture(7);

    List<Indicators> years = evaluation.yearly(EVALUATOR, 2025, 2026);

    assertThat(years).extracting(Indicators::period).containsExactly(Period.year(2025), YEAR);
    assertThat(years.get(0).familiesWithContact()).isZero();
    assertThat(years.get(1)).isEqualTo(evaluation.indicators(EVALUATOR, YEAR));
    assertThat(reads())
        .extracting(e -> e.objectId().orElseThrow())
        .containsExactly("2025..2026", "2026-01-01/2027-01-01");
  }

  @Test
  void everyReadOfTheIndicatorsIsAuditedWithoutAFamily() {
    evaluation.indicators(EVALUATOR, YEAR);

    assertThat(reads())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.user()).isEqualTo(EVALUATOR.user());
              assertThat(e.action()).isEqualTo(Action.READ);
              assertThat(e.category()).contains(DataCategory.EVALUATION_AGGREGATES);
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.familyId()).isEmpty();
              assertThat(e.memberId()).isEmpty();
            });
  }

  @Test
  void everyoneButTheEvaluatorIsRefusedTheIndicatorsAndTheRefusalIsAudited() {
    for (Actor actor :
        List.of(
            COUNSELLOR,
            CoreServices.TEAM_LEAD,
            CoreServices.AMSTERDAM_OFFICER,
            CoreServices.POLICE,
            CoreServices.THERAPIST,
            PRIVACY_OFFICER,
            CoreServices.OPERATOR)) {
      assertThatThrownBy(() -> evaluation.indicators(actor, YEAR))
          .as(actor.user())
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> evaluation.yearly(actor, 2026, 2026))
          .as(actor.user())
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> evaluation.export(actor, 2026, 2026, ExportFormat.CSV))
          .as(actor.user())
          .isInstanceOf(AccessDeniedException.class);
    }

    assertThat(audit())
        .filteredOn(e -> e.objectType().equals("indicators"))
        .hasSize(21)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }

  @Test
  void anExportIsAuditedAsAnExportNamingTheYearsAndTheFormat() {
    fixture(7);

    List<Indicators> years = evaluation.export(EVALUATOR, 2025, 2026, ExportFormat.CSV);

    assertThat(years).isEqualTo(evaluation.yearly(EVALUATOR, 2025, 2026));
    assertThat(audit())
        .filteredOn(e -> e.objectType().equals("indicators") && e.action() == Action.EXPORT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.user()).isEqualTo(EVALUATOR.user());
              assertThat(e.category()).contains(DataCategory.EVALUATION_AGGREGATES);
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.objectId()).contains("2025..2026 csv");
              assertThat(e.familyId()).isEmpty();
            });
  }

  @Test
  void anExportNeedsAFormatAndTheSameYearsAsAYearlyRead() {
    assertThatThrownBy(() -> evaluation.export(EVALUATOR, 2026, 2026, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> evaluation.export(EVALUATOR, 2026, 2025, ExportFormat.JSON))
        .isInstanceOf(ValidationException.class);
    assertThat(audit()).noneMatch(e -> e.objectType().equals("indicators"));
  }

  @Test
  void aRangeOfYearsMustRunForwardAndStayWithinFiftyYears() {
    assertThatThrownBy(() -> evaluation.yearly(EVALUATOR, 2026, 2025))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> evaluation.yearly(EVALUATOR, 1970, 2026))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> evaluation.indicators(EVALUATOR, null))
        .isInstanceOf(ValidationException.class);
  }

  private List<AuditEntry> audit() {
    return core.audit.search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200)).items();
  }

  private List<AuditEntry> reads() {
    return audit().stream()
        .filter(e -> e.objectType().equals("indicators") && e.outcome() == Outcome.ALLOWED)
        .sorted(java.util.Comparator.comparingLong(AuditEntry::sequence))
        .toList();
  }
}
