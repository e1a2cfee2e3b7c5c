package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.platform.PlatformMetrics;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/** Every answered request is counted with its route label and final status. */
class RequestMetricsFilterTest {

  private static final String ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

  record Recorded(String method, String route, int status) {}

  private final List<Recorded> recorded = new ArrayList<>();
  private final RequestMetricsFilter filter =
      new RequestMetricsFilter(
          new PlatformMetrics() {
            @Override
            public String scrape(Actor actor) {
              return "";
            }

            @Override
            public void request(String method, String route, int status, Duration duration) {
              assertThat(duration.isNegative()).isFalse();
              recorded.add(new Recorded(method, route, status));
            }

            @Override
            public void openStreams(int open) {}
          });

  @Test
  void aRoutedRequestIsRecordedWithItsTemplateAndStatus() throws Exception {
    var request = FakeRequest.get("/api/v1/families/" + ID).build();
    HttpServletResponse response = new FakeResponse().build();

    filter.doFilter(
        request,
        response,
        (req, res) -> {
          req.setAttribute(
              SteunpuntHttp.ROUTE_ATTRIBUTE, new RouteTemplate("/api/v1/families/{id}"));
          ((HttpServletResponse) res).setStatus(200);
        });

    assertThat(recorded).containsExactly(new Recorded("GET", "/api/v1/families/{id}", 200));
  }

  @Test
  void anUnknownPathIsRecordedAsOtherWithoutItsPath() throws Exception {
    filter.doFilter(
        FakeRequest.get("/no/such/" + ID).build(),
        new FakeResponse().build(),
        (req, res) -> ((HttpServletResponse) res).setStatus(404));

    assertThat(recorded).containsExactly(new Recorded("GET", RouteLabels.OTHER, 404));
  }

  @Test
  void aFailureThatEscapesIsRecordedAsA500AndPassedOn() {
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    FakeRequest.get("/api/v1/me").build(),
                    new FakeResponse().build(),
                    (req, res) -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(recorded).containsExactly(new Recorded("GET", "/api/v1/me", 500));
  }

  @Test
  void withoutTheCoresMetricsNothingIsRecordedAndTheRequestIsServed() throws Exception {
    boolean[] served = {false};
    new RequestMetricsFilter()
        .doFilter(
            FakeRequest.get("/health").build(),
            new FakeResponse().build(),
            (req, res) -> served[0] = true);

    assertThat(served[0]).isTrue();
  }

  @Test
  void healthIsNotMeasured() throws Exception {
    boolean[] served = {false};
    filter.doFilter(
        FakeRequest.get("/health").build(),
        new FakeResponse().build(),
        (req, res) -> served[0] = true);

    assertThat(served[0]).isTrue();
    assertThat(recorded).isEmpty();
  }
}
