package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.platform.PlatformMetrics;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/** {@code /metrics}: Prometheus text for the operator, problems for everyone else. */
class MetricsServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();
  private static final JsonCodec JSON = new JsonCodec(1_048_576, 32, 100_000, 32);
  private static final Actor OPERATOR =
      ISSUER.issue("op", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.WEB);
  private static final Actor COUNSELLOR =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  /** Decides as the core does: operators only. */
  static final class Metrics implements PlatformMetrics {
    @Override
    public String scrape(Actor actor) {
      if (!actor.has(Role.OPERATOR)) {
        throw new AccessDeniedException("Only an operator reads the platform's metrics.");
      }
      return "# TYPE steunpunt_ui_streams_open gauge\nsteunpunt_ui_streams_open 0.0\n";
    }

    @Override
    public void request(String method, String route, int status, Duration duration) {}

    @Override
    public void openStreams(int open) {}
  }

  private final MetricsServlet servlet = new MetricsServlet(JSON, new Metrics());

  @Test
  void anOperatorGetsThePrometheusText() {
    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get("/metrics").as(OPERATOR));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body()).contains("steunpunt_ui_streams_open 0.0");
  }

  @Test
  void withoutALoginTheAnswerIsA401Problem() {
    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get("/metrics"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void aStaffUserGetsA403ProblemAndNoMetrics() {
    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get("/metrics").as(COUNSELLOR));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("steunpunt_");
  }

  @Test
  void withoutTheCoresMetricsTheAnswerIsA503Problem() {
    FakeResponse response =
        FakeResponse.send(new MetricsServlet(JSON, null), FakeRequest.get("/metrics").as(OPERATOR));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
