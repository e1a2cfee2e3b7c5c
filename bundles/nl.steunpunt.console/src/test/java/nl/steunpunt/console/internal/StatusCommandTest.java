package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.api.platform.Readiness;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

  @Test
  void aReadyProductionPlatformSaysSo() {
    assertThat(StatusCommand.render("0.1.0", Readiness.waitingFor(List.of()), false, List.of()))
        .isEqualTo("Steunpunt 0.1.0\nReady:     yes\nMode:      production\nAlerts:    none");
  }

  @Test
  void whatIsNotActiveIsListedAndDemoModeIsFlagged() {
    String text =
        StatusCommand.render(
            "0.1.0", Readiness.waitingFor(List.of("bundle nl.steunpunt.web")), true, List.of());

    assertThat(text)
        .contains("Ready:     no")
        .contains("DEMO")
        .contains("Waiting for bundle nl.steunpunt.web");
  }

  @Test
  void everyAlertIsListedForTheOperator() {
    String text =
        StatusCommand.render(
            "0.1.0",
            Readiness.waitingFor(List.of()),
            false,
            List.of(
                "partner bundle nl.example.x 1.0.0 not on the allow-list",
                "partner politie has more than one grant"));

    assertThat(text)
        .contains("Alerts:    2")
        .contains("  ! partner bundle nl.example.x 1.0.0 not on the allow-list")
        .endsWith("  ! partner politie has more than one grant");
  }
}
