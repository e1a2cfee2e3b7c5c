package nl.steunpunt.api.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseTest {

  @Test
  void aTrajectoryMovesForwardOnePhaseAtATime() {
    assertThat(Phase.CONTACT.next()).contains(Phase.SUPPORT).doesNotContain(Phase.AFTERCARE);
    assertThat(Phase.SUPPORT.next()).contains(Phase.AFTERCARE);
    assertThat(Phase.AFTERCARE.next()).contains(Phase.CLOSED);
  }

  @Test
  void contactWithoutAFullTrajectoryMayClose() {
    assertThat(Phase.CONTACT.next()).contains(Phase.CLOSED);
  }

  @Test
  void aftercareMayGoBackToSupport() {
    assertThat(Phase.AFTERCARE.next()).contains(Phase.SUPPORT);
  }

  @Test
  void noPhaseMovesToItself() {
    for (Phase phase : Phase.values()) {
      assertThat(phase.next()).doesNotContain(phase);
    }
  }

  @Test
  void onlyLeavingClosedIsAReopening() {
    assertThat(Phase.CLOSED.reopensTo(Phase.CONTACT)).isTrue();
    assertThat(Phase.CLOSED.reopensTo(Phase.SUPPORT)).isTrue();
    assertThat(Phase.SUPPORT.reopensTo(Phase.AFTERCARE)).isFalse();
    assertThat(Phase.CLOSED.next()).doesNotContain(Phase.AFTERCARE);
  }
}
