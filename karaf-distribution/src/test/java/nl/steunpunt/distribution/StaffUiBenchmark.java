package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

/**
 * The staff UI's two benchmarks, each beside a baseline measured in the same run, alternating:
 *
 * <ol>
 *   <li>login to the family page fully rendered (members shown) in headless Chromium, against the
 *       same login and the same API calls made by a plain HTTP client (what the page cannot do
 *       faster than);
 *   <li>a bundle's install over SSH to its navigation entry in an open page, against the same
 *       install to the entry listed by {@code GET /api/v1/ui/extensions}.
 * </ol>
 *
 * Not part of the test suite (no {@code IT} suffix): run by {@code src/bench/ui-benchmark.sh},
 * which copies the table into {@code docs/benchmarks.md}.
 */
public class StaffUiBenchmark {

  @ClassRule
  public static final TestRule KARAF =
      RuleChain.outerRule(new BrowserAvailable()).around(new PaxExamServer());

  private static final int ROUNDS = Integer.getInteger("steunpunt.bench.rounds", 10);

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  @BeforeClass
  public static void awaitPlatform() throws Exception {
    Http.awaitHealthy();
  }

  @Test
  public void measure() throws Exception {
    String family =
        Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
            .get("items")
            .get(0)
            .get("id")
            .asText();
    List<Double> page = new ArrayList<>();
    List<Double> repeat = new ArrayList<>();
    List<Double> api = new ArrayList<>();
    // One unmeasured round of each warms the JIT and the browser's cache of the shell's modules.
    loginToFamilyPage(family);
    loginAndApiCalls(family);
    for (int i = 0; i < ROUNDS; i++) {
      double[] visits = loginToFamilyPage(family);
      page.add(visits[0]);
      repeat.add(visits[1]);
      api.add(loginAndApiCalls(family));
    }

    Path jar =
        TestUiBundle.write(Path.of(System.getProperty("project.build.directory"), "test-ui"));
    List<Double> nav = new ArrayList<>();
    List<Double> listed = new ArrayList<>();
    TestUiBundle.allowAndGrant(jar);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.await(UiBrowser.testId("nav-item-families"));
      // The first install of the run is unmeasured: it pays for the first SSH session and the
      // first resolution of a bundle (2.2 s where the others take 0.3 s).
      Ssh.run("operator", "demo", "bundle:install -s " + jar.toUri());
      browser
          .waiting(30)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  UiBrowser.testId("nav-item-test-plugin-page")));
      uninstall(browser);
      for (int i = 0; i < Math.max(3, ROUNDS / 2); i++) {
        long start = System.nanoTime();
        Ssh.run("operator", "demo", "bundle:install -s " + jar.toUri());
        browser
            .waiting(30)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    UiBrowser.testId("nav-item-test-plugin-page")));
        nav.add(millis(start));
        uninstall(browser);

        start = System.nanoTime();
        Ssh.run("operator", "demo", "bundle:install -s " + jar.toUri());
        while (!listed()) {
          Thread.sleep(5);
        }
        listed.add(millis(start));
        uninstall(browser);
      }
    }

    System.err.println("page " + page + "\napi " + api + "\nnav " + nav + "\nlisted " + listed);
    String table =
        String.join(
            "\n",
            "| measurement | median (ms) | p90 (ms) | baseline in the same run | baseline median (ms) |"
                + " baseline p90 (ms) | ratio of medians |",
            "|---|---:|---:|---|---:|---:|---:|",
            row(
                "login → family page rendered (Chromium, " + ROUNDS + " rounds)",
                page,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "the same, a repeat visit: a new login in the same browser, its cache warm ("
                    + ROUNDS
                    + " rounds)",
                repeat,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "bundle install → navigation entry in an open page (" + nav.size() + " rounds)",
                nav,
                "install → entry listed by `GET /api/v1/ui/extensions`",
                listed));
    Path out = Path.of(System.getProperty("project.build.directory"), "ui-benchmark.md");
    Files.writeString(out, table + "\n");
    System.out.println(table);
  }

  private static void uninstall(UiBrowser browser) throws Exception {
    Ssh.run("operator", "demo", "bundle:uninstall " + TestUiBundle.SYMBOLIC_NAME);
    browser
        .waiting(30)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                UiBrowser.testId("nav-item-test-plugin-page")));
  }

  private static boolean listed() throws Exception {
    JsonNode items =
        Http.json(Http.send("GET", "/api/v1/ui/extensions", "counsellor", null, null)).get("items");
    for (JsonNode item : items) {
      if (item.get("id").asText().equals("test-plugin-page")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fresh browser (no cache), the login form, then the family page; then, in the same browser
   * (its cache warm), a new login and the family page again. Returns both times.
   */
  private static double[] loginToFamilyPage(String family) throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      double cold = visit(browser, family);
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      return new double[] {cold, visit(browser, family)};
    }
  }

  private static double visit(UiBrowser browser, String family) throws Exception {
    {
      browser.driver.get(UiBrowser.BASE + "/login");
      browser.driver.findElement(By.id("username")).sendKeys("counsellor");
      browser.driver.findElement(By.id("password")).sendKeys("demo");
      long start = System.nanoTime();
      browser
          .driver
          .findElement(By.cssSelector("form[action='/login'] button[type='submit']"))
          .click();
      browser.await(UiBrowser.testId("user-name"));
      browser.open("#/families/" + family);
      browser.await(UiBrowser.testId("member-row"));
      double total = millis(start);
      System.err.println(
          "page: "
              + total
              + " ms; "
              + browser.driver.executeScript(
                  "const r = performance.getEntriesByType('resource');"
                      + "const n = performance.getEntriesByType('navigation')[0];"
                      + "return r.length + ' requests, document at ' + Math.round(n.responseEnd)"
                      + " + ' ms, last response at ' + Math.round(Math.max(...r.map(e => e.responseEnd)))"
                      + " + ' ms, slowest ' + r.sort((a, b) => b.duration - a.duration).slice(0, 5)"
                      + ".map(e => e.name.replace(location.origin, '') + ' ' + Math.round(e.duration)).join(', ');"));
      return total;
    }
  }

  /** The same login and the API calls the family page makes, one after the other. */
  private static double loginAndApiCalls(String family) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long start = System.nanoTime();
    HttpResponse<String> login =
        client.send(
            Http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=counsellor&password=demo", StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String trajectory = null;
    for (String path :
        List.of(
            "/api/v1/me",
            "/api/v1/ui/extensions",
            "/api/v1/families/" + family,
            "/api/v1/families/" + family + "/members",
            "/api/v1/families/" + family + "/trajectory")) {
      HttpResponse<String> r =
          client.send(
              Http.request(path).header("Cookie", cookie).build(),
              HttpResponse.BodyHandlers.ofString());
      if (path.endsWith("/trajectory")) {
        trajectory = Http.json(r).get("id").asText();
      }
    }
    for (String path :
        List.of(
            "/api/v1/trajectories/" + trajectory + "/team",
            "/api/v1/trajectories/" + trajectory + "/events",
            "/api/v1/trajectories/" + trajectory + "/reports")) {
      client.send(
          Http.request(path).header("Cookie", cookie).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    return millis(start);
  }

  private static double millis(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e6;
  }

  private static String row(String what, List<Double> values, String baseline, List<Double> base) {
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.0f | %s | %.0f | %.0f | %.1f |",
        what,
        quantile(values, 0.5),
        quantile(values, 0.9),
        baseline,
        quantile(base, 0.5),
        quantile(base, 0.9),
        quantile(values, 0.5) / quantile(base, 0.5));
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
