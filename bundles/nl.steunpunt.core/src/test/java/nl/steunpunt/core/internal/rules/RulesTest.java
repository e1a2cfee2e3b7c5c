package nl.steunpunt.core.internal.rules;

import static nl.steunpunt.core.internal.family.CoreServices.NOW;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each critical-moment rule, fired by recording an event through the real services. */
class RulesTest {

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member son;
  Member sister;
  Member brother;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            OTHER_COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    trajectory = core.trajectories.ofFamily(OTHER_COUNSELLOR, family.id()).orElseThrow();
    son = add(MemberRole.CHILD_ABROAD, "Yusuf", 2004);
    sister = add(MemberRole.SIBLING, "Amina", 2009);
    brother = add(MemberRole.SIBLING, "Bilal", 2012);
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

  private void record(Member member, EventDetail detail) {
    core.trajectories.record(
        OTHER_COUNSELLOR,
        trajectory.id(),
        new NewEvent(Optional.of(member.id()), NOW, OptionalLong.empty(), detail));
  }

  private List<Task> tasks() {
    return core.trajectories.openTasks(OTHER_COUNSELLOR, new PageRequest(0, 200)).items();
  }

  @Test
  void aDeathAbroadGivesASupportPlanInTwoDaysAndARiskReviewForEverySiblingInSeven() {
    record(son, new EventDetail.DeathAbroad());

    LocalDate today = LocalDate.of(2026, 11, 28);
    assertThat(tasks())
        .extracting(Task::title, Task::due)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                family.reference() + ": support plan for the family", today.plusDays(2)),
            org.assertj.core.groups.Tuple.tuple(
                family.reference()
                    + ": risk review of sibling (member "
                    + sister.id().toString().substring(0, 8)
                    + ")",
                today.plusDays(7)),
            org.assertj.core.groups.Tuple.tuple(
                family.reference()
                    + ": risk review of sibling (member "
                    + brother.id().toString().substring(0, 8)
                    + ")",
                today.plusDays(7)));
    assertThat(core.trajectories.criticalMoments(OTHER_COUNSELLOR, trajectory.id()))
        .singleElement()
        .satisfies(m -> assertThat(m.memberId()).isEqualTo(son.id()));
    assertThat(core.families.find(OTHER_COUNSELLOR, family.id()).orElseThrow().lastCriticalMoment())
        .contains(NOW);
    assertThat(tasks()).allSatisfy(t -> assertThat(t.title()).doesNotContain("Amina", "Bilal"));
  }

  @Test
  void aDepartureRiskDraftsOneReportForThatMember() {
    record(son, new EventDetail.DepartureRisk());
    record(son, new EventDetail.DepartureRisk());

    assertThat(core.reports.ofTrajectory(OTHER_COUNSELLOR, trajectory.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.memberId()).isEqualTo(son.id());
              assertThat(r.reason()).isEqualTo(ReportReason.DEPARTURE_RISK);
              assertThat(r.state()).isEqualTo(ReportState.DRAFT);
            });
  }

  @Test
  void anExpectedReturnDraftsAReport() {
    record(son, new EventDetail.ReturnExpected());

    assertThat(core.reports.ofTrajectory(OTHER_COUNSELLOR, trajectory.id()))
        .extracting(r -> r.reason())
        .containsExactly(ReportReason.RETURN_EXPECTED);
  }

  @Test
  void aReturnGivesATaskToCoordinateDetentionAndProsecutionWithTheMunicipality() {
    record(son, new EventDetail.Return());

    assertThat(tasks())
        .extracting(Task::title)
        .containsExactly(
            family.reference() + ": coordinate detention and prosecution with the municipality");
  }

  @Test
  void contactFromAbroadWithASiblingOrConcernAboutOneGivesThatSiblingARiskReview() {
    record(sister, new EventDetail.ContactFromAbroad());
    record(brother, new EventDetail.SiblingConcern());
    record(son, new EventDetail.ContactFromAbroad());

    assertThat(tasks())
        .extracting(Task::title)
        .containsExactlyInAnyOrder(
            family.reference()
                + ": risk review of sibling (member "
                + sister.id().toString().substring(0, 8)
                + ")",
            family.reference()
                + ": risk review of sibling (member "
                + brother.id().toString().substring(0, 8)
                + ")");
  }

  @Test
  void otherEventsFireNoRule() {
    record(son, new EventDetail.SessionHeld());

    assertThat(tasks()).isEmpty();
    assertThat(core.reports.ofTrajectory(OTHER_COUNSELLOR, trajectory.id())).isEmpty();
    assertThat(core.families.find(OTHER_COUNSELLOR, family.id()).orElseThrow().lastCriticalMoment())
        .isEmpty();
  }
}
