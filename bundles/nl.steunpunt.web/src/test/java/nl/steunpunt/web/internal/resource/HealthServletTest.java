package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.platform.Readiness;
import org.junit.jupiter.api.Test;

class HealthServletTest {

  /** A platform status as the core gives it, with alerts. */
  record Status(boolean ready, List<String> alerts) implements PlatformStatus {
    @Override
    public String version() {
      return "0.1.0";
    }

    @Override
    public Readiness readiness() {
      return Readiness.waitingFor(ready ? List.of() : List.of("bundle nl.steunpunt.core"));
    }

    @Override
    public boolean demoMode() {
      return false;
    }
  }

  @Test
  void anyoneSeesHowManyAlertsThereAreButNotWhatTheySay() {
    HealthServlet.Health health =
        HealthServlet.health(
            new Status(true, List.of("partner bundle nl.example.x 1.0.0")), false, List.of());

    assertThat(health.status()).isEqualTo("UP");
    assertThat(health.alerts()).isEqualTo(1);
    assertThat(health.alertDetails()).isNull();
  }

  @Test
  void theOperatorSeesTheAlertsTexts() {
    HealthServlet.Health health =
        HealthServlet.health(
            new Status(true, List.of("partner bundle nl.example.x 1.0.0")), true, List.of());

    assertThat(health.alertDetails()).containsExactly("partner bundle nl.example.x 1.0.0");
  }

  @Test
  void alertsDoNotMakeThePlatformUnready() {
    assertThat(HealthServlet.health(new Status(true, List.of("a", "b")), false, List.of()).ready())
        .isTrue();
    assertThat(HealthServlet.health(new Status(false, List.of()), false, List.of()).status())
        .isEqualTo("STARTING");
    assertThat(HealthServlet.health(null, false, List.of()).status()).isEqualTo("DOWN");
  }

  @Test
  void aReadyPlatformWhoseServletsAreNotAllServedYetIsStillStarting() {
    HealthServlet.Health health =
        HealthServlet.health(
            new Status(true, List.of()), false, List.of("servlet or filter steunpunt-families"));

    assertThat(health.ready()).isFalse();
    assertThat(health.status()).isEqualTo("STARTING");
  }
}
