package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/** The route labels of the request metrics: templates, never the paths as sent. */
class RouteLabelsTest {

  private static final String ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

  @Test
  void aRoutedRequestIsLabelledWithTheTemplateItMatchedNotItsIds() throws IOException {
    ApiRoutes router =
        new ApiRoutes()
            .get("/api/v1/families/{id}", exchange -> {})
            .get("/api/v1/families/{id}/members", exchange -> {});
    FakeRequest request = FakeRequest.get("/api/v1/families/" + ID + "/members");
    var http = request.build();

    router.dispatch(http, new FakeResponse().build(), new JsonCodec(1_048_576, 32, 100_000, 32));

    String label = RouteLabels.of(http.getAttribute(SteunpuntHttp.ROUTE_ATTRIBUTE), "ignored");
    assertThat(label).isEqualTo("/api/v1/families/{id}/members").doesNotContain(ID);
  }

  @Test
  void aStringSetAsTheRouteAttributeIsNotBelievedAndPartnerPathsAreOneLabel() {
    // What a partner's servlet, which shares the request, could set.
    assertThat(RouteLabels.of("/families/" + ID + "/jansen", "/api/v1/families/" + ID))
        .isEqualTo(RouteLabels.OTHER);
    assertThat(
            RouteLabels.of(
                new RouteTemplate("/api/v1/partners/police/{anything}"),
                "/api/v1/partners/police/" + ID))
        .isEqualTo("/api/v1/partners/*");
  }

  @Test
  void aKnownPathWithAnotherMethodIsStillLabelledWithItsTemplate() {
    ApiRoutes router = new ApiRoutes().get("/api/v1/families/{id}", exchange -> {});
    var http = FakeRequest.method("DELETE", "/api/v1/families/" + ID).build();

    try {
      router.dispatch(http, new FakeResponse().build(), null);
    } catch (ProblemException | IOException expected405) {
      // answered 405 by the servlet's problem handling
    }

    assertThat(RouteLabels.of(http.getAttribute(SteunpuntHttp.ROUTE_ATTRIBUTE), "x"))
        .isEqualTo("/api/v1/families/{id}");
  }

  @Test
  void theFixedPathsAreTheirOwnLabels() {
    assertThat(RouteLabels.of(null, "/health")).isEqualTo("/health");
    assertThat(RouteLabels.of(null, "/metrics")).isEqualTo("/metrics");
    assertThat(RouteLabels.of(null, "/api/v1/me")).isEqualTo("/api/v1/me");
    assertThat(RouteLabels.of(null, "/api/v1/ui/events")).isEqualTo("/api/v1/ui/events");
  }

  @Test
  void theShellsFilesAndThePartnersPathsCollapseIntoTheirPrefix() {
    assertThat(RouteLabels.of(null, "/ui/v/abc123/app.bundle.js")).isEqualTo("/ui/*");
    assertThat(RouteLabels.of(null, "/ui")).isEqualTo("/ui/*");
    assertThat(RouteLabels.of(null, "/api/v1/partners/police/reports/" + ID))
        .isEqualTo("/api/v1/partners/*");
    assertThat(RouteLabels.of(null, "/plugins/gm0363/page.js")).isEqualTo("/plugins/*");
  }

  @Test
  void unknownPathsAndMalformedIdsCollapseIntoOneLabel() {
    assertThat(RouteLabels.of(null, "/api/v1/families/not-a-uuid")).isEqualTo(RouteLabels.OTHER);
    assertThat(RouteLabels.of(null, "/wp-admin/" + ID)).isEqualTo(RouteLabels.OTHER);
    assertThat(RouteLabels.of(null, "/uix")).isEqualTo(RouteLabels.OTHER);
    assertThat(RouteLabels.of(null, null)).isEqualTo(RouteLabels.OTHER);
  }
}
