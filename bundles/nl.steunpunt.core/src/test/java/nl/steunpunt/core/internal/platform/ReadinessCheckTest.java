package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.steunpunt.api.platform.Readiness;
import nl.steunpunt.core.internal.platform.ReadinessCheck.ComponentView;
import nl.steunpunt.core.internal.platform.ReadinessCheck.State;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

  private final ReadinessCheck check = new ReadinessCheck(List.of("core", "web"));
  private final Map<String, Boolean> allActive = Map.of("core", true, "web", true);

  @Test
  void readyWhenEveryCoreBundleAndComponentIsUp() {
    Readiness readiness =
        check.evaluate(
            allActive,
            List.of(
                new ComponentView("core", "a", true, true, true, false, List.of(State.ACTIVE)),
                new ComponentView("web", "b", true, true, false, false, List.of(State.SATISFIED))));

    assertThat(readiness.ready()).isTrue();
    assertThat(readiness.waitingFor()).isEmpty();
  }

  @Test
  void notReadyWhileAnActiveBundleDeclaringComponentsHasNoneReportedYet() {
    Readiness readiness =
        check.evaluate(
            allActive,
            java.util.Set.of("core", "web"),
            List.of(
                new ComponentView("core", "a", true, true, true, false, List.of(State.ACTIVE))));

    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.waitingFor()).containsExactly("components of bundle web");
  }

  @Test
  void notReadyWhileACoreBundleIsMissingOrStopped() {
    Readiness readiness = check.evaluate(Map.of("core", true, "web", false), List.of());

    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.waitingFor()).containsExactly("bundle web");
  }

  @Test
  void notReadyWhileACoreComponentLacksAReferenceOrFailed() {
    Readiness readiness =
        check.evaluate(
            allActive,
            List.of(
                new ComponentView(
                    "core", "unsatisfied", true, true, false, false, List.of(State.UNSATISFIED)),
                new ComponentView(
                    "web", "failed", true, true, false, false, List.of(State.ACTIVE, State.FAILED)),
                new ComponentView("web", "unconfigured", true, true, false, false, List.of())));

    assertThat(readiness.waitingFor())
        .containsExactly("component unsatisfied", "component failed", "component unconfigured");
  }

  @Test
  void anImmediateComponentCountsOnlyOnceActive() {
    Readiness activating =
        check.evaluate(
            allActive,
            List.of(
                new ComponentView(
                    "core", "demo", true, true, true, false, List.of(State.SATISFIED))));

    assertThat(activating.waitingFor()).containsExactly("component demo");
  }

  @Test
  void componentsOfOtherBundlesAndComponentsDisabledByDefaultDoNotCount() {
    Readiness readiness =
        check.evaluate(
            allActive,
            List.of(
                new ComponentView("partner", "p", true, true, false, false, List.of(State.FAILED)),
                new ComponentView("partner", "later", false, true, true, false, List.of()),
                new ComponentView("core", "off", false, false, false, false, List.of())));

    assertThat(readiness.ready()).isTrue();
  }

  @Test
  void aCoreComponentEnabledByDefaultButNotEnabledIsWaitedFor() {
    // Not enabled yet while the bundle's earlier components activate, or disabled by an operator
    // (scr:disable): either way the node is not whole.
    Readiness readiness =
        check.evaluate(
            allActive,
            List.of(new ComponentView("core", "users", false, true, true, false, List.of())));

    assertThat(readiness.waitingFor()).containsExactly("component users (not enabled)");
  }

  @Test
  void aComponentPerOperatorConfigurationWithNoneConfiguredIsNotWaitedFor() {
    Readiness readiness =
        check.evaluate(
            Map.of("core", true, "web", true),
            List.of(
                new ComponentView(
                    "core", "grant", true, true, false, true, List.of(State.UNCONFIGURED)),
                new ComponentView("core", "allow", true, true, false, true, List.of()),
                new ComponentView(
                    "core", "broken", true, true, false, true, List.of(State.FAILED))));

    assertThat(readiness.waitingFor()).containsExactly("component broken");
  }
}
