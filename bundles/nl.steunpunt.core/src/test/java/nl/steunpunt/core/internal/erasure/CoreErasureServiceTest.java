package nl.steunpunt.core.internal.erasure;

import static nl.steunpunt.core.internal.family.CoreServices.AMSTERDAM_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.OPERATOR;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.evaluation.CoreEvaluationService;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on request through the real services, rules, policy and store (H2): a family with names,
 * notes, a phase change with a reason, a death abroad (with the rule's tasks and moment), a
 * departure, a task and a break-glass use; and a second family that is not erased.
 */
class CoreErasureServiceTest {

  static final String REASON = "Request by letter of 2026-11-20; granted.";

  @TempDir Path folder;
  CoreServices core;
  CoreErasureService erasures;
  CoreEvaluationService evaluation;
  Family family;
  Member daughter;
  Family other;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    erasures = new CoreErasureService(core.cases);
    evaluation = new CoreEvaluationService(core.cases);
    family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("ar"), Background.MIGRANT_BACKGROUND));
    Member father = add(family, MemberRole.PARENT, "Abdelkader");
    daughter = add(family, MemberRole.SIBLING, "Yasmina");
    Member son = add(family, MemberRole.CHILD_ABROAD, "Ilias");
    Trajectory t = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    t = core.trajectories.involvePartners(COUNSELLOR, t.id(), t.version(), List.of("GM0363"));
    core.clock.advance(Duration.ofDays(2));
    core.trajectories.changePhase(
        COUNSELLOR, t.id(), t.version(), Phase.SUPPORT, Optional.of("Abdelkader asked for help"));
    core.clock.advance(Duration.ofDays(1));
    record(t, son, new EventDetail.DeathAbroad());
    record(t, daughter, new EventDetail.Departure());
    core.trajectories.writeNote(
        COUNSELLOR, t.id(), new NewNote(NoteCategory.COUNSELLING, "Yasmina misses Ilias"));
    core.trajectories.addTask(
        COUNSELLOR,
        t.id(),
        new NewTask(
            "Call Abdelkader",
            new TaskOwner.Staff("fatima"),
            core.clock.instant().atZone(RetentionJob.NETHERLANDS).toLocalDate().plusDays(3)));
    core.access.breakGlass(OTHER_COUNSELLOR, family.id(), "Yasmina seen at the station");
    assertThat(father.id()).isNotNull();
    other =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.DUTCH_ORIGIN));
    add(other, MemberRole.PARENT, "Noor");
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(Family f, MemberRole role, String name) {
    return core.families.addMember(
        COUNSELLOR, f.id(), new NewMember(role, name, 2005, List.of("ar"), Whereabouts.AT_HOME_NL));
  }

  private void record(Trajectory t, Member member, EventDetail detail) {
    core.trajectories.record(
        COUNSELLOR,
        t.id(),
        new NewEvent(Optional.of(member.id()), core.clock.instant(), OptionalLong.empty(), detail));
  }

  private List<Indicators> indicators() {
    return evaluation.yearly(EVALUATOR, 2025, 2027);
  }

  private List<AuditEntry> audit(UUID familyId) {
    return core.audit
        .search(
            PRIVACY_OFFICER,
            new AuditSearch(
                Optional.of(familyId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            new PageRequest(0, 200))
        .items();
  }

  @Test
  void thePrivacyOfficerErasesAFamilyAndTheIndicatorsOfPastYearsStayTheSame() {
    List<Indicators> before = indicators();
    assertThat(before.get(1).criticalMoments()).isEqualTo(1);
    assertThat(before.get(1).departuresAfterGuidanceStarted()).isEqualTo(1);

    Erasure erasure = erasures.erase(PRIVACY_OFFICER, family.id(), "  " + REASON + " ");

    assertThat(erasure.ground()).isEqualTo(ErasureGround.REQUEST);
    assertThat(erasure.familyReference()).isEqualTo(family.reference());
    assertThat(erasure.erasedBy()).isEqualTo(PRIVACY_OFFICER.user());
    assertThat(erasure.reason()).isEqualTo(REASON);
    assertThat(indicators()).isEqualTo(before);
    assertThat(erasures.list(PRIVACY_OFFICER, new PageRequest(0, 10)).items())
        .containsExactly(erasure);
  }

  @Test
  void anErasedFamilyIsNotFoundByAnyoneWhoSawItAndIsInNoList() {
    erasures.erase(PRIVACY_OFFICER, family.id(), REASON);

    for (Actor actor : List.of(COUNSELLOR, TEAM_LEAD, AMSTERDAM_OFFICER)) {
      assertThat(core.families.find(actor, family.id())).as(actor.user()).isEmpty();
      assertThatThrownBy(() -> core.families.members(actor, family.id()))
          .as(actor.user())
          .isInstanceOf(NotFoundException.class);
      assertThat(core.families.search(actor, FamilySearch.ALL, new PageRequest(0, 50)).items())
          .extracting(Family::id)
          .doesNotContain(family.id());
    }
    assertThatThrownBy(() -> core.families.member(COUNSELLOR, daughter.id()).orElseThrow())
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(core.trajectories.openTasks(TEAM_LEAD, new PageRequest(0, 50)).items())
        .allSatisfy(task -> assertThat(task.title()).doesNotContain("Abdelkader"));
    assertThatThrownBy(() -> core.access.breakGlass(TEAM_LEAD, family.id(), "need to see it"))
        .isInstanceOf(NotFoundException.class);
    assertThat(core.families.find(COUNSELLOR, other.id())).isPresent();
  }

  @Test
  void everyRoleButThePrivacyOfficerIsRefusedAuditedAndNothingChanges() {
    List<Indicators> before = indicators();
    List<Actor> refused =
        List.of(
            COUNSELLOR,
            TEAM_LEAD,
            AMSTERDAM_OFFICER,
            POLICE,
            THERAPIST,
            EVALUATOR,
            OPERATOR,
            TestActors.via(
                PRIVACY_OFFICER, new Channel.PartnerBundle("nl.example.partner", "1.0.0")));

    for (Actor actor : refused) {
      assertThatThrownBy(() -> erasures.erase(actor, family.id(), REASON))
          .as(actor.user() + " on " + actor.channel().describe())
          .isInstanceOf(AccessDeniedException.class);
    }

    assertThat(core.families.members(COUNSELLOR, family.id()))
        .extracting(Member::givenName)
        .containsExactly("Abdelkader", "Yasmina", "Ilias");
    assertThat(erasures.list(PRIVACY_OFFICER, new PageRequest(0, 10)).items()).isEmpty();
    assertThat(indicators()).isEqualTo(before);
    assertThat(audit(family.id()))
        .filteredOn(e -> e.action() == Action.ERASE)
        .hasSize(refused.size())
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }

  @Test
  void aBadReasonIsRefusedBeforeAnythingIsReadOrChanged() {
    String tooLong = "x".repeat(CoreErasureService.MAX_REASON + 1);
    for (String reason : new String[] {null, "", "   ", tooLong, "line\nbreak"}) {
      assertThatThrownBy(() -> erasures.erase(PRIVACY_OFFICER, family.id(), reason))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).errors())
                      .extracting(f -> f.field())
                      .containsExactly("reason"));
    }

    assertThat(core.families.find(COUNSELLOR, family.id())).isPresent();
    assertThat(audit(family.id())).noneMatch(e -> e.action() == Action.ERASE);
  }

  @Test
  void erasingTwiceIsAConflictAndTheFirstErasureStands() {
    Erasure first = erasures.erase(PRIVACY_OFFICER, family.id(), REASON);

    assertThatThrownBy(() -> erasures.erase(PRIVACY_OFFICER, family.id(), "again"))
        .isInstanceOf(ConflictException.class);
    assertThat(erasures.list(PRIVACY_OFFICER, new PageRequest(0, 10)).items())
        .containsExactly(first);
  }

  @Test
  void anUnknownFamilyIsNotFound() {
    assertThatThrownBy(() -> erasures.erase(PRIVACY_OFFICER, UUID.randomUUID(), REASON))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theErasureIsAuditedByIdsAndGroundAndTheChainStillVerifies() {
    Erasure erasure = erasures.erase(PRIVACY_OFFICER, family.id(), REASON);

    AuditEntry entry =
        audit(family.id()).stream()
            .filter(e -> e.action() == Action.ERASE)
            .findFirst()
            .orElseThrow();
    assertThat(entry.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(entry.user()).isEqualTo(PRIVACY_OFFICER.user());
    assertThat(entry.objectId()).contains(family.id().toString());
    assertThat(entry.detail()).contains("ground request, erasure " + erasure.id());
    assertThat(audit(family.id()))
        .allSatisfy(
            e ->
                assertThat(String.valueOf(e))
                    .doesNotContain("Yasmina", "Abdelkader", "Ilias", "letter"));
    assertThat(core.audit.verify(PRIVACY_OFFICER).intact()).isTrue();
  }

  @Test
  void theAccessReportOfAnErasedMemberShowsWhatRemainsAndEveryAccessIncludingTheErasure() {
    AccessReport before = core.audit.accessReport(PRIVACY_OFFICER, daughter.id());
    assertThat(before.member().givenName()).isEqualTo("Yasmina");

    erasures.erase(PRIVACY_OFFICER, family.id(), REASON);
    AccessReport after = core.audit.accessReport(PRIVACY_OFFICER, daughter.id());

    assertThat(after.member().id()).isEqualTo(daughter.id());
    assertThat(after.member().role()).isEqualTo(MemberRole.SIBLING);
    assertThat(after.member().givenName()).isEmpty();
    assertThat(after.member().whereabouts()).isEqualTo(Whereabouts.UNKNOWN);
    assertThat(after.familyReference()).isEqualTo(family.reference());
    assertThat(after.events()).hasSameSizeAs(before.events());
    // Every access shown before is still shown; then drawing up the first report, and the erasure.
    assertThat(after.accesses()).startsWith(before.accesses().toArray(AccessReport.Access[]::new));
    assertThat(after.accesses().subList(before.accesses().size(), after.accesses().size()))
        .extracting(AccessReport.Access::action)
        .containsExactly(Action.EXPORT, Action.ERASE);
  }
}
