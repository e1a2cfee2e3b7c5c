package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.api.platform.Readiness;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

  @Test
  void aReadyProductionPlatformSaysSo() {
    assertThat(StatusCommand.render("0.1.0", Readiness.waitingFor(List.of()), false))
        .isEqualTo("Steunpunt 0.1.0\nReady:     yes\nMode:      production");
  }

  @Test
  void whatIsNotActiveIsListedAndDemoModeIsFlagged() {
    String text =
        StatusCommand.render(
            "0.1.0", Readiness.waitingFor(List.of("bundle nl.steunpunt.web")), true);

    assertThat(text)
        .contains("Ready:     no")
        .contains("DEMO")
        .endsWith("Waiting for bundle nl.steunpunt.web");
  }
}
