package nl.steunpunt.core.internal.access;

import static nl.steunpunt.core.internal.family.CoreServices.AMSTERDAM_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.OPERATOR;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access policy and the audit log at work through the real services on a real H2 store. */
class AccessScenariosTest {

  @TempDir Path folder;
  CoreServices core;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Family family(String municipality) {
    return core.families.create(
        TEAM_LEAD, new NewFamily(municipality, List.of("nl"), Background.NOT_RECORDED));
  }

  private Trajectory assign(Family family, String user) {
    Trajectory t = core.trajectories.ofFamily(TEAM_LEAD, family.id()).orElseThrow();
    return core.trajectories.assignTeam(
        TEAM_LEAD,
        t.id(),
        t.version(),
        List.of(new TeamAssignment(user, Expertise.COUNSELLOR, List.of("nl"))));
  }

  private Member member(Family family, String name) {
    return core.families.addMember(
        TEAM_LEAD,
        family.id(),
        new NewMember(MemberRole.SIBLING, name, 2010, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  private List<AuditEntry> audit() {
    return core.audit.search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200)).items();
  }

  private Connection database() throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db"), "sa", "");
  }

  @Test
  void aCounsellorWhoMaySee3Of90FamiliesFindsAndCounts3() {
    for (int i = 0; i < 90; i++) {
      Family f = family("0363");
      if (i % 30 == 0) {
        assign(f, OTHER_COUNSELLOR.user());
      }
    }

    var page = core.families.search(OTHER_COUNSELLOR, FamilySearch.ALL, new PageRequest(0, 2));
    var teamLeads = core.families.search(TEAM_LEAD, FamilySearch.ALL, new PageRequest(0, 2));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2);
    assertThat(teamLeads.total()).isEqualTo(90);
  }

  @Test
  void aFamilyOutsideTheRelationshipAnswersExactlyLikeOneThatDoesNotExist() {
    Family family = family("0363");
    UUID missing = UUID.randomUUID();

    assertThat(core.families.find(OTHER_COUNSELLOR, family.id())).isEmpty();
    assertThat(core.families.find(OTHER_COUNSELLOR, missing)).isEmpty();
    Throwable hidden = catchThrowable(() -> core.families.members(OTHER_COUNSELLOR, family.id()));
    Throwable absent = catchThrowable(() -> core.families.members(OTHER_COUNSELLOR, missing));
    assertThat(hidden).isInstanceOf(NotFoundException.class);
    assertThat(absent).isInstanceOf(NotFoundException.class);
    assertThat(hidden.getMessage())
        .isEqualTo(absent.getMessage().replace(missing.toString(), family.id().toString()));
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void everyDenialIsAuditedWithOutcomeDenied() {
    Family family = family("0363");

    core.families.find(OTHER_COUNSELLOR, family.id());
    assertThatThrownBy(() -> core.families.search(EVALUATOR, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);

    List<AuditEntry> denials = audit().stream().filter(e -> e.outcome() == Outcome.DENIED).toList();
    assertThat(denials)
        .extracting(AuditEntry::user, AuditEntry::action, AuditEntry::familyId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                OTHER_COUNSELLOR.user(), Action.READ, Optional.of(family.id())),
            org.assertj.core.groups.Tuple.tuple(EVALUATOR.user(), Action.SEARCH, Optional.empty()));
  }

  @Test
  void everyAllowedAccessIsAuditedWithTheNen7513Fields() {
    Family family = family("0363");

    core.families.find(TEAM_LEAD, family.id());

    AuditEntry read =
        audit().stream()
            .filter(e -> e.action() == Action.READ && e.user().equals(TEAM_LEAD.user()))
            .findFirst()
            .orElseThrow();
    assertThat(read.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(read.roles()).isEqualTo("team-lead");
    assertThat(read.organisation()).isEqualTo("steunpunt");
    assertThat(read.channel()).isEqualTo("web");
    assertThat(read.objectType()).isEqualTo("family");
    assertThat(read.objectId()).contains(family.id().toString());
    assertThat(read.category()).contains(DataCategory.IDENTITY);
    assertThat(read.purpose()).isEqualTo(Purpose.CARE);
    assertThat(read.at()).isEqualTo(CoreServices.NOW);
    core.audit.verify(PRIVACY_OFFICER);
    assertThat(audit().stream().filter(e -> e.sequence() == read.sequence()).findFirst())
        .hasValueSatisfying(
            e -> assertThat(e.hash()).hasValueSatisfying(h -> assertThat(h).hasSize(64)));
  }

  @Test
  void aBreakGlassTimeChangedByTheOperatorAppliesToTheNextUseAndAnOpenUseKeepsItsEnd() {
    BreakGlass before = core.access.breakGlass(OTHER_COUNSELLOR, family("0363").id(), "Crisis");

    core.access.modified(breakGlassMinutes(60));
    BreakGlass after = core.access.breakGlass(OTHER_COUNSELLOR, family("0363").id(), "Crisis");
    core.access.modified(breakGlassMinutes(1));
    BreakGlass held = core.access.breakGlass(OTHER_COUNSELLOR, family("0363").id(), "Crisis");

    assertThat(before.expiresAt()).isEqualTo(CoreServices.NOW.plus(Duration.ofHours(4)));
    assertThat(after.expiresAt()).isEqualTo(CoreServices.NOW.plus(Duration.ofHours(1)));
    // Under the metatype's minimum of five minutes: held to it.
    assertThat(held.expiresAt()).isEqualTo(CoreServices.NOW.plus(Duration.ofMinutes(5)));
    assertThat(core.access.breakGlass(OTHER_COUNSELLOR, before.familyId(), "Again").expiresAt())
        .isEqualTo(before.expiresAt());
  }

  @Test
  void breakGlassOpensAFamilyForFourHoursFlagsEveryAccessAndThenEndsByItself() {
    Family family = family("0363");

    BreakGlass use = core.access.breakGlass(OTHER_COUNSELLOR, family.id(), "Crisis call at night");
    assertThat(core.families.find(OTHER_COUNSELLOR, family.id())).isPresent();
    core.clock.advance(Duration.ofHours(4).minusSeconds(1));
    assertThat(core.families.find(OTHER_COUNSELLOR, family.id())).isPresent();
    core.clock.advance(Duration.ofSeconds(1));

    assertThat(core.families.find(OTHER_COUNSELLOR, family.id())).isEmpty();
    assertThat(use.expiresAt()).isEqualTo(CoreServices.NOW.plus(Duration.ofHours(4)));
    List<AuditEntry> reads =
        audit().stream()
            .filter(e -> e.user().equals(OTHER_COUNSELLOR.user()) && e.action() == Action.READ)
            .toList();
    assertThat(reads)
        .extracting(AuditEntry::outcome, AuditEntry::breakGlass, AuditEntry::purpose)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Outcome.DENIED, Optional.empty(), Purpose.CARE),
            org.assertj.core.groups.Tuple.tuple(
                Outcome.ALLOWED, Optional.of(use.id()), Purpose.EMERGENCY),
            org.assertj.core.groups.Tuple.tuple(
                Outcome.ALLOWED, Optional.of(use.id()), Purpose.EMERGENCY));
  }

  @Test
  void thePrivacyOfficerGetsAReviewForEveryUseOfBreakGlassAndReviewsItOnce() {
    Family family = family("0363");
    BreakGlass use = core.access.breakGlass(OTHER_COUNSELLOR, family.id(), "Crisis call at night");

    assertThat(core.access.uses(PRIVACY_OFFICER, true, PageRequest.FIRST).items())
        .extracting(BreakGlass::id)
        .containsExactly(use.id());
    BreakGlass reviewed = core.access.review(PRIVACY_OFFICER, use.id(), true, "Justified: crisis");

    assertThat(reviewed.review()).isPresent();
    assertThat(core.access.uses(PRIVACY_OFFICER, true, PageRequest.FIRST).items()).isEmpty();
    assertThatThrownBy(() -> core.access.review(PRIVACY_OFFICER, use.id(), false, "again"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> core.access.uses(OTHER_COUNSELLOR, true, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void breakingTheGlassByReferenceOpensTheSameFamilyWithTheSameAudit() {
    Family family = family("0363");

    BreakGlass use =
        core.access.breakGlass(
            OTHER_COUNSELLOR, family.reference().toLowerCase(Locale.ROOT), "Crisis call");

    assertThat(use.familyId()).isEqualTo(family.id());
    assertThat(core.families.find(OTHER_COUNSELLOR, family.id())).isPresent();
    assertThat(core.access.breakGlass(OTHER_COUNSELLOR, family.id(), "again").id())
        .as("the open use is answered, by id or by reference")
        .isEqualTo(use.id());
    assertThat(audit().stream().filter(e -> e.action() == Action.BREAK_GLASS))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.familyId()).contains(family.id());
              assertThat(e.breakGlass()).contains(use.id());
              assertThat(e.purpose()).isEqualTo(Purpose.EMERGENCY);
            });
  }

  @Test
  void breakingTheGlassByAnUnknownReferenceIsNotFoundAndNeedsAReferenceAndAReason() {
    family("0363");

    assertThatThrownBy(() -> core.access.breakGlass(OTHER_COUNSELLOR, "F-1999-0001", "Crisis"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageNotContaining("F-1999");
    assertThatThrownBy(() -> core.access.breakGlass(OTHER_COUNSELLOR, (String) null, "Crisis"))
        .isInstanceOf(nl.steunpunt.api.common.ValidationException.class);
    assertThatThrownBy(() -> core.access.breakGlass(OTHER_COUNSELLOR, "F-1999-0001", null))
        .isInstanceOf(nl.steunpunt.api.common.ValidationException.class);
  }

  @Test
  void onlyCounsellorsAndTeamLeadsMayBreakTheGlassByReference() {
    Family family = family("0363");

    assertThatThrownBy(
            () -> core.access.breakGlass(AMSTERDAM_OFFICER, family.reference(), "curious"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyCounsellorsAndTeamLeadsMayBreakTheGlass() {
    Family family = family("0363");

    assertThatThrownBy(() -> core.access.breakGlass(AMSTERDAM_OFFICER, family.id(), "curious"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.access.breakGlass(OTHER_COUNSELLOR, family.id(), " "))
        .isInstanceOf(nl.steunpunt.api.common.ValidationException.class);
  }

  @Test
  void aMunicipalityOfficerSeesItsFamiliesOnlyWhileTheTrajectoryIsFull() {
    Family amsterdam = family("0363");
    family("0599");
    Trajectory t = core.trajectories.ofFamily(TEAM_LEAD, amsterdam.id()).orElseThrow();
    assertThat(core.families.search(AMSTERDAM_OFFICER, FamilySearch.ALL, PageRequest.FIRST).total())
        .isZero();

    Trajectory involved =
        core.trajectories.involvePartners(TEAM_LEAD, t.id(), t.version(), List.of("GM0363"));
    core.trajectories.changePhase(
        TEAM_LEAD, t.id(), involved.version(), Phase.SUPPORT, Optional.empty());

    assertThat(core.families.search(AMSTERDAM_OFFICER, FamilySearch.ALL, PageRequest.FIRST).items())
        .extracting(Family::id)
        .containsExactly(amsterdam.id());
    assertThat(core.families.find(AMSTERDAM_OFFICER, amsterdam.id())).isPresent();
    assertThatThrownBy(() -> core.trajectories.notes(AMSTERDAM_OFFICER, t.id(), PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aTherapistSeesOnlyTheReferredMemberAndTheTherapyNotes() {
    Family family = family("0363");
    Member referred = member(family, "Amina");
    member(family, "Yusuf");
    Member mother =
        core.families.addMember(
            TEAM_LEAD,
            family.id(),
            new NewMember(
                MemberRole.PARENT, "Khadija", 1980, List.of("nl"), Whereabouts.AT_HOME_NL));
    Trajectory t = core.trajectories.ofFamily(TEAM_LEAD, family.id()).orElseThrow();
    assertThat(core.families.find(THERAPIST, family.id())).isEmpty();

    core.trajectories.refer(
        TEAM_LEAD,
        t.id(),
        new NewReferral(
            referred.id(),
            THERAPIST.organisation().id(),
            new Consent(
                ConsentBy.PARENTS,
                List.of(mother.id()),
                LocalDate.of(2026, 11, 20),
                ConsentForm.WRITTEN)));
    core.trajectories.writeNote(
        THERAPIST, t.id(), new NewNote(NoteCategory.THERAPY, "First session went well"));

    assertThat(core.families.members(THERAPIST, family.id()))
        .extracting(Member::id)
        .containsExactly(referred.id());
    assertThat(core.trajectories.notes(THERAPIST, t.id(), PageRequest.FIRST).items())
        .extracting(n -> n.category())
        .containsExactly(NoteCategory.THERAPY);
    // The team lead is not on this team, and therapy notes are never the centre's to read.
    assertThatThrownBy(() -> core.trajectories.notes(TEAM_LEAD, t.id(), PageRequest.FIRST))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                core.trajectories.record(
                    THERAPIST,
                    t.id(),
                    new NewEvent(
                        Optional.of(referred.id()),
                        CoreServices.NOW,
                        java.util.OptionalLong.empty(),
                        new EventDetail.Departure())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theOperatorSeesNoCaseContent() {
    Family family = family("0363");

    assertThatThrownBy(() -> core.families.search(OPERATOR, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.families.members(OPERATOR, family.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(core.audit.verify(OPERATOR).intact()).isTrue();
    assertThatThrownBy(() -> core.audit.search(OPERATOR, AuditSearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void tamperingWithOneAuditRowMakesVerificationFailAtThatRow() throws Exception {
    Family family = family("0363");
    for (int i = 0; i < 5; i++) {
      core.families.find(TEAM_LEAD, family.id());
    }
    assertThat(core.audit.verify(PRIVACY_OFFICER).intact()).isTrue();

    try (Connection c = database();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_entry SET user_name = 'nobody' WHERE sequence = 4");
    }

    var verification = core.audit.verify(PRIVACY_OFFICER);
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBroken()).hasValue(4);
  }

  @Test
  void withTheAuditLogUnwritableReadsAndWritesAreRefusedAndChangeNothing() throws Exception {
    Family family = family("0363");
    try (Connection c = database();
        Statement s = c.createStatement()) {
      // Every entry written so far passes; every new one fails.
      var max = s.executeQuery("SELECT MAX(sequence) FROM audit_entry");
      max.next();
      s.execute(
          "ALTER TABLE audit_entry ADD CONSTRAINT audit_blocked CHECK (sequence <= "
              + max.getLong(1)
              + ")");
    }

    assertThatThrownBy(() -> core.families.find(TEAM_LEAD, family.id()))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> family("0599")).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> core.families.find(OTHER_COUNSELLOR, family.id()))
        .isInstanceOf(UnavailableException.class);

    try (Connection c = database();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_entry DROP CONSTRAINT audit_blocked");
    }
    assertThat(core.families.search(TEAM_LEAD, FamilySearch.ALL, PageRequest.FIRST).total())
        .isEqualTo(1);
  }

  @Test
  void theAuditLogNeverHoldsTheTextOfANoteOrAName() {
    Family family = family("0363");
    member(family, "Amina");
    Trajectory t = core.trajectories.ofFamily(TEAM_LEAD, family.id()).orElseThrow();
    assign(family, OTHER_COUNSELLOR.user());
    core.trajectories.writeNote(
        OTHER_COUNSELLOR, t.id(), new NewNote(NoteCategory.COUNSELLING, "Mother worried"));
    core.trajectories.notes(OTHER_COUNSELLOR, t.id(), PageRequest.FIRST);

    assertThat(audit())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.toString()).doesNotContain("Mother", "Amina"));
  }

  @Test
  void aDataSubjectAccessReportHoldsTheMembersOwnDataAndAccessesWithoutStaffNames() {
    Family family = family("0363");
    Member amina = member(family, "Amina");
    Member yusuf = member(family, "Yusuf");
    core.families.changeWhereabouts(
        TEAM_LEAD, amina.id(), amina.version(), Whereabouts.ABROAD_CONFLICT_ZONE, CoreServices.NOW);
    core.families.changeWhereabouts(
        TEAM_LEAD, yusuf.id(), yusuf.version(), Whereabouts.UNKNOWN, CoreServices.NOW);
    core.families.members(TEAM_LEAD, family.id());

    AccessReport report = core.audit.accessReport(PRIVACY_OFFICER, amina.id());

    assertThat(report.member().id()).isEqualTo(amina.id());
    assertThat(report.events())
        .hasSize(1)
        .allSatisfy(e -> assertThat(e.memberId()).contains(amina.id()))
        .allSatisfy(e -> assertThat(e.recordedBy()).isNotEqualTo(TEAM_LEAD.user()));
    assertThat(report.accesses()).isNotEmpty();
    assertThat(report.toString())
        .doesNotContain(yusuf.id().toString())
        .doesNotContain("Yusuf")
        .doesNotContain(TEAM_LEAD.user());
    assertThatThrownBy(() -> core.audit.accessReport(OTHER_COUNSELLOR, amina.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aCounsellorCanTakeInAFamilyButNotAddMembersToAFamilyThatIsNotTheirs() {
    Family theirs =
        core.families.create(
            OTHER_COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    Family other = family("0363");

    Member added =
        core.families.addMember(
            OTHER_COUNSELLOR,
            theirs.id(),
            new NewMember(
                MemberRole.PARENT, "Khadija", 1975, List.of("ar"), Whereabouts.AT_HOME_NL));

    assertThat(core.families.members(OTHER_COUNSELLOR, theirs.id()))
        .extracting(Member::id)
        .contains(added.id());
    assertThatThrownBy(
            () ->
                core.families.addMember(
                    OTHER_COUNSELLOR,
                    other.id(),
                    new NewMember(
                        MemberRole.PARENT, "Khadija", 1975, List.of("ar"), Whereabouts.AT_HOME_NL)))
        .isInstanceOf(NotFoundException.class);
  }

  private static CoreAccessService.Config breakGlassMinutes(int minutes) {
    return new CoreAccessService.Config() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return CoreAccessService.Config.class;
      }

      @Override
      public int breakGlassMinutes() {
        return minutes;
      }
    };
  }
}
