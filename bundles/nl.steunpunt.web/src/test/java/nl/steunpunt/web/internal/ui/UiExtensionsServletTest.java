package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiSlot;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class UiExtensionsServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeTrustedBundles trust = new FakeTrustedBundles();
  private final UiExtensions extensions = new UiExtensions(trust);
  private final UiExtensionsServlet servlet = new UiExtensionsServlet(json, extensions);
  private final Actor officer =
      ISSUER.issue(
          "municipality",
          Set.of(Role.MUNICIPALITY_OFFICER),
          new Organisation("GM0363"),
          Channel.WEB);

  {
    CorePages.PAGES.forEach(p -> extensions.add(p, 0L, "nl.steunpunt.web", "0.1.0.SNAPSHOT"));
    extensions.add(
        TestExtension.valid("gm-overview").in(UiSlot.DASHBOARD, 5),
        0L,
        "nl.gemeente.plugin",
        "1.0.0",
        1_765_000_000_000L);
  }

  private JsonNode get(String path, String acceptLanguage) {
    FakeRequest request = FakeRequest.get(path).as(officer);
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    FakeResponse response = FakeResponse.send(servlet, request);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  @Test
  void theUserGetsTheExtensionsOfTheirRolesInTheShellsOrderWithTheVersion() {
    JsonNode body = get("/api/v1/ui/extensions", null);

    assertThat(body.get("version").asLong()).isEqualTo(8);
    assertThat(body.get("items").findValuesAsText("id"))
        .containsExactly("families", "tasks", "received-reports", "gm-overview");
    assertThat(body.at("/items/0").toString())
        .isEqualTo(
            "{\"id\":\"families\",\"slot\":\"nav\",\"title\":\"Gezinnen\","
                + "\"titles\":{\"nl\":\"Gezinnen\",\"en\":\"Families\"},"
                + "\"module\":\"/ui/app.bundle.js\",\"element\":\"sp-families-page\","
                + "\"order\":10,\"bundle\":{\"symbolicName\":\"nl.steunpunt.web\","
                + "\"version\":\"0.1.0.SNAPSHOT\",\"revision\":0}}");
    assertThat(body.at("/items/3/slot").asText()).isEqualTo("dashboard");
    assertThat(body.at("/items/3/bundle/revision").asLong())
        .as("an updated bundle of the same version gives the shell another module URL")
        .isEqualTo(1_765_000_000_000L);
    assertThat(body.at("/items/3/bundle/symbolicName").asText()).isEqualTo("nl.gemeente.plugin");
  }

  @Test
  void theTitleIsInTheLanguageOfLangThenAcceptLanguageThenDutch() {
    assertThat(get("/api/v1/ui/extensions?lang=en", "nl").at("/items/0/title").asText())
        .isEqualTo("Families");
    assertThat(get("/api/v1/ui/extensions?lang=nl", "en").at("/items/0/title").asText())
        .isEqualTo("Gezinnen");
    assertThat(get("/api/v1/ui/extensions", "de-DE, en-GB;q=0.8, nl;q=0.5").at("/items/0/title"))
        .hasToString("\"Families\"");
    assertThat(get("/api/v1/ui/extensions", "fr, de").at("/items/0/title").asText())
        .isEqualTo("Gezinnen");
    assertThat(get("/api/v1/ui/extensions", "en;q=0, nl;q=0.1").at("/items/0/title").asText())
        .isEqualTo("Gezinnen");
    assertThat(get("/api/v1/ui/extensions", ";;;not a header").at("/items/0/title").asText())
        .isEqualTo("Gezinnen");
  }

  @Test
  void aLanguageOtherThanDutchOrEnglishIsABadRequest() {
    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/ui/extensions?lang=de").as(officer));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("lang");
  }

  @Test
  void withoutALoginThereAreNoExtensions() {
    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get("/api/v1/ui/extensions"));

    assertThat(response.status()).isEqualTo(401);
  }
}
