package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.inject.Inject;
import nl.steunpunt.api.platform.PlatformStatus;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the real distribution in demo mode and uses it as its users would: over HTTP, and over SSH
 * to the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoPlatformIT {

  @Inject PlatformStatus platform;
  @Inject org.osgi.framework.BundleContext context;

  @Configuration
  public Option[] config() {
    // Sessions read their users' roles from the realm every 2 s here (60 s by default), so that
    // the test of a role taken away need not wait a minute.
    // And the test's own address is a trusted proxy: it sends X-Forwarded-* as HAProxy would.
    return org.ops4j.pax.exam.OptionUtils.combine(
        SteunpuntKaraf.options(true),
        org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
            "etc/nl.steunpunt.web.sessions.cfg", "accountCheckSeconds", "2"),
        org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
            "etc/nl.steunpunt.web.proxies.cfg", "trustedProxies", "127.0.0.1"));
  }

  /**
   * A browser session follows its account in the realm: a role taken away (with Karaf's own {@code
   * jaas:} commands) narrows it within the check interval, and the account deleted ends it. The
   * operator ends every session of a user at once, and sees who has sessions.
   */
  @Test
  public void aSessionFollowsItsAccountAndTheOperatorEndsAUsersSessions() throws Exception {
    awaitDemoAccounts();
    String realm =
        "jaas:realm-manage --realm karaf --module"
            + " org.apache.karaf.jaas.modules.properties.PropertiesLoginModule; ";
    // As docs/operations.md tells operators: the account first, its roles once Karaf has hashed
    // the password. Karaf hashes a plain password by writing back the file as it read it, so
    // roles added while it hashed could be lost (seen here: the organisation, and with it the
    // session, went a moment after the login).
    Ssh.run("operator", "demo", realm + "jaas:user-add lina lina-secret-1; jaas:update");
    awaitPasswordHashed("lina");
    Ssh.run(
        "operator",
        "demo",
        realm
            + "jaas:role-add lina counsellor; jaas:role-add lina team-lead;"
            + " jaas:role-add lina org:steunpunt; jaas:update");
    String lina = awaitLogin("lina", "lina-secret-1");
    assertThat(roles(Http.meWithCookie(lina))).containsExactlyInAnyOrder("counsellor", "team-lead");

    Ssh.run("operator", "demo", realm + "jaas:role-delete lina team-lead; jaas:update");
    awaitMe(lina, 200, List.of("counsellor"));

    Ssh.run("operator", "demo", realm + "jaas:user-delete lina; jaas:update");
    awaitMe(lina, 401, List.of());

    String first = Http.formLogin("teamlead", "demo");
    String second = Http.formLogin("teamlead", "demo");
    // Other tests here log the team lead in too: at least these two.
    java.util.regex.Matcher listed =
        java.util.regex.Pattern.compile("(?m)^teamlead +\\| +(\\d+)$")
            .matcher(Ssh.run("operator", "demo", "steunpunt:sessions"));
    assertThat(listed.find()).isTrue();
    int live = Integer.parseInt(listed.group(1));
    assertThat(live).isGreaterThanOrEqualTo(2);
    assertThat(Ssh.run("operator", "demo", "steunpunt:sessions-end teamlead"))
        .contains("Ended " + live + " sessions of teamlead.");
    assertThat(Http.meWithCookie(first).statusCode()).isEqualTo(401);
    assertThat(Http.meWithCookie(second).statusCode()).isEqualTo(401);
  }

  /**
   * Behind a trusted proxy (the test, from 127.0.0.1, sends what HAProxy would): the audit log and
   * the login throttle see the client's forwarded address, and a client that came over HTTPS gets a
   * {@code Secure} session cookie and HSTS.
   */
  @Test
  public void
      behindATrustedProxyTheClientsAddressIsAuditedAndThrottledAndHttpsMakesTheCookieSecure()
          throws Exception {
    awaitDemoAccounts();
    HttpResponse<String> login = proxiedLogin("counsellor", "demo", "198.51.100.70");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Secure");
    assertThat(login.headers().firstValue("Strict-Transport-Security"))
        .contains("max-age=31536000");

    String family =
        Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
            .get("items")
            .get(0)
            .get("id")
            .asText();
    assertThat(
            Http.send(
                    Http.request("/api/v1/families/" + family, "counsellor", "demo")
                        .header("X-Forwarded-For", "198.51.100.71"))
                .statusCode())
        .isEqualTo(200);
    JsonNode audited =
        Http.json(
            Http.send(
                "GET",
                "/api/v1/audit?limit=200&user=counsellor&family=" + family,
                "privacy",
                null,
                null));
    List<String> addresses = new java.util.ArrayList<>();
    audited.get("items").forEach(e -> addresses.add(e.path("clientAddress").asText()));
    assertThat(addresses).contains("198.51.100.71");

    for (int i = 0; i < 5; i++) {
      assertThat(proxiedLogin("nobody-" + i, "wrong", "198.51.100.72").statusCode()).isEqualTo(401);
    }
    assertThat(proxiedLogin("counsellor", "demo", "198.51.100.72").statusCode())
        .as("that client's address is locked out")
        .isEqualTo(429);
    assertThat(proxiedLogin("counsellor", "demo", "198.51.100.73").statusCode())
        .as("another client behind the same proxy is not")
        .isEqualTo(303);
  }

  /**
   * While the login realm cannot check passwords (here: the operator points the platform at a realm
   * that is not there, as when Karaf restarts its JAAS modules), a login is answered 503 and is no
   * failed login: the user and the address are not locked out once the realm is back.
   */
  @Test
  public void loginsTheRealmCannotCheckAreA503AndLockNobodyOut() throws Exception {
    awaitDemoAccounts();
    String client = "198.51.100.74";
    Ssh.run(
        "operator",
        "demo",
        "config:property-set -p nl.steunpunt.identity realm steunpunt-no-such-realm");
    try {
      HttpResponse<String> basic = awaitBasic("therapist", client, 503);
      assertThat(basic.headers().firstValue("Retry-After")).contains("5");
      assertThat(basic.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Http.json(basic).get("detail").asText())
          .isEqualTo("Logins cannot be checked at the moment. Try again shortly.");
      for (int i = 0; i < 6; i++) {
        assertThat(basicMe("therapist", client).statusCode()).isEqualTo(503);
        HttpResponse<String> form = proxiedLogin("therapist", "demo", client);
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("Logins cannot be checked at the moment");
      }
    } finally {
      Ssh.run("operator", "demo", "config:property-set -p nl.steunpunt.identity realm karaf");
    }
    awaitBasic("therapist", client, 200);
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    int form = proxiedLogin("therapist", "demo", client).statusCode();
    while (form != 303 && form != 429 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      form = proxiedLogin("therapist", "demo", client).statusCode();
    }
    assertThat(form)
        .as("neither the user nor the address was locked out by the realm's outage")
        .isEqualTo(303);
  }

  private static HttpResponse<String> basicMe(String user, String client) throws IOException {
    return Http.send(
        Http.request("/api/v1/me", user, "demo")
            .header("X-Forwarded-For", client)
            .header("X-Forwarded-Proto", "https"));
  }

  /** The answer to a Basic login once it has the status (the configuration applies in a while). */
  private static HttpResponse<String> awaitBasic(String user, String client, int status)
      throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (true) {
      HttpResponse<String> response = basicMe(user, client);
      // The realm's change reaches the authenticator a moment after the command: the old answer
      // until then.
      boolean answered =
          response.statusCode() == status
              && (status != 503 || response.body().contains("cannot be checked"));
      if (answered || System.nanoTime() > deadline) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
      }
      Thread.sleep(200);
    }
  }

  private static HttpResponse<String> proxiedLogin(String user, String password, String client)
      throws IOException {
    return Http.send(
        Http.request("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", client)
            .header("X-Forwarded-Proto", "https")
            .POST(
                HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
  }

  /** A new account can log in once Karaf has written it (its password is hashed meanwhile). */
  private static String awaitLogin(String user, String password) throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        return Http.formLogin(user, password);
      } catch (IOException refused) {
        if (System.nanoTime() > deadline) {
          throw refused;
        }
        Thread.sleep(200);
      }
    }
  }

  private static void awaitMe(String cookie, int status, List<String> roles) throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    HttpResponse<String> me = Http.meWithCookie(cookie);
    while (!(me.statusCode() == status && (status != 200 || roles(me).equals(roles)))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("me is " + me.statusCode() + " " + me.body() + NodeLog.here());
      }
      Thread.sleep(200);
      me = Http.meWithCookie(cookie);
    }
  }

  /** Waits (at most 20 s) until Karaf has replaced the account's plain password by its hash. */
  private static void awaitPasswordHashed(String user) throws Exception {
    Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (true) {
      Properties accounts = new Properties();
      try (var in = Files.newInputStream(users)) {
        accounts.load(in);
      }
      String entry = accounts.getProperty(user, "");
      if (entry.startsWith("{CRYPT}")) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the password of " + user + " was not hashed" + NodeLog.here());
      }
      Thread.sleep(100);
    }
  }

  private static List<String> roles(HttpResponse<String> me) throws IOException {
    List<String> roles = new java.util.ArrayList<>();
    Http.json(me).get("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }

  /**
   * Readiness includes the demo accounts (an immediate component), so a refusal below is a refusal
   * of an existing account, not of one that was not written yet.
   */
  private static void awaitDemoAccounts() throws Exception {
    Http.awaitHealthy();
  }

  /**
   * Demo mode's content is a bundle of its own, from the demo KAR in {@code deploy/} (the archive
   * does not carry it), which the trust boundary lets run here as the platform's own.
   */
  @Test
  public void theDemoBundleFromTheDemoKarRunsInDemoModeAsThePlatformsOwn() throws Exception {
    Http.awaitHealthy();

    assertThat(Ssh.run("operator", "demo", "kar:list")).contains("steunpunt-demo");

    assertThat(context.getBundles())
        .filteredOn(b -> "nl.steunpunt.demo".equals(b.getSymbolicName()))
        .singleElement()
        .extracting(org.osgi.framework.Bundle::getState)
        .isEqualTo(org.osgi.framework.Bundle.ACTIVE);
    assertThat(platform.alerts()).noneMatch(alert -> alert.contains("nl.steunpunt.demo"));
  }

  @Test
  public void healthReportsReadyWithTheVersionWithoutALogin() throws Exception {
    HttpResponse<String> response = Http.awaitHealthy();

    JsonNode health = Http.json(response);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("ready").asBoolean()).isTrue();
    assertThat(health.get("version").asText()).isEqualTo(platform.version()).startsWith("0.");
    assertThat(health.get("demo").asBoolean()).isTrue();
    assertThat(platform.readiness().waitingFor()).isEmpty();
  }

  @Test
  public void meWithoutCredentialsIsA401Problem() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> response = Http.send(Http.request("/api/v1/me"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(Http.json(response).get("status").asInt()).isEqualTo(401);
  }

  @Test
  public void meTellsTheUserTheirRolesAndOrganisation() throws Exception {
    Http.awaitHealthy();

    JsonNode counsellor = Http.json(Http.send(Http.request("/api/v1/me", "counsellor", "demo")));
    JsonNode officer = Http.json(Http.send(Http.request("/api/v1/me", "municipality", "demo")));

    assertThat(counsellor.get("user").asText()).isEqualTo("counsellor");
    assertThat(counsellor.get("roles").toString()).isEqualTo("[\"counsellor\"]");
    assertThat(counsellor.get("organisation").asText()).isEqualTo("steunpunt");
    assertThat(officer.get("roles").toString()).isEqualTo("[\"municipality-officer\"]");
    assertThat(officer.get("organisation").asText()).isEqualTo("GM0363");
  }

  @Test
  public void aWrongPasswordIsRefused() throws Exception {
    Http.awaitHealthy();

    assertThat(Http.send(Http.request("/api/v1/me", "counsellor", "Demo")).statusCode())
        .isEqualTo(401);
  }

  @Test
  public void karafKarafIsRefusedOverHttp() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> response = Http.send(Http.request("/api/v1/me", "karaf", "karaf"));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  public void karafKarafIsRefusedOverSsh() throws Exception {
    awaitDemoAccounts();

    assertThatThrownBy(() -> Ssh.run("karaf", "karaf", "feature:list"))
        .isInstanceOf(IOException.class);
  }

  @Test
  public void theOperatorCanListFeaturesThroughTheConsole() throws Exception {
    awaitDemoAccounts();

    String output = Ssh.run("operator", "demo", "feature:list");

    assertThat(output).contains("steunpunt-core").contains("Started");
  }

  @Test
  public void theOperatorSeesTheStatusOfThePlatform() throws Exception {
    awaitDemoAccounts();

    String output = Ssh.run("operator", "demo", "steunpunt:status");

    assertThat(output).contains("Ready:     yes").contains("DEMO");
  }

  @Test
  public void aCounsellorCannotUseTheConsole() throws Exception {
    awaitDemoAccounts();

    assertThatThrownBy(() -> Ssh.run("counsellor", "demo", "feature:list"))
        .isInstanceOf(IOException.class);
  }

  @Test
  public void sshListensOnLoopbackOnly() throws Exception {
    List<String> listeners = Listeners.addressesListeningOn(SteunpuntKaraf.SSH_PORT);

    assertThat(listeners).isNotEmpty().allMatch(Listeners::isLoopback);
    for (var address : Listeners.nonLoopbackAddresses()) {
      assertThat(Listeners.accepts(address, SteunpuntKaraf.SSH_PORT))
          .as(address.toString())
          .isFalse();
    }
  }

  @Test
  public void demoPasswordsAreStoredAsBcryptHashes() throws Exception {
    awaitDemoAccounts();
    Properties users = new Properties();
    try (var in =
        Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
      users.load(in);
    }

    List<String> accounts =
        users.stringPropertyNames().stream().filter(n -> !n.startsWith("_g_")).toList();
    assertThat(accounts).contains("counsellor", "operator");
    for (String account : accounts) {
      String password = users.getProperty(account).split(",")[0].strip();
      // {CRYPT}, then "$2a$" in hexadecimal: a bcrypt hash.
      assertThat(password).as(account).startsWith("{CRYPT}24326").doesNotContain("demo");
    }
  }

  @Test
  public void unknownPathsAndWrongMethodsAnswerWithProblems() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> missing = Http.send(Http.request("/api/v1/nothing", "counsellor", "demo"));
    HttpResponse<String> wrongMethod =
        Http.send(
            Http.request("/api/v1/me", "counsellor", "demo")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Http.json(missing).get("title").asText()).isEqualTo("Not Found");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(wrongMethod.body()).doesNotContain("Exception").doesNotContain("at ");
  }

  @Test
  public void aFormLoginGivesAStrictHttpOnlySessionCookie() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> login =
        Http.send(
            Http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=teamlead&password=demo")));

    assertThat(login.statusCode()).isEqualTo(303);
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    String session = cookie.substring(0, cookie.indexOf(';'));
    JsonNode me = Http.json(Http.send(Http.request("/api/v1/me").header("Cookie", session)));
    assertThat(me.get("user").asText()).isEqualTo("teamlead");
  }

  private static String login(String user) throws Exception {
    HttpResponse<String> login =
        Http.send(
            Http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  @Test
  public void aSessionChangesNothingWithoutItsCsrfTokenAndLogsOutWithIt() throws Exception {
    Http.awaitHealthy();
    String session = login("teamlead");
    JsonNode me = Http.json(Http.send(Http.request("/api/v1/me").header("Cookie", session)));
    String token = me.get("csrfToken").asText();
    HttpRequest.Builder logout =
        Http.request("/logout")
            .header("Cookie", session)
            .header("Content-Type", "application/x-www-form-urlencoded");

    HttpResponse<String> refused =
        Http.send(logout.POST(HttpRequest.BodyPublishers.ofString("csrf=forged")));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Http.send(Http.request("/api/v1/me").header("Cookie", session)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> out =
        Http.send(logout.POST(HttpRequest.BodyPublishers.ofString("csrf=" + token)));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(Http.send(Http.request("/api/v1/me").header("Cookie", session)).statusCode())
        .isEqualTo(401);
    assertThat(
            Http.json(Http.send(Http.request("/api/v1/me", "teamlead", "demo"))).has("csrfToken"))
        .isFalse();
  }

  @Test
  public void theShellListsThePagesOfTheUsersRolesAndAnnouncesTheirVersion() throws Exception {
    Http.awaitHealthy();

    JsonNode police =
        Http.json(Http.send(Http.request("/api/v1/ui/extensions?lang=en", "police", "demo")));
    assertThat(police.get("items").findValuesAsText("id")).containsExactly("received-reports");
    assertThat(police.at("/items/0/title").asText()).isEqualTo("Received reports");
    assertThat(police.at("/items/0/bundle/symbolicName").asText()).isEqualTo("nl.steunpunt.web");

    HttpResponse<java.io.InputStream> events =
        HttpClientHolder.CLIENT.send(
            Http.request("/api/v1/ui/events", "counsellor", "demo").build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                events.body(), java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(events.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      assertThat(events.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(lines.readLine()).isEqualTo("event: extensions");
      assertThat(lines.readLine()).isEqualTo("data: {\"version\":" + police.get("version") + "}");
    }
  }

  /** A client of its own for the event stream, which stays open until it is closed. */
  private static final class HttpClientHolder {
    static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();
  }

  @Test
  public void everyResponseCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> response = Http.awaitHealthy();

    assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }
}
