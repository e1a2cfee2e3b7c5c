package nl.steunpunt.core.internal.report;

import static nl.steunpunt.core.internal.family.CoreServices.AMSTERDAM_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.LEGAL_BASIS;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security report workflow on the real services and store. */
class ReportWorkflowTest {

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member mother;
  Member son;
  Member daughter;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            OTHER_COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    trajectory = core.trajectories.ofFamily(OTHER_COUNSELLOR, family.id()).orElseThrow();
    mother = add(MemberRole.PARENT, "Khadija", 1975);
    son = add(MemberRole.CHILD_ABROAD, "Yusuf", 2006);
    daughter = add(MemberRole.SIBLING, "Amina", 2010);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(MemberRole role, String name, int born) {
    return core.families.addMember(
        OTHER_COUNSELLOR,
        family.id(),
        new NewMember(role, name, born, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  private SecurityReport draft() {
    return core.reports.draft(
        OTHER_COUNSELLOR, trajectory.id(), son.id(), ReportReason.DEPARTURE_RISK);
  }

  private SecurityReport consulted(Reporter reporter, Recipient recipient) {
    SecurityReport draft = draft();
    return core.reports.consult(
        OTHER_COUNSELLOR,
        draft.id(),
        draft.version(),
        new NewConsultation(CoreServices.NOW, List.of(mother.id()), reporter, recipient));
  }

  private SecurityReport reportedToPolice() {
    SecurityReport consulted = consulted(Reporter.CENTRE, Recipient.POLICE);
    return core.reports.report(
        OTHER_COUNSELLOR, consulted.id(), consulted.version(), LEGAL_BASIS, Optional.empty());
  }

  @Test
  void aDraftCannotBeReportedBeforeTheParentsWereConsulted() {
    SecurityReport draft = draft();

    assertThatThrownBy(
            () ->
                core.reports.report(
                    OTHER_COUNSELLOR, draft.id(), draft.version(), LEGAL_BASIS, Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("consulted");
    assertThat(core.reports.find(OTHER_COUNSELLOR, draft.id()).orElseThrow().state())
        .isEqualTo(ReportState.DRAFT);
  }

  @Test
  void theConsultationNamesParentsOfThisFamily() {
    SecurityReport draft = draft();

    assertThatThrownBy(
            () ->
                core.reports.consult(
                    OTHER_COUNSELLOR,
                    draft.id(),
                    draft.version(),
                    new NewConsultation(
                        CoreServices.NOW,
                        List.of(daughter.id()),
                        Reporter.CENTRE,
                        Recipient.POLICE)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theCentreDisclosesTheMinimalDataSetAndThePoliceSeeOnlyThat() {
    SecurityReport reported = reportedToPolice();

    ReceivedReport received =
        core.reports.received(POLICE, PageRequest.FIRST).items().stream()
            .filter(r -> r.id().equals(reported.id()))
            .findFirst()
            .orElseThrow();
    assertThat(reported.state()).isEqualTo(ReportState.REPORTED);
    assertThat(received.dataSet().familyReference()).isEqualTo(family.reference());
    assertThat(received.dataSet().givenName()).isEqualTo("Yusuf");
    assertThat(received.dataSet().birthYear()).isEqualTo(2006);
    assertThat(received.dataSet().centreContact()).isEqualTo(OTHER_COUNSELLOR.user());
    assertThat(received.toString()).doesNotContain("Khadija", "Amina");
    assertThat(core.reports.received(AMSTERDAM_OFFICER, PageRequest.FIRST).items()).isEmpty();
    assertThatThrownBy(() -> core.families.find(POLICE, family.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void thePoliceAcknowledgeAndTheCentreCloses() {
    SecurityReport reported = reportedToPolice();

    ReceivedReport acknowledged =
        core.reports.acknowledgeReceived(POLICE, reported.id(), reported.version());
    SecurityReport closed =
        core.reports.close(OTHER_COUNSELLOR, reported.id(), acknowledged.version());

    assertThat(acknowledged.state()).isEqualTo(ReportState.ACKNOWLEDGED);
    assertThat(closed.state()).isEqualTo(ReportState.CLOSED);
    assertThatThrownBy(() -> core.reports.acknowledgeReceived(AMSTERDAM_OFFICER, reported.id(), 3))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFamilyThatReportsItselfIsRecordedWithoutADisclosureByTheCentre() {
    SecurityReport consulted = consulted(Reporter.FAMILY, Recipient.MUNICIPALITY);

    SecurityReport reported =
        core.reports.report(
            OTHER_COUNSELLOR,
            consulted.id(),
            consulted.version(),
            LEGAL_BASIS,
            Optional.of(CoreServices.NOW));

    assertThat(reported.disclosure().orElseThrow().dataSet()).isEmpty();
    assertThat(core.reports.received(AMSTERDAM_OFFICER, PageRequest.FIRST).items()).isEmpty();
  }

  @Test
  void onlyATeamLeadMayReportWithoutConsultationAndTheReportIsFlagged() {
    SecurityReport draft = draft();

    assertThatThrownBy(
            () ->
                core.reports.reportWithoutConsultation(
                    OTHER_COUNSELLOR,
                    draft.id(),
                    draft.version(),
                    LEGAL_BASIS,
                    Recipient.POLICE,
                    "Boy at the airport"))
        .isInstanceOf(AccessDeniedException.class);
    SecurityReport overridden =
        core.reports.reportWithoutConsultation(
            TEAM_LEAD,
            draft.id(),
            draft.version(),
            LEGAL_BASIS,
            Recipient.POLICE,
            "At the airport");

    assertThat(overridden.overridden()).isTrue();
    List<AuditEntry> disclosures =
        core
            .audit
            .search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200))
            .items()
            .stream()
            .filter(e -> e.action() == Action.DISCLOSE && e.detail().isPresent())
            .toList();
    assertThat(disclosures).hasSize(1);
    assertThat(disclosures.get(0).detail().orElseThrow()).contains("OVERRIDE");
  }

  @Test
  void aReportCanBeWithdrawnBeforeButNotAfterItWasMade() {
    SecurityReport draft = draft();
    SecurityReport withdrawn =
        core.reports.withdraw(OTHER_COUNSELLOR, draft.id(), draft.version(), "Risk was averted");
    SecurityReport reported = reportedToPolice();

    assertThat(withdrawn.state()).isEqualTo(ReportState.WITHDRAWN);
    assertThatThrownBy(
            () ->
                core.reports.withdraw(
                    OTHER_COUNSELLOR, reported.id(), reported.version(), "Changed our mind"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aStaleVersionChangesNothing() {
    SecurityReport draft = draft();

    assertThatThrownBy(
            () ->
                core.reports.consult(
                    OTHER_COUNSELLOR,
                    draft.id(),
                    draft.version() + 1,
                    new NewConsultation(
                        CoreServices.NOW, List.of(mother.id()), Reporter.CENTRE, Recipient.POLICE)))
        .isInstanceOf(ConflictException.class);
    assertThat(core.reports.find(OTHER_COUNSELLOR, draft.id()).orElseThrow().version())
        .isEqualTo(draft.version());
  }

  @Test
  void aLegalBasisMustBeOneOfTheConfiguredOnes() {
    SecurityReport consulted = consulted(Reporter.CENTRE, Recipient.POLICE);

    assertThatThrownBy(
            () ->
                core.reports.report(
                    OTHER_COUNSELLOR,
                    consulted.id(),
                    consulted.version(),
                    "Because we can",
                    Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aReportToTheMunicipalityIsSeenAndAcknowledgedOnlyByThatMunicipality() {
    SecurityReport consulted = consulted(Reporter.CENTRE, Recipient.MUNICIPALITY);
    SecurityReport reported =
        core.reports.report(
            OTHER_COUNSELLOR, consulted.id(), consulted.version(), LEGAL_BASIS, Optional.empty());

    assertThat(core.reports.received(AMSTERDAM_OFFICER, PageRequest.FIRST).items())
        .extracting(ReceivedReport::id)
        .containsExactly(reported.id());
    assertThat(core.reports.received(POLICE, PageRequest.FIRST).items()).isEmpty();
    assertThat(
            core.reports
                .acknowledgeReceived(AMSTERDAM_OFFICER, reported.id(), reported.version())
                .state())
        .isEqualTo(ReportState.ACKNOWLEDGED);
  }

  @Test
  void anUnacknowledgedReportGetsOneReminderTaskForWhoeverMadeIt() {
    SecurityReport reported = reportedToPolice();
    ReportReminders reminders =
        new ReportReminders(
            core.store,
            java.time.Duration.ofHours(48),
            java.time.Clock.fixed(
                CoreServices.NOW.plus(java.time.Duration.ofHours(49)), java.time.ZoneOffset.UTC));

    assertThat(reminders.remind()).isEqualTo(1);
    assertThat(reminders.remind()).isZero();
    assertThat(core.trajectories.openTasks(OTHER_COUNSELLOR, PageRequest.FIRST).items())
        .extracting(t -> t.title())
        .containsExactly(family.reference() + ": report to the police not acknowledged, follow up");
    assertThat(reported.state()).isEqualTo(ReportState.REPORTED);
  }

  @Test
  void theOverviewHoldsOnlyTheReportsOfTheActorsFamiliesAndCountsOnlyThose() {
    draft();
    reportedToPolice();

    assertThat(core.reports.list(OTHER_COUNSELLOR, Optional.empty(), PageRequest.FIRST).total())
        .isEqualTo(2);
    assertThat(
            core.reports
                .list(OTHER_COUNSELLOR, Optional.of(ReportState.REPORTED), PageRequest.FIRST)
                .items())
        .extracting(SecurityReport::state)
        .containsExactly(ReportState.REPORTED);
    assertThat(
            core.reports.list(CoreServices.COUNSELLOR, Optional.empty(), PageRequest.FIRST).total())
        .isZero();
    assertThat(core.reports.list(TEAM_LEAD, Optional.empty(), PageRequest.FIRST).total())
        .isEqualTo(2);
    assertThat(core.reports.list(POLICE, Optional.empty(), PageRequest.FIRST).total())
        .as("the police see received reports, not the centre's overview")
        .isZero();
  }

  @Test
  void theMunicipalityOfficerCannotReadTheReportsOfItsFamiliesThatWereNotMadeToIt() {
    Trajectory involved =
        core.trajectories.involvePartners(
            OTHER_COUNSELLOR, trajectory.id(), trajectory.version(), List.of("GM0363"));
    core.trajectories.changePhase(
        OTHER_COUNSELLOR,
        trajectory.id(),
        involved.version(),
        nl.steunpunt.api.trajectory.Phase.SUPPORT,
        Optional.empty());
    SecurityReport toPolice = reportedToPolice();

    assertThat(core.families.find(AMSTERDAM_OFFICER, family.id())).isPresent();
    assertThat(core.reports.find(AMSTERDAM_OFFICER, toPolice.id())).isEmpty();
    assertThatThrownBy(() -> core.reports.ofTrajectory(AMSTERDAM_OFFICER, trajectory.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(core.reports.list(AMSTERDAM_OFFICER, Optional.empty(), PageRequest.FIRST).total())
        .isZero();
  }
}
