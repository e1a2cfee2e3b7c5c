package nl.steunpunt.core.internal.erasure;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.evaluation.CoreEvaluationService;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention job on the real services and store (H2), with a retention period of 2 years and a
 * clock the test moves: day 0 is 2026-11-28.
 */
class RetentionJobTest {

  @TempDir Path folder;
  CoreServices core;
  RetentionJob job;
  CoreErasureService erasures;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    job = new RetentionJob(core.store, core.cases, TestActors.ACTORS, 2, core.clock);
    erasures = new CoreErasureService(core.cases);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Family family(String name) {
    Family family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.DUTCH_ORIGIN));
    core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(MemberRole.PARENT, name, 1975, List.of("nl"), Whereabouts.AT_HOME_NL));
    return family;
  }

  private Trajectory move(Family family, Phase to, Optional<String> reason) {
    Trajectory t = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    return core.trajectories.changePhase(COUNSELLOR, t.id(), t.version(), to, reason);
  }

  private void days(long days) {
    core.clock.advance(Duration.ofDays(days));
  }

  private List<UUID> erased() {
    return erasures.list(PRIVACY_OFFICER, new PageRequest(0, 50)).items().stream()
        .map(Erasure::familyId)
        .toList();
  }

  @Test
  void onlyFamiliesClosedLongerThanThePeriodAreErasedAndAReopenedOneIsKept() {
    Family closedFirst = family("Anna");
    Family reopened = family("Bram");
    Family open = family("Cees");
    Family closedLater = family("Dirk");
    move(closedFirst, Phase.CLOSED, Optional.empty());
    move(reopened, Phase.CLOSED, Optional.empty());
    days(10);
    move(reopened, Phase.CONTACT, Optional.of("The family asked again"));
    days(100);
    move(closedLater, Phase.CLOSED, Optional.empty());
    assertThat(open).isNotNull();

    days(2 * 365 - 100); // two years and 10 days after the first closings
    assertThat(job.eraseDue()).isEqualTo(1);

    assertThat(erased()).containsExactly(closedFirst.id());
    assertThat(core.families.find(COUNSELLOR, reopened.id())).isPresent();
    assertThat(core.families.find(COUNSELLOR, open.id())).isPresent();
    assertThat(core.families.find(COUNSELLOR, closedLater.id())).isPresent();

    days(110); // 2028 is a leap year: two years are 731 days here
    assertThat(job.eraseDue()).isEqualTo(1);
    assertThat(erased()).containsExactlyInAnyOrder(closedFirst.id(), closedLater.id());
    assertThat(job.eraseDue()).isZero();
  }

  @Test
  void aRetentionErasureIsAuditedAsThePlatformsOwnJobAndKeepsTheIndicators() {
    Family family = family("Anna");
    move(family, Phase.CLOSED, Optional.empty());
    CoreEvaluationService evaluation = new CoreEvaluationService(core.cases);
    days(3 * 365);
    List<Indicators> before = evaluation.yearly(EVALUATOR, 2026, 2029);

    assertThat(job.eraseDue()).isEqualTo(1);

    assertThat(evaluation.yearly(EVALUATOR, 2026, 2029)).isEqualTo(before);
    Erasure erasure = erasures.list(PRIVACY_OFFICER, new PageRequest(0, 10)).items().get(0);
    assertThat(erasure.ground()).isEqualTo(ErasureGround.RETENTION);
    assertThat(erasure.erasedBy()).isEqualTo("retention");
    assertThat(erasure.reason()).contains("2026-11-28", "2 years");
    AuditEntry entry =
        core
            .audit
            .search(
                PRIVACY_OFFICER,
                new AuditSearch(
                    Optional.of(family.id()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                new PageRequest(0, 100))
            .items()
            .stream()
            .filter(e -> e.action() == Action.ERASE)
            .findFirst()
            .orElseThrow();
    assertThat(entry.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(entry.user()).isEqualTo("retention");
    assertThat(entry.roles()).isEmpty();
    assertThat(entry.channel()).isEqualTo("platform:retention");
    assertThat(entry.detail()).contains("ground retention, erasure " + erasure.id());
    assertThat(core.audit.verify(PRIVACY_OFFICER).intact()).isTrue();
  }

  @Test
  void thePlatformsRetentionActorReadsNothing() {
    Family family = family("Anna");
    var actor = TestActors.ACTORS.platform(nl.steunpunt.core.internal.access.Actors.RETENTION);

    assertThatThrownBy(() -> core.families.find(actor, family.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                core.families.search(
                    actor, nl.steunpunt.api.family.FamilySearch.ALL, new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.audit.verify(actor)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> erasures.list(actor, new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
