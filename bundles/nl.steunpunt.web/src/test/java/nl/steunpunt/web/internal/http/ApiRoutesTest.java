package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/** The REST API's routing on the kit's exact router. */
class ApiRoutesTest {

  private static final String ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  private static final JsonCodec JSON = new JsonCodec(1_048_576, 32, 100_000, 32);

  private final List<String> handled = new ArrayList<>();
  private final ApiRoutes routes =
      new ApiRoutes()
          .get("/api/v1/families/{id}", e -> handled.add("get " + e.id()))
          .put("/api/v1/families/{id}", e -> handled.add("put " + e.id()))
          .post("/api/v1/families", e -> handled.add("post"));

  @Test
  void theHandlerGetsTheIdOfThePath() throws IOException {
    routes.dispatch(
        FakeRequest.get("/api/v1/families/" + ID).build(), new FakeResponse().build(), JSON);

    assertThat(handled).containsExactly("get " + UUID.fromString(ID));
  }

  @Test
  void headIsAnsweredAsGet() throws IOException {
    routes.dispatch(
        FakeRequest.method("HEAD", "/api/v1/families/" + ID).build(),
        new FakeResponse().build(),
        JSON);

    assertThat(handled).containsExactly("get " + UUID.fromString(ID));
  }

  @Test
  void anotherMethodIsA405ThatNamesTheAllowedOnesInAllow() {
    FakeResponse response = new FakeResponse();
    HttpServletResponse http = response.build();

    assertThatThrownBy(
            () ->
                routes.dispatch(
                    FakeRequest.method("DELETE", "/api/v1/families/" + ID).build(), http, JSON))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(405);
              assertThat(e.problem().detail()).contains("GET, PUT");
            });
    assertThat(response.header("Allow")).isEqualTo("GET, PUT");
    assertThat(handled).isEmpty();
  }

  @Test
  void aMalformedIdOrATrailingSlashIsA404WithoutAllow() {
    for (String path : List.of("/api/v1/families/42", "/api/v1/families/" + ID + "/", "/x")) {
      FakeResponse response = new FakeResponse();
      HttpServletResponse http = response.build();

      assertThatThrownBy(() -> routes.dispatch(FakeRequest.get(path).build(), http, JSON))
          .as(path)
          .isInstanceOfSatisfying(
              ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
      assertThat(response.header("Allow")).as(path).isNull();
    }
    assertThat(handled).isEmpty();
  }
}
