package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoModeTest {

  @Test
  void demoModeIsOffByDefault() {
    assertThat(DemoMode.from(Map.of(), null).enabled()).isFalse();
  }

  @Test
  void theEnvironmentVariableTurnsDemoModeOn() {
    assertThat(DemoMode.from(Map.of("STEUNPUNT_DEMO", "true"), null).enabled()).isTrue();
  }

  @Test
  void theSystemPropertyTurnsDemoModeOn() {
    assertThat(DemoMode.from(Map.of(), "true").enabled()).isTrue();
  }

  @Test
  void anythingButTrueLeavesDemoModeOff() {
    assertThat(DemoMode.from(Map.of("STEUNPUNT_DEMO", "yes"), "1").enabled()).isFalse();
  }
}
