package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiFilesServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  @TempDir Path root;

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final UiExtensions extensions = new UiExtensions(new FakeTrustedBundles());
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
  private UiFilesServlet servlet;

  @BeforeEach
  void folder() throws IOException {
    Path ui = Files.createDirectories(root.resolve("bundle/ui"));
    Files.createDirectories(ui.resolve("pages"));
    Files.writeString(
        ui.resolve("index.html"),
        "<!DOCTYPE html><head><title>shell</title>"
            + UiFilesServlet.FIRST
            + "<script src=\"/ui/boot.bundle.js\"></script>"
            + "<link rel=\"stylesheet\" href=\"/ui/styles.css\">"
            + "<script type=\"module\" src=\"/ui/app.bundle.js\"></script></head>");
    Files.writeString(ui.resolve("pages/tasks.js"), "export class X {}");
    Files.writeString(ui.resolve("shell.css"), "body{}");
    Files.writeString(ui.resolve("i18n.json"), "{}");
    Files.writeString(ui.resolve("logo.svg"), "<svg/>");
    Files.writeString(ui.resolve("notes.txt"), "SECRET-CONTENT");
    Files.writeString(root.resolve("bundle/outside.js"), "OUTSIDE-CONTENT");
    CorePages.PAGES.forEach(p -> extensions.add(p, 0L, "nl.steunpunt.web", "0.1.0.SNAPSHOT"));
    extensions.add(
        TestExtension.valid("overview")
            .withTitles(Map.of("nl", "Over</meta>\"zicht", "en", "Over</meta>\"view")),
        0L,
        "nl.gemeente.plugin",
        "1.0.0");
    servlet =
        new UiFilesServlet(
            json,
            new UiVersion("0a1b2c3d4e5f"),
            extensions,
            path -> {
              Path file = ui.resolve(path);
              try {
                return Files.isRegularFile(file)
                    ? Optional.of(file.toUri().toURL())
                    : Optional.empty();
              } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
              }
            },
            // 23:30 in the Netherlands on the 6th of December, 22:30 UTC.
            Clock.fixed(Instant.parse("2026-12-06T22:30:00Z"), ZoneOffset.UTC));
  }

  private FakeResponse get(String path) {
    return FakeResponse.send(servlet, FakeRequest.get(path).as(anna));
  }

  @Test
  void theShellIsServedAtUiWithAndWithoutSlash() {
    for (String path : new String[] {"/ui", "/ui/"}) {
      FakeResponse response = get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.contentType()).startsWith("text/html");
      assertThat(response.body()).contains("<title>shell</title>");
    }
  }

  @Test
  void filesAreServedWithTheirContentTypes() {
    assertThat(get("/ui/pages/tasks.js").contentType()).isEqualTo("text/javascript;charset=utf-8");
    assertThat(get("/ui/pages/tasks.js").body()).isEqualTo("export class X {}");
    assertThat(get("/ui/shell.css").contentType()).isEqualTo("text/css;charset=utf-8");
    assertThat(get("/ui/i18n.json").contentType()).isEqualTo("application/json");
    assertThat(get("/ui/logo.svg").contentType()).isEqualTo("image/svg+xml");
    assertThat(get("/ui/index.html").contentType()).isEqualTo("text/html;charset=utf-8");
  }

  @Test
  void theShellNamesItsStyleSheetBootScriptAndBundleAtTheirVersionedPaths() {
    FakeResponse shell = get("/ui/");

    assertThat(shell.body())
        .contains("href=\"/ui/v/0a1b2c3d4e5f/styles.css\"")
        .contains("src=\"/ui/v/0a1b2c3d4e5f/boot.bundle.js\"")
        .contains("src=\"/ui/v/0a1b2c3d4e5f/app.bundle.js\"")
        .doesNotContain("\"/ui/app.bundle.js\"")
        .doesNotContain("\"/ui/boot.bundle.js\"");
    assertThat(get("/ui/").body()).isEqualTo(shell.body()); // read once, served alike
    assertThat(shell.header("Cache-Control")).isNull(); // the context's no-store stays
  }

  @Test
  void theShellsPageHoldsTheUserWithTheSessionsCsrfTokenAndTheExtensionsTheyMaySee()
      throws Exception {
    FakeRequest request = FakeRequest.get("/ui/").as(anna);
    request.build().setAttribute(SteunpuntHttp.CSRF_ATTRIBUTE, "token-of-the-session");

    String page = FakeResponse.send(servlet, request).body();

    Matcher meta =
        Pattern.compile("<meta name=\"steunpunt-first\" content=\"([^\"]*)\">").matcher(page);
    assertThat(meta.find()).as(page).isTrue();
    assertThat(meta.group(1)).doesNotContain("<", ">", "\"");
    JsonNode first = new ObjectMapper().readTree(unescape(meta.group(1)));
    assertThat(first.at("/me/user").asText()).isEqualTo("anna");
    assertThat(first.at("/me/csrfToken").asText()).isEqualTo("token-of-the-session");
    assertThat(first.at("/extensions/items").findValuesAsText("id"))
        .as("a counsellor's extensions")
        .contains("families", "overview")
        .doesNotContain("audit");
    assertThat(first.at("/extensions/items").findValuesAsText("title"))
        .as("a title with markup, kept as text")
        .contains("Over</meta>\"zicht");
    assertThat(first.at("/extensions/version").asLong()).isEqualTo(extensions.snapshot().version());
  }

  @Test
  void theShellsPageNamesTodayInTheNetherlandsWithTheInstantsItBeginsAndEnds() throws Exception {
    JsonNode day = first(get("/ui/").body()).get("centreDay");

    assertThat(day.get("date").asText()).isEqualTo("2026-12-06");
    assertThat(day.get("from").asLong())
        .isEqualTo(Instant.parse("2026-12-05T23:00:00Z").toEpochMilli());
    assertThat(day.get("until").asLong())
        .isEqualTo(Instant.parse("2026-12-06T23:00:00Z").toEpochMilli());
  }

  /** The shell's page's {@code steunpunt-first}, read. */
  private static JsonNode first(String page) throws Exception {
    Matcher meta =
        Pattern.compile("<meta name=\"steunpunt-first\" content=\"([^\"]*)\">").matcher(page);
    assertThat(meta.find()).as(page).isTrue();
    return new ObjectMapper().readTree(unescape(meta.group(1)));
  }

  @Test
  void theLanguageChosenInTheBrowserOutranksItsAcceptLanguageAndTitlesTheExtensions()
      throws Exception {
    JsonNode chosen =
        first(
            FakeResponse.send(
                    servlet,
                    FakeRequest.get("/ui/")
                        .as(anna)
                        .header("Accept-Language", "nl-NL,nl;q=0.9")
                        .cookie("steunpunt_lang", "en"))
                .body());
    JsonNode browsers =
        first(
            FakeResponse.send(
                    servlet, FakeRequest.get("/ui/").as(anna).header("Accept-Language", "en-GB"))
                .body());
    JsonNode unknown =
        first(
            FakeResponse.send(
                    servlet,
                    FakeRequest.get("/ui/")
                        .as(anna)
                        .header("Accept-Language", "nl")
                        .cookie("steunpunt_lang", "fr\"><script>"))
                .body());

    assertThat(chosen.get("lang").asText()).isEqualTo("en");
    assertThat(chosen.at("/extensions/items").findValuesAsText("title"))
        .contains("Over</meta>\"view");
    assertThat(browsers.get("lang").asText()).isEqualTo("en");
    assertThat(unknown.get("lang").asText())
        .as("a cookie of no language is ignored")
        .isEqualTo("nl");
    assertThat(unknown.at("/extensions/items").findValuesAsText("title"))
        .contains("Over</meta>\"zicht");
  }

  private static String unescape(String attribute) {
    return attribute
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  @Test
  void aFileAtThisVersionsPathMayBeKeptForAYearAndAnOlderVersionsNot() {
    FakeResponse current = get("/ui/v/0a1b2c3d4e5f/pages/tasks.js");
    FakeResponse older = get("/ui/v/ffffffffffff/pages/tasks.js");
    FakeResponse plain = get("/ui/pages/tasks.js");

    assertThat(current.status()).isEqualTo(200);
    assertThat(current.body()).isEqualTo("export class X {}");
    assertThat(current.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
    assertThat(older.body()).isEqualTo("export class X {}");
    assertThat(older.header("Cache-Control")).isNull();
    assertThat(plain.header("Cache-Control")).isNull();
    assertThat(get("/ui/v/0a1b2c3d4e5f/../outside.js").status()).isEqualTo(404);
  }

  @Test
  void aRouteOfTheShellWithoutAFileExtensionAnswersTheShell() {
    FakeResponse response = get("/ui/families/1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<title>shell</title>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/ui/../outside.js",
        "/ui/pages/../../outside.js",
        "/ui/./pages/tasks.js",
        "/ui//pages/tasks.js",
        "/ui/.hidden.js",
        "/ui/pages\\tasks.js",
        "/ui/%2e%2e/outside.js",
        "/ui/notes.txt",
        "/ui/missing.js",
        "/uix/pages/tasks.js"
      })
  void pathsOutsideTheFolderHiddenOrOfUnknownTypesAreNotFound(String path) {
    FakeResponse response = get(path);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body()).doesNotContain("OUTSIDE-CONTENT", "SECRET-CONTENT");
  }

  @Test
  void withoutALoginNothingIsServed() {
    assertThat(FakeResponse.send(servlet, FakeRequest.get("/ui/pages/tasks.js")).status())
        .isEqualTo(401);
  }

  @Test
  void theLanguageIsChosenFromLangOrAcceptLanguage() {
    assertThat(UiLanguage.of(Optional.of("en"), "nl")).isEqualTo("en");
    assertThat(UiLanguage.of(Optional.empty(), "en-US,en;q=0.9")).isEqualTo("en");
    assertThat(UiLanguage.of(Optional.empty(), null)).isEqualTo("nl");
  }
}
