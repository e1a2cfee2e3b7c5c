package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
                            true,
                            false,
                            List.of(State.SATISFIED))))
                .waitingFor())
        .containsExactly("component nl.steunpunt.demo.internal.DemoData");
  }

  @Test
  void aDemoIsNotReadyWhileItsUsersComponentWaitsToBeEnabledAfterItsFamiliesAndPartners() {
    ReadinessCheck check = new ReadinessCheck(CorePlatformStatus.readyWith(CORE, true));
    Map<String, Boolean> active =
        Map.of("nl.steunpunt.core", true, "nl.steunpunt.web", true, "nl.steunpunt.demo", true);
    // Declarative Services enables a bundle's components one after the other: while the earlier
    // ones activate, the runtime reports the users' component as not enabled and has no
    // configuration of it.
    List<ComponentView> betweenPartnersAndUsers =
        List.of(
            new ComponentView(
                "nl.steunpunt.demo", "DemoData", true, true, true, false, List.of(State.ACTIVE)),
            new ComponentView(
                "nl.steunpunt.demo",
                "DemoPartners",
                true,
                true,
                true,
                false,
                List.of(State.ACTIVE)),
            new ComponentView(
                "nl.steunpunt.demo", "DemoUsers", false, true, true, false, List.of()));

    assertThat(
            check
                .evaluate(active, Set.of("nl.steunpunt.demo"), betweenPartnersAndUsers)
                .waitingFor())
        .containsExactly("component DemoUsers (not enabled)");
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
