package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class SteunpuntContextTest {

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
            return user.equals("anna") && new String(password).equals("secret")
                ? Optional.of(anna)
                : Optional.empty();
          });
  private final SteunpuntContext context =
      new SteunpuntContext(
          sessions, new JsonCodec(1_048_576, 32, 100_000, 32), throttle, authenticator);

  private final WebSessions.Started started = sessions.start(anna);
  private final String session = started.token();
  private final String csrf = started.csrfToken();

  private record Outcome(boolean passed, FakeResponse response, FakeRequest request) {}

  private Outcome handle(FakeRequest request) throws IOException {
    FakeResponse response = new FakeResponse();
    boolean passed = context.handleSecurity(request.build(), response.build());
    return new Outcome(passed, response, request);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private FakeRequest withSession(FakeRequest request) {
    return request.cookie(SessionCookie.NAME, session);
  }

  @Test
  void aSessionsStateChangingRequestWithoutTheCsrfTokenIsRefusedBeforeAnyServlet()
      throws IOException {
    for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
      Outcome outcome = handle(withSession(FakeRequest.method(method, "/api/v1/families")));

      assertThat(outcome.passed()).as(method).isFalse();
      assertThat(outcome.response().status()).isEqualTo(403);
      assertThat(outcome.response().contentType()).isEqualTo("application/problem+json");
      assertThat(outcome.response().json().get("detail").asText())
          .isEqualTo("The request did not carry this session's CSRF token.");
    }
  }

  @Test
  void aSessionsStateChangingRequestWithAWrongCsrfTokenIsRefused() throws IOException {
    Outcome outcome =
        handle(
            withSession(
                FakeRequest.post("/api/v1/families", "{}").header("X-CSRF-Token", csrf + "x")));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.response().status()).isEqualTo(403);
  }

  @Test
  void aSessionsStateChangingRequestWithTheCsrfTokenPasses() throws IOException {
    Outcome outcome =
        handle(
            withSession(FakeRequest.post("/api/v1/families", "{}").header("X-CSRF-Token", csrf)));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.request().build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE)).isNotNull();
  }

  @Test
  void theWebFacesServletsGetTheUserOnTheChannelOfTheRequest() throws IOException {
    Outcome outcome = handle(withSession(FakeRequest.get("/api/v1/me").from("198.51.100.2")));

    Actor actor = (Actor) outcome.request().build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE);
    assertThat(actor.user()).isEqualTo("anna");
    assertThat(actor.channel().clientAddress()).contains("198.51.100.2");
    assertThat(authenticator.issuer.issued(actor)).isTrue();
  }

  @Test
  void aPartnersServletGetsTheUserThroughItsOwnChannelForThisRequestOnly() throws IOException {
    Channel.PartnerBundle crm = new Channel.PartnerBundle("nl.example.crm", "1.0.0");
    authenticator.partner(42, crm);
    SteunpuntContext partnerContext =
        new SteunpuntContext(
            sessions, new JsonCodec(1_048_576, 32, 100_000, 32), throttle, authenticator, 42);
    FakeRequest request = withSession(FakeRequest.get("/api/v1/partners/crm/cases"));
    FakeResponse response = new FakeResponse();

    assertThat(partnerContext.handleSecurity(request.build(), response.build())).isTrue();
    Actor actor = (Actor) request.build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE);
    assertThat(actor.channel()).isEqualTo(crm);
    assertThat(actor.user()).isEqualTo("anna");
    assertThat(authenticator.open).containsExactly(actor);

    partnerContext.finishSecurity(request.build(), response.build());

    assertThat(authenticator.open).isEmpty();
  }

  @Test
  void aServletOfABundleThatIsNoGrantedPartnerGetsNoActorThoughTheUserLoggedIn()
      throws IOException {
    SteunpuntContext strangerContext =
        new SteunpuntContext(
            sessions, new JsonCodec(1_048_576, 32, 100_000, 32), throttle, authenticator, 99);
    FakeRequest request = withSession(FakeRequest.get("/api/v1/families"));

    assertThat(strangerContext.handleSecurity(request.build(), new FakeResponse().build()))
        .isTrue();
    assertThat(request.build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE)).isNull();
    assertThat(authenticator.open).isEmpty();
  }

  @Test
  void readsOfASessionNeedNoTokenAndCarryItForMe() throws IOException {
    Outcome outcome = handle(withSession(FakeRequest.get("/api/v1/me")));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.request().build().getAttribute(SteunpuntHttp.CSRF_ATTRIBUTE))
        .isEqualTo(csrf);
  }

  @Test
  void theLogoutFormMayCarryTheTokenInAField() throws IOException {
    assertThat(handle(withSession(FakeRequest.form("/logout", "csrf=" + csrf))).passed()).isTrue();
    assertThat(handle(withSession(FakeRequest.form("/logout", "csrf=wrong"))).passed()).isFalse();
    assertThat(handle(withSession(FakeRequest.form("/api/v1/families", "csrf=" + csrf))).passed())
        .as("only the logout form")
        .isFalse();
  }

  @Test
  void theLoginPostNeedsNoToken() throws IOException {
    Outcome outcome =
        handle(withSession(FakeRequest.form("/login", "username=anna&password=secret")));

    assertThat(outcome.passed()).isTrue();
  }

  @Test
  void basicCredentialsNeedNoTokenAndGetNone() throws IOException {
    Outcome outcome =
        handle(
            FakeRequest.post("/api/v1/families", "{}")
                .header("Authorization", basic("anna", "secret")));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.request().build().getAttribute(SteunpuntHttp.CSRF_ATTRIBUTE)).isNull();
  }

  @Test
  void basicCredentialsFromAnotherOriginAreRefusedWithoutCheckingThem() throws IOException {
    for (String origin :
        new String[] {
          "https://evil.example", "http://localhost:8182", "https://localhost:8181", "null"
        }) {
      Outcome outcome =
          handle(
              FakeRequest.get("/api/v1/me")
                  .header("Authorization", basic("anna", "secret"))
                  .header("Origin", origin));

      assertThat(outcome.passed()).as(origin).isFalse();
      assertThat(outcome.response().status()).isEqualTo(403);
    }
    assertThat(checked).isEmpty();
  }

  @Test
  void basicCredentialsFromTheSameOriginPass() throws IOException {
    assertThat(
            handle(
                    FakeRequest.get("/api/v1/me")
                        .header("Authorization", basic("anna", "secret"))
                        .header("Origin", "http://LOCALHOST:8181"))
                .passed())
        .isTrue();
    assertThat(
            handle(
                    FakeRequest.get("/api/v1/me")
                        .to("https", "steunpunt.example", 443)
                        .header("Authorization", basic("anna", "secret"))
                        .header("Origin", "https://steunpunt.example"))
                .passed())
        .isTrue();
  }

  @Test
  void afterFiveWrongPasswordsBasicIsRefusedWith429WithoutCheckingThePassword() throws IOException {
    for (int i = 0; i < 5; i++) {
      Outcome wrong =
          handle(FakeRequest.get("/api/v1/me").header("Authorization", basic("anna", "guess")));
      assertThat(wrong.response().status()).isEqualTo(401);
    }
    checked.clear();

    Outcome locked =
        handle(FakeRequest.get("/api/v1/me").header("Authorization", basic("anna", "secret")));

    assertThat(locked.passed()).isFalse();
    assertThat(locked.response().status()).isEqualTo(429);
    assertThat(locked.response().header("Retry-After")).isEqualTo("900");
    assertThat(locked.response().contentType()).isEqualTo("application/problem+json");
    assertThat(checked).isEmpty();
  }

  @Test
  void whileTheRealmCannotCheckPasswordsBasicIsA503AndNoFailedLoginIsCounted() throws IOException {
    realmDown = true;
    for (int i = 0; i < 6; i++) {
      Outcome down =
          handle(FakeRequest.get("/api/v1/me").header("Authorization", basic("anna", "secret")));

      assertThat(down.passed()).isFalse();
      assertThat(down.response().status()).isEqualTo(503);
      assertThat(down.response().header("Retry-After")).isEqualTo("5");
      assertThat(down.response().header("WWW-Authenticate")).isNull();
      assertThat(down.response().contentType()).isEqualTo("application/problem+json");
      assertThat(down.response().json().get("detail").asText())
          .isEqualTo("Logins cannot be checked at the moment. Try again shortly.");
    }
    realmDown = false;

    Outcome back =
        handle(FakeRequest.get("/api/v1/me").header("Authorization", basic("anna", "secret")));

    assertThat(back.passed()).as("not locked out by the realm's outage").isTrue();
  }

  @Test
  void anApiClientWithoutCredentialsIsChallengedForBasic() throws IOException {
    Outcome outcome = handle(FakeRequest.get("/api/v1/me"));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.response().status()).isEqualTo(401);
    assertThat(outcome.response().header("WWW-Authenticate")).startsWith("Basic ");
  }

  @Test
  void theShellsCallsGetA401WithoutABasicChallenge() throws IOException {
    Outcome outcome =
        handle(FakeRequest.get("/api/v1/me").header(BrowserRequests.SHELL_HEADER, "1"));

    assertThat(outcome.response().status()).isEqualTo(401);
    assertThat(outcome.response().header("WWW-Authenticate")).isNull();
  }

  @Test
  void aBrowserWhoseSessionExpiredGetsA401WithoutABasicChallenge() throws IOException {
    Outcome outcome = handle(FakeRequest.get("/api/v1/me").cookie(SessionCookie.NAME, "expired"));

    assertThat(outcome.response().status()).isEqualTo(401);
    assertThat(outcome.response().header("WWW-Authenticate")).isNull();
  }

  @Test
  void aBrowserSendingWrongBasicCredentialsIsRefusedWithoutAChallenge() throws IOException {
    Outcome outcome =
        handle(
            FakeRequest.get("/api/v1/me")
                .header("Authorization", basic("anna", "wrong"))
                .header("Sec-Fetch-Mode", "cors"));

    assertThat(outcome.response().status()).isEqualTo(401);
    assertThat(outcome.response().header("WWW-Authenticate")).isNull();
  }

  @Test
  void aPageOfTheShellAskedForWithoutASessionGoesToTheLoginAndBackToIt() throws IOException {
    Outcome outcome = handle(FakeRequest.get("/ui/families?page=2").header("Accept", "text/html"));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.response().status()).isEqualTo(303);
    assertThat(outcome.response().header("Location"))
        .isEqualTo("/login?return=%2Fui%2Ffamilies%3Fpage%3D2");
    assertThat(outcome.response().header("WWW-Authenticate")).isNull();
  }

  @Test
  void aPageOutsideTheShellAskedForWithoutASessionGoesToTheLoginOnly() throws IOException {
    Outcome outcome = handle(FakeRequest.get("/openapi").header("Accept", "text/html"));

    assertThat(outcome.response().status()).isEqualTo(303);
    assertThat(outcome.response().header("Location")).isEqualTo("/login");
  }

  @Test
  void retryAfterIsRoundedUpToWholeSeconds() {
    assertThat(SteunpuntContext.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo(2);
    assertThat(SteunpuntContext.retryAfterSeconds(Duration.ofSeconds(900))).isEqualTo(900);
    assertThat(SteunpuntContext.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
  }

  private SteunpuntContext behind(String... proxies) {
    return new SteunpuntContext(
        sessions,
        new JsonCodec(1_048_576, 32, 100_000, 32),
        throttle,
        authenticator,
        -1,
        new TrustedProxies(List.of(proxies)));
  }

  private static FakeRequest throughProxy(FakeRequest request) {
    return request
        .from("10.0.0.2")
        .to("http", "steunpunt.example", 80)
        .header("Host", "steunpunt.example")
        .header("X-Forwarded-For", "198.51.100.9")
        .header("X-Forwarded-Proto", "https");
  }

  @Test
  void behindATrustedProxyTheAuditedAddressIsTheClientsAndHttpsBringsHsts() throws IOException {
    FakeRequest request = throughProxy(withSession(FakeRequest.get("/api/v1/me")));
    FakeResponse response = new FakeResponse();

    boolean passed = behind("10.0.0.0/24").handleSecurity(request.build(), response.build());

    assertThat(passed).isTrue();
    Actor actor = (Actor) request.build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE);
    assertThat(actor.channel().clientAddress()).contains("198.51.100.9");
    assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void withoutTrustedProxiesForwardedHeadersAreIgnoredAndPlainHttpGetsNoHsts() throws IOException {
    FakeRequest request = throughProxy(withSession(FakeRequest.get("/api/v1/me")));

    Outcome outcome = handle(request);

    assertThat(outcome.passed()).isTrue();
    Actor actor = (Actor) request.build().getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE);
    assertThat(actor.channel().clientAddress()).contains("10.0.0.2");
    assertThat(outcome.response().header("Strict-Transport-Security")).isNull();
  }

  @Test
  void theOriginCheckComparesWithTheSchemeAndHostTheClientUsedThroughTheProxy() throws IOException {
    FakeRequest request =
        throughProxy(FakeRequest.get("/api/v1/me"))
            .header("Authorization", basic("anna", "secret"))
            .header("Origin", "https://steunpunt.example");
    FakeResponse response = new FakeResponse();

    assertThat(behind("10.0.0.0/24").handleSecurity(request.build(), response.build()))
        .as("the page's own origin, through TLS ended at the proxy")
        .isTrue();
    assertThat(handle(request).passed())
        .as("not believing the proxy, the origin is another scheme")
        .isFalse();
  }
}
