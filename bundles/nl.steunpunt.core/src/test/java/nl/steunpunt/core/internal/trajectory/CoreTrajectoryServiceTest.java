package nl.steunpunt.core.internal.trajectory;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.NOW;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreTrajectoryServiceTest {

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("ar", "nl"), Background.MIGRANT_BACKGROUND));
    trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Trajectory withMunicipality() {
    return core.trajectories.involvePartners(
        COUNSELLOR, trajectory.id(), trajectory.version(), List.of("GM0363"));
  }

  @Test
  void aTrajectoryCannotSkipAPhase() {
    assertThatThrownBy(
            () ->
                core.trajectories.changePhase(
                    COUNSELLOR, trajectory.id(), 1, Phase.AFTERCARE, Optional.empty()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void enteringSupportNeedsTheFamilysMunicipalityInvolved() {
    assertThatThrownBy(
            () ->
                core.trajectories.changePhase(
                    COUNSELLOR, trajectory.id(), 1, Phase.SUPPORT, Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("GM0363");

    Trajectory involved = withMunicipality();
    Trajectory support =
        core.trajectories.changePhase(
            COUNSELLOR, trajectory.id(), involved.version(), Phase.SUPPORT, Optional.empty());

    assertThat(support.phase()).isEqualTo(Phase.SUPPORT);
  }

  @Test
  void familiesInPhaseFindsOnlyTheFamiliesWhoseTrajectoryIsInThatPhase() {
    Family other =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    Trajectory involved = withMunicipality();
    core.trajectories.changePhase(
        COUNSELLOR, trajectory.id(), involved.version(), Phase.SUPPORT, Optional.empty());

    assertThat(
            core.trajectories
                .familiesInPhase(COUNSELLOR, Phase.SUPPORT, FamilySearch.ALL, PageRequest.FIRST)
                .items())
        .extracting(Family::id)
        .containsExactly(family.id());
    assertThat(
            core.trajectories
                .familiesInPhase(COUNSELLOR, Phase.CONTACT, FamilySearch.ALL, PageRequest.FIRST)
                .items())
        .extracting(Family::id)
        .containsExactly(other.id());
  }

  @Test
  void familiesInPhaseChecksTheOtherCriteriaAsTheFamilySearchDoes() {
    assertThatThrownBy(
            () ->
                core.trajectories.familiesInPhase(
                    COUNSELLOR,
                    Phase.SUPPORT,
                    new FamilySearch(
                        Optional.of("2026-1"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    PageRequest.FIRST))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                core.trajectories.familiesInPhase(
                    COUNSELLOR, null, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theMunicipalityCannotLeaveAFullTrajectory() {
    Trajectory involved = withMunicipality();
    Trajectory support =
        core.trajectories.changePhase(
            COUNSELLOR, trajectory.id(), involved.version(), Phase.SUPPORT, Optional.empty());

    assertThatThrownBy(
            () ->
                core.trajectories.involvePartners(
                    COUNSELLOR, trajectory.id(), support.version(), List.of("police")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void closingMakesTheFamilyInactiveAndReopeningNeedsAReason() {
    Trajectory closed =
        core.trajectories.changePhase(
            COUNSELLOR, trajectory.id(), 1, Phase.CLOSED, Optional.empty());
    assertThat(core.families.find(COUNSELLOR, family.id()).orElseThrow().status())
        .isEqualTo(FamilyStatus.INACTIVE);

    assertThatThrownBy(
            () ->
                core.trajectories.changePhase(
                    COUNSELLOR, trajectory.id(), closed.version(), Phase.CONTACT, Optional.empty()))
        .isInstanceOf(ValidationException.class);
    Trajectory reopened =
        core.trajectories.changePhase(
            COUNSELLOR,
            trajectory.id(),
            closed.version(),
            Phase.CONTACT,
            Optional.of("Brother shows new signs"));

    assertThat(reopened.phase()).isEqualTo(Phase.CONTACT);
    assertThat(core.families.find(COUNSELLOR, family.id()).orElseThrow().status())
        .isEqualTo(FamilyStatus.ACTIVE);
    List<Event> timeline =
        core.trajectories.timeline(COUNSELLOR, trajectory.id(), PageRequest.FIRST).items();
    assertThat(timeline)
        .extracting(Event::detail)
        .containsExactly(
            new EventDetail.PhaseChange(Phase.CONTACT, Phase.CLOSED, Optional.empty()),
            new EventDetail.PhaseChange(
                Phase.CLOSED, Phase.CONTACT, Optional.of("Brother shows new signs")));
  }

  @Test
  void aStalePhaseChangeIsAConflict() {
    core.trajectories.changePhase(COUNSELLOR, trajectory.id(), 1, Phase.CLOSED, Optional.empty());

    assertThatThrownBy(
            () ->
                core.trajectories.changePhase(
                    COUNSELLOR, trajectory.id(), 1, Phase.CLOSED, Optional.empty()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void eventsAreRecordedForMembersOfTheFamilyOnly() {
    Member yusuf =
        core.families.addMember(
            COUNSELLOR,
            family.id(),
            new NewMember(
                MemberRole.CHILD_ABROAD,
                "Yusuf",
                2001,
                List.of("ar"),
                Whereabouts.ABROAD_CONFLICT_ZONE));
    Family other =
        core.families.create(COUNSELLOR, new NewFamily("0599", List.of(), Background.NOT_RECORDED));
    Member stranger =
        core.families.addMember(
            COUNSELLOR,
            other.id(),
            new NewMember(MemberRole.SIBLING, "Lina", 2009, List.of(), Whereabouts.AT_HOME_NL));

    Event death =
        core.trajectories.record(
            COUNSELLOR,
            trajectory.id(),
            new NewEvent(
                Optional.of(yusuf.id()), NOW, OptionalLong.empty(), new EventDetail.DeathAbroad()));

    assertThat(death.sequence()).isPositive();
    assertThat(death.recordedAt()).isEqualTo(NOW);
    assertThatThrownBy(
            () ->
                core.trajectories.record(
                    COUNSELLOR,
                    trajectory.id(),
                    new NewEvent(
                        Optional.of(stranger.id()),
                        NOW,
                        OptionalLong.empty(),
                        new EventDetail.SiblingConcern())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aCorrectionPointsAtAnEventOfTheSameTrajectory() {
    Event wrong =
        core.trajectories.record(
            COUNSELLOR,
            trajectory.id(),
            new NewEvent(Optional.empty(), NOW, OptionalLong.empty(), new EventDetail.Departure()));
    Family other =
        core.families.create(COUNSELLOR, new NewFamily("0599", List.of(), Background.NOT_RECORDED));
    Trajectory otherTrajectory = core.trajectories.ofFamily(COUNSELLOR, other.id()).orElseThrow();

    Event correction =
        core.trajectories.record(
            COUNSELLOR,
            trajectory.id(),
            new NewEvent(
                Optional.empty(),
                NOW,
                OptionalLong.of(wrong.sequence()),
                new EventDetail.DepartureRisk()));

    assertThat(correction.corrects()).hasValue(wrong.sequence());
    assertThatThrownBy(
            () ->
                core.trajectories.record(
                    COUNSELLOR,
                    otherTrajectory.id(),
                    new NewEvent(
                        Optional.empty(),
                        NOW,
                        OptionalLong.of(wrong.sequence()),
                        new EventDetail.DepartureRisk())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void phaseAndWhereaboutsChangesCannotBeRecordedByHandNorInTheFuture() {
    assertThatThrownBy(
            () ->
                core.trajectories.record(
                    COUNSELLOR,
                    trajectory.id(),
                    new NewEvent(
                        Optional.empty(),
                        NOW,
                        OptionalLong.empty(),
                        new EventDetail.PhaseChange(
                            Phase.CONTACT, Phase.SUPPORT, Optional.empty()))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                core.trajectories.record(
                    COUNSELLOR,
                    trajectory.id(),
                    new NewEvent(
                        Optional.empty(),
                        NOW.plusSeconds(3600),
                        OptionalLong.empty(),
                        new EventDetail.SessionHeld())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theTeamSuggestionListsStaffWhoSpeakTheFamilysLanguages() {
    Family earlier =
        core.families.create(TEAM_LEAD, new NewFamily("0599", List.of(), Background.NOT_RECORDED));
    Trajectory t = core.trajectories.ofFamily(TEAM_LEAD, earlier.id()).orElseThrow();
    core.trajectories.assignTeam(
        TEAM_LEAD,
        t.id(),
        t.version(),
        List.of(
            new TeamAssignment("jan", Expertise.FAMILY_THERAPIST, List.of("nl")),
            new TeamAssignment(
                "samira", Expertise.RADICALISATION_EXPERT, List.of("ar", "nl", "fr")),
            new TeamAssignment("selin", Expertise.PSYCHIATRIST, List.of("tr"))));

    var suggestions = core.trajectories.suggestTeam(COUNSELLOR, trajectory.id());

    // fatima took the family in and is on its team already, so she is not suggested.
    assertThat(suggestions).extracting(s -> s.user()).containsExactly("samira", "jan");
    assertThat(suggestions.get(0).sharedLanguages()).containsExactly("ar", "nl");
  }

  @Test
  void aDoneTaskCannotBeReopened() {
    var task =
        core.trajectories.addTask(
            COUNSELLOR,
            trajectory.id(),
            new NewTask("Support plan", new TaskOwner.Staff("fatima"), LocalDate.of(2026, 11, 30)));
    var done = core.trajectories.changeTask(COUNSELLOR, task.id(), 1, TaskState.DONE);

    assertThatThrownBy(
            () ->
                core.trajectories.changeTask(COUNSELLOR, task.id(), done.version(), TaskState.OPEN))
        .isInstanceOf(ConflictException.class);
    assertThat(core.trajectories.openTasks(COUNSELLOR, PageRequest.FIRST).items()).isEmpty();
  }

  /**
   * The gate loads a task or a referral and decides in one step, the role first: the evaluator,
   * whose role never reaches a family, hears "access denied" whether or not the id exists, and a
   * counsellor without a tie to the family hears "not found", as for an id that does not exist.
   */
  @Test
  void aTaskOrReferralIsDecidedBeforeAnythingOfItIsUsedAndTheRoleBeforeItsExistence() {
    var task = supportPlan();
    UUID unknown = UUID.randomUUID();

    for (UUID id : List.of(task.id(), unknown)) {
      assertThatThrownBy(
              () -> core.trajectories.changeTask(CoreServices.EVALUATOR, id, 1, TaskState.DONE))
          .isInstanceOf(nl.steunpunt.api.common.AccessDeniedException.class);
      assertThatThrownBy(() -> core.trajectories.endReferral(CoreServices.EVALUATOR, id))
          .isInstanceOf(nl.steunpunt.api.common.AccessDeniedException.class);
    }
    assertThatThrownBy(
            () ->
                core.trajectories.changeTask(
                    CoreServices.OTHER_COUNSELLOR, task.id(), 1, TaskState.DONE))
        .isInstanceOf(nl.steunpunt.api.common.NotFoundException.class);
    assertThatThrownBy(() -> core.trajectories.changeTask(COUNSELLOR, unknown, 1, TaskState.DONE))
        .isInstanceOf(nl.steunpunt.api.common.NotFoundException.class);
    assertThat(core.trajectories.openTasks(COUNSELLOR, PageRequest.FIRST).items())
        .extracting(t -> t.state())
        .containsExactly(TaskState.OPEN);
  }

  private nl.steunpunt.api.trajectory.Task supportPlan() {
    return core.trajectories.addTask(
        COUNSELLOR,
        trajectory.id(),
        new NewTask("Support plan", new TaskOwner.Staff("fatima"), LocalDate.of(2026, 11, 30)));
  }

  @Test
  void aTrajectorysTasksAreItsOpenOnesSoonestFirstAndAnOfficerSeesTheMunicipalitysOwn() {
    // The municipality's officer sees the family once it is in support with the municipality.
    Trajectory involved = withMunicipality();
    core.trajectories.changePhase(
        COUNSELLOR, trajectory.id(), involved.version(), Phase.SUPPORT, Optional.empty());
    supportPlan();
    core.trajectories.addTask(
        COUNSELLOR,
        trajectory.id(),
        new NewTask("Home visit", new TaskOwner.Partner("GM0363"), LocalDate.of(2026, 11, 20)));
    var other =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    core.trajectories.addTask(
        COUNSELLOR,
        core.trajectories.ofFamily(COUNSELLOR, other.id()).orElseThrow().id(),
        new NewTask("Elsewhere", new TaskOwner.Staff("fatima"), LocalDate.of(2026, 10, 1)));

    assertThat(core.trajectories.tasks(COUNSELLOR, trajectory.id(), PageRequest.FIRST).items())
        .extracting(nl.steunpunt.api.trajectory.Task::title)
        .containsExactly("Home visit", "Support plan");
    assertThat(
            core.trajectories
                .tasks(CoreServices.AMSTERDAM_OFFICER, trajectory.id(), PageRequest.FIRST)
                .items())
        .extracting(nl.steunpunt.api.trajectory.Task::title)
        .containsExactly("Home visit");
    assertThatThrownBy(
            () ->
                core.trajectories.tasks(
                    CoreServices.OTHER_COUNSELLOR, trajectory.id(), PageRequest.FIRST))
        .isInstanceOf(nl.steunpunt.api.common.NotFoundException.class);
    assertThatThrownBy(
            () -> core.trajectories.tasks(CoreServices.POLICE, trajectory.id(), PageRequest.FIRST))
        .isInstanceOf(nl.steunpunt.api.common.AccessDeniedException.class);
  }

  @Test
  void anOpenTaskIsGivenToAnotherOwnerKeepingWhatItIsAndWhenItIsDue() {
    var task = supportPlan();

    var given =
        core.trajectories.reassignTask(
            COUNSELLOR, task.id(), task.version(), new TaskOwner.Staff("samira"));

    assertThat(given.owner()).isEqualTo(new TaskOwner.Staff("samira"));
    assertThat(given.version()).isEqualTo(task.version() + 1);
    assertThat(given.title()).isEqualTo(task.title());
    assertThat(given.due()).isEqualTo(task.due());
    assertThat(given.state()).isEqualTo(TaskState.OPEN);
    assertThat(core.trajectories.openTasks(COUNSELLOR, PageRequest.FIRST).items())
        .singleElement()
        .satisfies(t -> assertThat(t.owner()).isEqualTo(new TaskOwner.Staff("samira")));
  }

  @Test
  void aTaskGivenToSomeoneElseOnAStaleVersionIsAConflictAndStaysWithItsOwner() {
    var task = supportPlan();
    core.trajectories.reassignTask(
        COUNSELLOR, task.id(), task.version(), new TaskOwner.Partner("GM0363"));

    assertThatThrownBy(
            () ->
                core.trajectories.reassignTask(
                    COUNSELLOR, task.id(), task.version(), new TaskOwner.Staff("jan")))
        .isInstanceOf(ConflictException.class);
    assertThat(core.trajectories.openTasks(COUNSELLOR, PageRequest.FIRST).items())
        .singleElement()
        .satisfies(t -> assertThat(t.owner()).isEqualTo(new TaskOwner.Partner("GM0363")));
  }

  @Test
  void aTaskThatIsDoneCannotBeGivenToSomeoneElse() {
    var task = supportPlan();
    var done = core.trajectories.changeTask(COUNSELLOR, task.id(), task.version(), TaskState.DONE);

    assertThatThrownBy(
            () ->
                core.trajectories.reassignTask(
                    COUNSELLOR, task.id(), done.version(), new TaskOwner.Staff("samira")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DONE");
  }

  @Test
  void aNewOwnerThatIsNoOrganisationIdOrMissingIsAFieldErrorAndChangesNothing() {
    var task = supportPlan();

    assertThatThrownBy(
            () ->
                core.trajectories.reassignTask(
                    COUNSELLOR, task.id(), task.version(), new TaskOwner.Partner("Town Hall")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("owner.organisation"));
    assertThatThrownBy(
            () -> core.trajectories.reassignTask(COUNSELLOR, task.id(), task.version(), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("owner"));
    assertThat(core.trajectories.openTasks(COUNSELLOR, PageRequest.FIRST).items())
        .singleElement()
        .satisfies(t -> assertThat(t.version()).isEqualTo(task.version()));
  }

  @Test
  void aCounsellorNotOnTheFamilysTeamFindsNoSuchTaskToGiveAway() {
    var task = supportPlan();

    assertThatThrownBy(
            () ->
                core.trajectories.reassignTask(
                    CoreServices.OTHER_COUNSELLOR,
                    task.id(),
                    task.version(),
                    new TaskOwner.Staff("jan")))
        .isInstanceOf(nl.steunpunt.api.common.NotFoundException.class);
  }

  @Test
  void counsellingNotesAreWrittenAndReadButTherapyNotesAreNotTheCounsellorsToWrite() {
    core.trajectories.writeNote(
        COUNSELLOR,
        trajectory.id(),
        new NewNote(NoteCategory.COUNSELLING, "Mother worried about the youngest."));

    assertThat(core.trajectories.notes(COUNSELLOR, trajectory.id(), PageRequest.FIRST).items())
        .singleElement()
        .satisfies(n -> assertThat(n.author()).isEqualTo("fatima"));
    assertThatThrownBy(
            () ->
                core.trajectories.writeNote(
                    COUNSELLOR, trajectory.id(), new NewNote(NoteCategory.THERAPY, "x")))
        .isInstanceOf(AccessDeniedException.class);
  }
}
