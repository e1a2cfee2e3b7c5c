package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.steunpunt.core.internal.platform.ReadinessCheck.ComponentView;
import nl.steunpunt.core.internal.platform.ReadinessCheck.State;
import org.junit.jupiter.api.Test;

/** A demo is ready only once the demo bundle has written its users and families. */
class DemoReadinessTest {

  private static final String[] CORE = {"nl.steunpunt.core", "nl.steunpunt.web"};

  @Test
  void inDemoModeTheDemoBundleMustBeUpForThePlatformToBeReady() {
    ReadinessCheck check = new ReadinessCheck(CorePlatformStatus.readyWith(CORE, true));
    Map<String, Boolean> active =
        Map.of("nl.steunpunt.core", true, "nl.steunpunt.web", true, "nl.steunpunt.demo", true);

    assertThat(
            check
                .evaluate(Map.of("nl.steunpunt.core", true, "nl.steunpunt.web", true), List.of())
                .waitingFor())
        .containsExactly("bundle nl.steunpunt.demo");
    // Still writing its families: the immediate component is not active yet.
    assertThat(
            check
                .evaluate(
                    active,
                    List.of(
                        new ComponentView(
                            "nl.steunpunt.demo",
                            "nl.steunpunt.demo.internal.DemoData",
                            true,
                            true,
                            false,
                            List.of(State.SATISFIED))))
                .waitingFor())
        .containsExactly("component nl.steunpunt.demo.internal.DemoData");
  }

  @Test
  void outsideDemoModeNoDemoBundleIsWaitedFor() {
    assertThat(CorePlatformStatus.readyWith(CORE, false))
        .containsExactly("nl.steunpunt.core", "nl.steunpunt.web");
    assertThat(
            new ReadinessCheck(CorePlatformStatus.readyWith(CORE, false))
                .evaluate(Map.of("nl.steunpunt.core", true, "nl.steunpunt.web", true), List.of())
                .ready())
        .isTrue();
  }
}
