package nl.steunpunt.core.internal.trajectory;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.CaseFile;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family's case file is what the family, its members and its trajectory read one by one give,
 * decided by the same policy, in one transaction, audited as one identity read and one trajectory
 * read.
 */
class CaseFileTest {

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member son;
  Member daughter;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    son = add(MemberRole.CHILD_ABROAD, 2004);
    daughter = add(MemberRole.SIBLING, 2006);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(MemberRole role, int born) {
    return core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(role, "Naam", born, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  @Test
  void theCaseFileIsTheFamilyItsMembersAndItsTrajectoryAsReadOneByOne() {
    for (Actor actor : List.of(COUNSELLOR, TEAM_LEAD)) {
      CaseFile file = core.trajectories.caseFile(actor, family.id()).orElseThrow();

      assertThat(file.family()).isEqualTo(core.families.find(actor, family.id()).orElseThrow());
      assertThat(file.members())
          .containsExactly(son, daughter)
          .isEqualTo(core.families.members(actor, family.id()));
      assertThat(file.trajectory())
          .isEqualTo(core.trajectories.ofFamily(actor, family.id()))
          .isPresent();
    }
  }

  @Test
  void oneCaseFileIsAuditedAsOneIdentityReadAndOneTrajectoryRead() {
    long before = entries().stream().mapToLong(AuditEntry::sequence).max().orElse(0);

    core.trajectories.caseFile(COUNSELLOR, family.id()).orElseThrow();

    List<AuditEntry> added =
        entries().stream()
            .filter(e -> e.sequence() > before && e.user().equals(COUNSELLOR.user()))
            .toList();
    assertThat(added)
        .extracting(e -> e.category().orElseThrow(), AuditEntry::objectType, AuditEntry::outcome)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(DataCategory.IDENTITY, "family", Outcome.ALLOWED),
            org.assertj.core.groups.Tuple.tuple(
                DataCategory.TRAJECTORY_STATUS, "trajectory", Outcome.ALLOWED));
    assertThat(added).allSatisfy(e -> assertThat(e.familyId()).contains(family.id()));
  }

  @Test
  void aTherapistsCaseFileHasTheReferredMemberOnlyAndNoTrajectoryAndNothingIsRefused() {
    core.trajectories.refer(
        COUNSELLOR,
        trajectory.id(),
        new NewReferral(
            son.id(),
            THERAPIST.organisation().id(),
            new Consent(
                ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 1), ConsentForm.WRITTEN)));
    long deniedBefore = denied();

    CaseFile file = core.trajectories.caseFile(THERAPIST, family.id()).orElseThrow();

    assertThat(file.members()).containsExactly(son);
    assertThat(file.trajectory()).isEmpty();
    assertThat(denied()).as("no refusal recorded").isEqualTo(deniedBefore);
  }

  @Test
  void aFamilyThatIsNotTheirsOrDoesNotExistIsNoCaseFile() {
    assertThat(core.trajectories.caseFile(OTHER_COUNSELLOR, family.id())).isEmpty();
    assertThat(core.trajectories.caseFile(COUNSELLOR, UUID.randomUUID())).isEmpty();
  }

  @Test
  void aRoleThatNeverReadsFamiliesIsRefused() {
    assertThatThrownBy(() -> core.trajectories.caseFile(EVALUATOR, family.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private List<AuditEntry> entries() {
    return core.audit.search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200)).items();
  }

  private long denied() {
    return entries().stream().filter(e -> e.outcome() == Outcome.DENIED).count();
  }
}
