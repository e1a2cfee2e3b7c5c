package nl.steunpunt.core.internal.trajectory;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A therapy provider's worklist, and a referred member read on their own. */
class ReferredToTest {

  static final Actor OTHER_THERAPIST =
      TestActors.actor(
          "tess",
          THERAPIST.roles(),
          new Organisation("therapy-zuid"),
          nl.steunpunt.api.access.Channel.WEB);

  @TempDir Path folder;
  CoreServices core;
  Member son;
  Member daughter;
  Referral referral;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    Family family =
        core.families.create(
            COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    Trajectory trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    son = add(family, MemberRole.CHILD_ABROAD, 2004);
    daughter = add(family, MemberRole.SIBLING, 2006);
    referral =
        core.trajectories.refer(
            COUNSELLOR,
            trajectory.id(),
            new NewReferral(
                son.id(),
                THERAPIST.organisation().id(),
                new Consent(
                    ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 1), ConsentForm.WRITTEN)));
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Member add(Family family, MemberRole role, int born) {
    return core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(role, "Naam", born, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  @Test
  void aTherapistSeesTheOpenReferralsToTheirOrganisation() {
    assertThat(core.trajectories.referredTo(THERAPIST, new PageRequest(0, 10)).items())
        .containsExactly(referral);
    assertThat(core.trajectories.referredTo(OTHER_THERAPIST, new PageRequest(0, 10)).items())
        .isEmpty();
  }

  @Test
  void staffWithoutAReferralTieSeeNoWorklistAndThePoliceAreRefused() {
    assertThat(core.trajectories.referredTo(TEAM_LEAD, new PageRequest(0, 10)).items()).isEmpty();
    assertThat(core.trajectories.referredTo(COUNSELLOR, new PageRequest(0, 10)).items()).isEmpty();
    assertThatThrownBy(() -> core.trajectories.referredTo(POLICE, new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aTherapistReadsTheReferredMemberButNotTheSibling() {
    assertThat(core.families.member(THERAPIST, son.id())).contains(son);
    assertThat(core.families.member(THERAPIST, daughter.id())).isEmpty();
    assertThat(core.families.member(OTHER_THERAPIST, son.id())).isEmpty();
    assertThat(core.families.member(COUNSELLOR, daughter.id())).contains(daughter);
  }
}
