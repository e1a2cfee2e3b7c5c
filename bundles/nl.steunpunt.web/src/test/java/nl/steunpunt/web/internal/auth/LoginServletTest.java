package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class LoginServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final FakeWebSessions sessions = new FakeWebSessions(ISSUER);
  private final FakeLoginLocks throttle = new FakeLoginLocks();
  private final List<String> checked = new ArrayList<>();
  private boolean realmDown;
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
  private final FakeAuthenticator authenticator =
      new FakeAuthenticator(
          ISSUER,
          (user, password, channel) -> {
            checked.add(user);
            if (realmDown) {
              throw new IllegalStateException("The login realm karaf cannot check logins now");
            }
            return new String(password).equals("secret") ? Optional.of(anna) : Optional.empty();
          });
  private final LoginServlet servlet =
      new LoginServlet(
          new JsonCodec(1_048_576, 32, 100_000, 32), authenticator, sessions, throttle);

  private FakeResponse login(String user, String password) {
    return login(user, password, "192.0.2.10");
  }

  private FakeResponse login(String user, String password, String address) {
    return FakeResponse.send(
        servlet,
        FakeRequest.form("/login", "username=" + user + "&password=" + password).from(address));
  }

  @Test
  void aGoodLoginStartsASessionAndGoesToTheShell() {
    FakeResponse response = login("anna", "secret");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.header("Location")).isEqualTo("/ui/");
    assertThat(response.header("Set-Cookie")).startsWith("STEUNPUNT_SESSION=");
    String token =
        response.header("Set-Cookie").split(";")[0].substring("STEUNPUNT_SESSION=".length());
    assertThat(sessions.live(token)).as("the cookie's session").isTrue();
  }

  @Test
  void whileTheRealmCannotCheckPasswordsTheFormSaysSoInBothLanguagesAndCountsNoFailure() {
    realmDown = true;
    for (int i = 0; i < 6; i++) {
      FakeResponse response = login("anna", "secret");

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.header("Retry-After")).isEqualTo("5");
      assertThat(response.header("Set-Cookie")).isNull();
      assertThat(response.body())
          .contains("Inloggen kan op dit moment niet worden gecontroleerd")
          .contains("Logins cannot be checked at the moment")
          .contains("<form");
    }
    realmDown = false;

    assertThat(login("anna", "secret").status())
        .as("not locked out by the realm's outage")
        .isEqualTo(303);
  }

  @Test
  void afterFiveFailuresTheFormAnswers429InBothLanguagesWithoutCheckingThePassword() {
    for (int i = 0; i < 5; i++) {
      assertThat(login("Anna", "guess" + i).status()).isEqualTo(401);
    }
    checked.clear();

    FakeResponse response = login("anna", "secret");

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.header("Retry-After")).isEqualTo("900");
    assertThat(response.header("Set-Cookie")).isNull();
    assertThat(response.body())
        .contains("Te veel mislukte pogingen")
        .contains("Too many failed attempts")
        .contains("<form");
    assertThat(checked).isEmpty();
  }

  @Test
  void aGoodLoginClearsEarlierFailures() {
    for (int i = 0; i < 4; i++) {
      login("anna", "guess", "192.0.2." + i);
    }
    login("anna", "secret", "198.51.100.1");

    assertThat(login("anna", "guess", "198.51.100.2").status()).isEqualTo(401);
    assertThat(login("anna", "secret", "198.51.100.3").status()).isEqualTo(303);
  }

  @Test
  void aLoginFromAPageOfTheShellGoesBackToThatPage() {
    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.form(
                "/login",
                "username=anna&password=secret&return=" + encode("/ui/#/families/f-1?tab=events")));

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.header("Location")).isEqualTo("/ui/#/families/f-1?tab=events");
  }

  @Test
  void aReturnPathOutsideTheShellOrToAnotherHostGoesToTheShellsStart() {
    for (String elsewhere :
        List.of(
            "https://evil.example/ui/",
            "//evil.example/ui/",
            "/ui//evil.example",
            "/api/v1/me",
            "/ui/\\evil",
            "/ui/\r\nSet-Cookie:x=1")) {
      FakeResponse response =
          FakeResponse.send(
              servlet,
              FakeRequest.form(
                  "/login", "username=anna&password=secret&return=" + encode(elsewhere)));

      assertThat(response.header("Location")).as(elsewhere).isEqualTo("/ui/");
    }
  }

  @Test
  void theLoginPageKeepsThePathToReturnToEscapedInAHiddenField() {
    FakeResponse page =
        FakeResponse.send(
            servlet, FakeRequest.get("/login?return=" + encode("/ui/#/x\"><script>")));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("name=\"return\" value=\"/ui/#/x&quot;&gt;&lt;script&gt;\"")
        .doesNotContain("<script>");
  }

  @Test
  void aFailedLoginKeepsThePathToReturnTo() {
    FakeResponse page =
        FakeResponse.send(
            servlet,
            FakeRequest.form(
                "/login", "username=anna&password=wrong&return=" + encode("/ui/#/tasks")));

    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("value=\"/ui/#/tasks\"");
  }

  @Test
  void theLoginScriptIsServedAsJavaScriptAndThePageLoadsIt() {
    FakeResponse script = FakeResponse.send(servlet, FakeRequest.get("/login.js"));
    FakeResponse page = FakeResponse.send(servlet, FakeRequest.get("/login"));

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(script.body()).contains("window.location.hash");
    assertThat(page.body()).contains("<script src=\"/login.js\" defer></script>");
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
