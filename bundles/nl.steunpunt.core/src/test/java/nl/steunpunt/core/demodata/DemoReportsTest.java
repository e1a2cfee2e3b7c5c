package nl.steunpunt.core.demodata;

import static nl.steunpunt.core.internal.family.CoreServices.AMSTERDAM_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.NOW;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.demo.internal.DemoData;
import nl.steunpunt.store.FamilyFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's reports and critical moments, read back through the core's real services. */
class DemoReportsTest {

  static final String DEMO_COUNSELLOR = "counsellor";

  @TempDir Path folder;
  CoreServices core;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    DemoData.write(core.store, NOW);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  @Test
  void theDemoHasAReportInEveryStateOfTheWorkflowButWithdrawn() {
    List<SecurityReport> reports =
        core.reports.list(TEAM_LEAD, Optional.empty(), new PageRequest(0, 50)).items();

    assertThat(reports)
        .extracting(SecurityReport::state)
        .containsExactlyInAnyOrder(
            ReportState.DRAFT,
            ReportState.CONSULTED,
            ReportState.REPORTED,
            ReportState.REPORTED,
            ReportState.ACKNOWLEDGED,
            ReportState.CLOSED);
    assertThat(reports)
        .filteredOn(r -> r.state() == ReportState.DRAFT || r.state() == ReportState.CONSULTED)
        .allSatisfy(
            r ->
                assertThat(core.trajectories.find(TEAM_LEAD, r.trajectoryId()).orElseThrow().team())
                    .anyMatch(t -> t.user().equals(DEMO_COUNSELLOR)));
    assertThat(reports)
        .filteredOn(r -> r.state() == ReportState.CLOSED)
        .singleElement()
        .satisfies(
            r -> assertThat(r.disclosure().orElseThrow().reporter()).isEqualTo(Reporter.FAMILY));
  }

  @Test
  void theDemoMunicipalityOfficerAndPoliceLiaisonEachHaveAReportWaitingForThem() {
    List<ReceivedReport> amsterdam =
        core.reports.received(AMSTERDAM_OFFICER, new PageRequest(0, 50)).items();
    List<ReceivedReport> police = core.reports.received(POLICE, new PageRequest(0, 50)).items();

    assertThat(amsterdam)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recipient()).isEqualTo(Recipient.MUNICIPALITY);
              assertThat(r.state()).isEqualTo(ReportState.REPORTED);
            });
    assertThat(police)
        .extracting(ReceivedReport::state)
        .containsExactlyInAnyOrder(ReportState.REPORTED, ReportState.ACKNOWLEDGED);
  }

  @Test
  void theDemoCounsellorHasATaskToPlanInEachOfTheirOpenFamilies() {
    Actor counsellor =
        TestActors.actor(
            DEMO_COUNSELLOR, Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
    long open =
        core.families.search(counsellor, FamilySearch.ALL, new PageRequest(0, 200)).items().stream()
            .filter(f -> f.status() == FamilyStatus.ACTIVE)
            .count();

    assertThat(core.trajectories.openTasks(counsellor, new PageRequest(0, 200)).items())
        .hasSizeGreaterThanOrEqualTo((int) open)
        .filteredOn(t -> t.title().endsWith("plan the next conversation with the family"))
        .hasSize((int) open);
  }

  @Test
  void everyFamilyWhoseChildDiedAbroadCarriesTheCriticalMomentFlag() {
    List<Family> families =
        core.store.read(
            s -> s.families().search(FamilyFilter.ALL, new PageRequest(0, 200)).items());
    List<Family> bereaved =
        families.stream()
            .filter(
                f ->
                    core.store.read(s -> s.members().ofFamily(f.id())).stream()
                        .anyMatch(
                            m ->
                                m.role() == MemberRole.CHILD_ABROAD
                                    && m.whereabouts() == Whereabouts.DECEASED))
            .toList();

    assertThat(bereaved)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.lastCriticalMoment()).isPresent());
    assertThat(families)
        .filteredOn(f -> !bereaved.contains(f))
        .allSatisfy(f -> assertThat(f.lastCriticalMoment()).isEmpty());
  }
}
