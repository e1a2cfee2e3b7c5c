package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

/**
 * The staff UI in a real headless Chromium against the real distribution in demo mode: Pax Exam
 * boots Karaf (server mode: no probe inside), the tests drive the browser from outside, as staff
 * would.
 */
public class StaffUiIT {

  @ClassRule
  public static final TestRule KARAF =
      RuleChain.outerRule(new BrowserAvailable()).around(new PaxExamServer());

  /** The navigation each demo role must see: exactly these pages, in this order. */
  static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("counsellor", List.of("families", "tasks", "reports"));
    PAGES.put("teamlead", List.of("families", "tasks", "reports"));
    PAGES.put("municipality", List.of("families", "tasks", "received-reports"));
    PAGES.put("police", List.of("received-reports"));
    PAGES.put("therapist", List.of("families", "tasks"));
    PAGES.put("evaluator", List.of());
    PAGES.put("privacy", List.of("audit", "break-glass-reviews", "access-report"));
    PAGES.put("operator", List.of());
  }

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  @BeforeClass
  public static void awaitPlatform() throws Exception {
    Http.awaitHealthy();
  }

  @Test
  public void eachDemoRoleSeesExactlyItsOwnPagesAndEveryPagePassesAxe() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
      try (UiBrowser browser = new UiBrowser()) {
        browser.login(role.getKey());
        assertThat(browser.navIds()).as(role.getKey()).isEqualTo(role.getValue());
        browser.screenshot("home-" + role.getKey());
        violations.addAll(prefixed(role.getKey() + " home", browser.seriousViolations()));
        for (String page : role.getValue()) {
          browser.driver.findElement(UiBrowser.testId("nav-item-" + page)).click();
          browser.await(By.cssSelector("main h1"));
          assertThat(
                  browser
                      .driver
                      .findElement(UiBrowser.testId("nav-item-" + page))
                      .getAttribute("aria-current"))
              .as(role.getKey() + " " + page)
              .isEqualTo("page");
          // Let the page's data arrive before it is scanned and kept.
          Thread.sleep(500);
          if (page.equals("families") && !role.getKey().equals("teamlead")) {
            // No more than the API gives this user: the same families, none else.
            assertThat(familyRows(browser))
                .as(role.getKey())
                .containsExactlyInAnyOrderElementsOf(familiesOf(role.getKey()));
          }
          browser.screenshot(role.getKey() + "-" + page);
          violations.addAll(prefixed(role.getKey() + " " + page, browser.seriousViolations()));
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  public void theCounsellorSeesExactlyTheirOwnFamiliesAndTheFamilyPageWithItsParts()
      throws Exception {
    // The demo's 15 families of the counsellor, and any another test here made for them; the
    // page shows 25 at a time, as the API gives them.
    var page = Http.json(Http.send("GET", "/api/v1/families?limit=25", "counsellor", null, null));
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(15);
    List<String> theirs = new ArrayList<>();
    page.get("items").forEach(f -> theirs.add(f.get("id").asText()));
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families");
      browser
          .waiting(20)
          .until(d -> d.findElements(UiBrowser.testId("family-row")).size() == theirs.size());
      assertThat(browser.driver.findElements(UiBrowser.testId("family-row")))
          .extracting(row -> row.getAttribute("data-family-id"))
          .containsExactlyInAnyOrderElementsOf(theirs);
      // A family with members (tests here make some without).
      String id = null;
      for (String family : theirs) {
        if (!Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/members", "counsellor", null, null))
            .isEmpty()) {
          id = family;
          break;
        }
      }
      assertThat(id).as("a family of the counsellor's with members").isNotNull();
      browser.open("#/families/" + id);
      browser.await(UiBrowser.testId("family-header"));
      browser.waiting(20).until(d -> !d.findElements(UiBrowser.testId("member-row")).isEmpty());
      // The members come first; the trajectory's tabs follow (the page is busy until then).
      browser
          .waiting(20)
          .until(d -> d.findElements(By.cssSelector("sp-family-page[aria-busy]")).isEmpty());
      browser.screenshot("counsellor-family");
      List<String> violations = new ArrayList<>(prefixed("family", browser.seriousViolations()));
      for (WebElement tab : browser.driver.findElements(By.cssSelector("[data-testid^='tab-']"))) {
        String name = tab.getAttribute("data-testid");
        tab.click();
        Thread.sleep(500);
        browser.screenshot("counsellor-family-" + name);
        violations.addAll(prefixed("family " + name, browser.seriousViolations()));
      }
      assertThat(violations).isEmpty();
    }
  }

  @Test
  public void aMemberNamedLikeMarkupIsShownAsTextAndNeverRuns() throws Exception {
    String name = "<img src=x onerror=alert(1)>";
    String family =
        newFamily(
            "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"NOT_RECORDED\"}");
    assertThat(
            Http.send(
                    "POST",
                    "/api/v1/families/" + family + "/members",
                    "counsellor",
                    "{\"role\":\"SIBLING\",\"givenName\":\"<img src=x onerror=alert(1)>\","
                        + "\"birthYear\":2010,\"languages\":[\"nl\"],\"whereabouts\":\"AT_HOME_NL\"}",
                    null)
                .statusCode())
        .isEqualTo(201);

    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family);
      WebElement row = browser.await(UiBrowser.testId("member-row"));

      assertThat(row.getText()).contains(name);
      assertThat(browser.driver.findElements(By.cssSelector("main img[src='x']"))).isEmpty();
      Thread.sleep(500);
      try {
        browser.driver.switchTo().alert();
        throw new AssertionError("the name ran as a script");
      } catch (NoAlertPresentException expected) {
        // shown as text, never run
      }
      browser.screenshot("xss-name-as-text");
    }
  }

  @Test
  public void aBundleInstalledAtRuntimeAddsItsPageToAnOpenPageWithoutReloadAndLeavesWithIt()
      throws Exception {
    Path jar =
        TestUiBundle.write(Path.of(System.getProperty("project.build.directory"), "test-ui"));
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + familiesOf("counsellor").get(0));
      browser.await(UiBrowser.testId("member-row"));
      // A reload would lose this mark.
      browser.driver.executeScript("window.steunpuntTestMark = 'still here';");
      assertThat(browser.navIds()).doesNotContain("test-plugin-page");

      TestUiBundle.allowAndGrant(jar);
      String installed = Ssh.run("operator", "demo", "bundle:install -s " + jar.toUri());
      browser
          .waiting(30)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  UiBrowser.testId("nav-item-test-plugin-page")));
      // The family page that was open all along got the plugin's tab too.
      browser.await(UiBrowser.testId("tab-test-plugin-tab")).click();
      try {
        browser.await(UiBrowser.testId("test-plugin-user"));
      } catch (RuntimeException e) {
        browser.screenshot("failed-plugin-tab");
        throw e;
      }

      browser.driver.findElement(UiBrowser.testId("nav-item-test-plugin-page")).click();
      browser.await(UiBrowser.testId("test-plugin-user"));
      assertThat(browser.driver.findElement(UiBrowser.testId("test-plugin-user")).getText())
          .isEqualTo("counsellor");
      browser.screenshot("plugin-page");
      assertThat(browser.driver.executeScript("return window.steunpuntTestMark;"))
          .as("the page was not reloaded (install gave: %s)", installed)
          .isEqualTo("still here");

      Ssh.run("operator", "demo", "bundle:uninstall " + TestUiBundle.SYMBOLIC_NAME);
      browser
          .waiting(30)
          .until(
              ExpectedConditions.invisibilityOfElementLocated(
                  UiBrowser.testId("nav-item-test-plugin-page")));
      browser.await(UiBrowser.testId("page-unavailable"));
      assertThat(browser.driver.executeScript("return window.steunpuntTestMark;"))
          .isEqualTo("still here");
      browser.driver.navigate().back();
      browser.await(UiBrowser.testId("family-header"));
      assertThat(browser.driver.findElements(UiBrowser.testId("tab-test-plugin-tab"))).isEmpty();
    }
  }

  /**
   * The three reference partner features, installed from the console (in demo mode their bundles
   * are already allow-listed and granted), each add their page for their own role only: it shows
   * what the partner's REST endpoint gives that user, and passes axe. Uninstalled again at the end,
   * so the other tests see the shell's own pages.
   */
  @Test
  public void theReferencePartnersPagesShowTheirDataToTheirOwnRoleOnly() throws Exception {
    String features =
        "steunpunt-partner-municipality steunpunt-partner-police steunpunt-partner-therapy";
    String installed = Ssh.run("operator", "demo", "feature:install " + features);
    try {
      System.out.println("feature:install gave: " + installed);
      System.out.println(Ssh.run("operator", "demo", "steunpunt:partners -v"));
      Map<String, String[]> pages = new LinkedHashMap<>();
      pages.put(
          "municipality",
          new String[] {"municipality-families", "/api/v1/partners/gm0363/families", "reference"});
      pages.put(
          "police",
          new String[] {"police-reports", "/api/v1/partners/police/reports", "givenName"});
      pages.put(
          "therapist",
          new String[] {
            "therapy-referrals", "/api/v1/partners/therapy-demo/referrals", "givenName"
          });
      List<String> violations = new ArrayList<>();
      for (Map.Entry<String, String[]> page : pages.entrySet()) {
        String user = page.getKey();
        String id = page.getValue()[0];
        String expected = firstValue(user, page.getValue()[1], page.getValue()[2]);
        try (UiBrowser browser = new UiBrowser()) {
          browser.login(user);
          browser
              .waiting(30)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      UiBrowser.testId("nav-item-" + id)));
          assertThat(browser.navIds())
              .as(user)
              .containsOnlyOnce(id)
              .doesNotContainAnyElementsOf(
                  pages.values().stream()
                      .map(v -> v[0])
                      .filter(other -> !other.equals(id))
                      .toList());
          browser.driver.findElement(UiBrowser.testId("nav-item-" + id)).click();
          browser
              .waiting(30)
              .until(
                  ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), expected));
          browser.screenshot("partner-" + id);
          violations.addAll(prefixed(user + " " + id, browser.seriousViolations()));
        }
      }
      assertThat(violations).isEmpty();
    } finally {
      Ssh.run("operator", "demo", "feature:uninstall " + features);
    }
  }

  /**
   * The evaluation feature, installed from the console (in demo mode allow-listed and granted),
   * gives the evaluator a page with the suppressed indicators of the last five years: the headline
   * figure, two SVG charts with a title, a description and a table of the same years, the server's
   * own cells in the tables, a CSV download of the export, in Dutch and English, passing axe. A
   * counsellor gets neither the page nor its endpoint. Uninstalled again at the end.
   */
  @Test
  public void theEvaluatorSeesTheIndicatorsAsFiguresAndAccessibleChartsAndACounsellorDoesNot()
      throws Exception {
    int to = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    int from = to - 4;
    String years = "?fromYear=" + from + "&toYear=" + to;
    String base = "/api/v1/partners/evaluation";
    String installed = Ssh.run("operator", "demo", "feature:install steunpunt-evaluation");
    try {
      System.out.println("feature:install gave: " + installed);
      var published = Http.json(awaitOk("evaluator", base + "/yearly" + years));
      assertThat(published.get("periods")).hasSize(5);
      var csv = Http.send("GET", base + "/export.csv" + years, "evaluator", null, null);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
      List<String> violations = new ArrayList<>();
      try (UiBrowser browser = new UiBrowser()) {
        browser.login("evaluator");
        browser
            .waiting(30)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    UiBrowser.testId("nav-item-evaluation-indicators")));
        assertThat(browser.navIds())
            .containsOnlyOnce("evaluation-indicators")
            .doesNotContain("municipality-families", "police-reports", "therapy-referrals");
        browser.driver.findElement(UiBrowser.testId("nav-item-evaluation-indicators")).click();
        browser.await(UiBrowser.testId("evaluation-headline"));
        assertThat(browser.driver.findElements(UiBrowser.testId("headline-year"))).hasSize(5);

        for (String chart : List.of("chart-over-time", "chart-by-reason")) {
          WebElement svg =
              browser.driver.findElement(
                  By.cssSelector("[data-testid='" + chart + "'] svg[role='img']"));
          String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
          assertThat(labelledBy).as(chart).hasSize(2);
          assertThat(svg.findElement(By.cssSelector("title")).getAttribute("id"))
              .isEqualTo(labelledBy[0]);
          assertThat(svg.findElement(By.cssSelector("title")).getAttribute("textContent"))
              .as(chart)
              .isNotBlank();
          assertThat(svg.findElement(By.cssSelector("desc")).getAttribute("id"))
              .isEqualTo(labelledBy[1]);
          assertThat(
                  browser.driver.findElements(
                      By.cssSelector("[data-testid='" + chart + "-table'] tbody tr")))
              .as(chart + " table")
              .hasSize(5);
        }
        // The tables show the server's cells as published, "<5" included, and nothing else.
        for (String key :
            List.of(
                "familiesWithContact",
                "familiesWithFullTrajectory",
                "departuresAfterGuidanceStarted")) {
          assertThat(
                  browser
                      .driver
                      .findElements(By.cssSelector("[data-indicator='" + key + "'] td"))
                      .stream()
                      .map(WebElement::getText)
                      .toList())
              .as(key)
              .isEqualTo(publishedCells(published, key));
        }
        assertThat(browser.driver.findElement(UiBrowser.testId("export-csv")).getAttribute("href"))
            .endsWith(base + "/export.csv" + years);

        // The chart tables open, so that axe sees them too.
        for (WebElement summary :
            browser.driver.findElements(
                By.cssSelector("evaluation-indicators-page details > summary"))) {
          click(browser, summary);
        }
        Thread.sleep(300);
        browser.screenshot("evaluation-indicators");
        for (String chart : List.of("chart-over-time", "chart-by-reason")) {
          browser.driver.executeScript(
              "arguments[0].scrollIntoView();",
              browser.driver.findElement(UiBrowser.testId(chart)));
          browser.screenshot("evaluation-" + chart);
        }
        violations.addAll(prefixed("evaluator evaluation-indicators", browser.seriousViolations()));

        String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
        String other = lang.startsWith("nl") ? "en" : "nl";
        String headline =
            other.equals("en")
                ? "Children who left after their family’s guidance started"
                : "Kinderen vertrokken nadat de begeleiding van hun gezin begon";
        String label = other.equals("en") ? "Families with contact" : "Gezinnen met contact";
        switchTo(browser, other);
        browser
            .waiting(20)
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    UiBrowser.testId("evaluation-headline"), headline));
        assertThat(
                browser
                    .driver
                    .findElement(By.cssSelector("[data-indicator='familiesWithContact'] th"))
                    .getText())
            .startsWith(label);
        browser.screenshot("evaluation-indicators-" + other);
        violations.addAll(prefixed("evaluator in " + other, browser.seriousViolations()));
      }
      try (UiBrowser browser = new UiBrowser()) {
        browser.login("counsellor");
        browser.await(UiBrowser.testId("nav-item-families"));
        assertThat(browser.navIds()).doesNotContain("evaluation-indicators");
      }
      assertThat(Http.send("GET", base + "/yearly" + years, "counsellor", null, null).statusCode())
          .isEqualTo(403);
      assertThat(violations).isEmpty();
    } finally {
      Ssh.run("operator", "demo", "feature:uninstall steunpunt-evaluation");
    }
  }

  /** The answer of a partner endpoint to the user, once its servlet is there. */
  private static java.net.http.HttpResponse<String> awaitOk(String user, String path)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    var response = Http.send("GET", path, user, null, null);
    while (response.statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      response = Http.send("GET", path, user, null, null);
    }
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return response;
  }

  /** One published cell per year, as the server wrote it (a count, or "<5"). */
  private static List<String> publishedCells(
      com.fasterxml.jackson.databind.JsonNode answer, String key) {
    List<String> cells = new ArrayList<>();
    for (var period : answer.get("periods")) {
      for (var indicator : period.get("indicators")) {
        if (indicator.get("indicator").asText().equals(key)) {
          cells.add(indicator.get("value").asText());
        }
      }
    }
    return cells;
  }

  /**
   * The first item's field in the partner endpoint's answer to the user, once the partner's servlet
   * is there (its components start when the platform hands the bundle its context).
   */
  private static String firstValue(String user, String path, String field) throws Exception {
    var items = Http.json(awaitOk(user, path)).get("items");
    assertThat(items).as(path).isNotEmpty();
    var first = items.get(0);
    return first.has(field) ? first.get(field).asText() : first.get("dataSet").get(field).asText();
  }

  @Test
  public void theLanguageSwitchTranslatesTheShellAndIsRemembered() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("teamlead");
      browser.await(UiBrowser.testId("nav-item-families"));
      String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
      String other = lang.startsWith("nl") ? "en" : "nl";
      String expected = other.equals("en") ? "Families" : "Gezinnen";
      switchTo(browser, other);
      browser
          .waiting(10)
          .until(
              d ->
                  d.findElement(UiBrowser.testId("nav-item-families"))
                      .getText()
                      .contains(expected));
      assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
          .startsWith(other);
      browser.driver.navigate().refresh();
      browser.await(UiBrowser.testId("nav-item-families"));
      assertThat(browser.driver.findElement(UiBrowser.testId("nav-item-families")).getText())
          .contains(expected);
      // Kept in a cookie the server reads: the shell's page comes in that language.
      assertThat(browser.driver.manage().getCookieNamed("steunpunt_lang").getValue())
          .isEqualTo(other);
      // Its dates too: a family's "since" in that language's words.
      String family = familiesOf("teamlead").get(0);
      String since =
          Http.json(Http.send("GET", "/api/v1/families/" + family, "teamlead", null, null))
              .get("createdAt")
              .asText();
      browser.open("#/families/" + family);
      WebElement header = browser.await(UiBrowser.testId("family-header"));
      assertThat(header.getText()).contains(shownAt(since, other, false));
    }
  }

  @Test
  public void aPageTheRoleMayNotSeeIsNotThereEvenByItsAddress() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("police");
      browser.open("#/families");
      browser.await(UiBrowser.testId("page-unavailable"));
      assertThat(browser.driver.findElements(UiBrowser.testId("family-row"))).isEmpty();
      String someFamily = familiesOf("teamlead").get(0);
      browser.open("#/families/" + someFamily);
      Thread.sleep(1000);
      assertThat(browser.driver.findElements(UiBrowser.testId("member-row"))).isEmpty();
      assertThat(browser.driver.findElements(UiBrowser.testId("family-header"))).isEmpty();
    }
  }

  @Test
  public void aDraftReportIsConsultedAndReportedInTheUiAndThePoliceConfirmReceiptInTheirs()
      throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    addMember(family, "PARENT", "Khadija", 1975);
    String son = addMember(family, "SIBLING", "Yusuf", 2008);
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
            .get("id")
            .asText();
    assertThat(
            Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/events",
                    "counsellor",
                    "{\"type\":\"DEPARTURE_RISK\",\"memberId\":\""
                        + son
                        + "\",\"occurredAt\":\"2026-11-01T10:00:00Z\"}",
                    null)
                .statusCode())
        .isEqualTo(201);
    String report =
        Http.json(
                Http.send(
                    "GET",
                    "/api/v1/trajectories/" + trajectory + "/reports",
                    "counsellor",
                    null,
                    null))
            .get(0)
            .get("id")
            .asText();

    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/reports/" + report);
      WebElement consult = browser.await(UiBrowser.testId("report-action-consultation"));
      click(browser, consult.findElement(By.cssSelector("input[name='consulted']")));
      click(browser, consult.findElement(By.cssSelector("input[name='reporter'][value='CENTRE']")));
      click(
          browser, consult.findElement(By.cssSelector("input[name='recipient'][value='POLICE']")));
      browser.screenshot("report-consultation");
      assertThat(browser.seriousViolations()).as("report page").isEmpty();
      consult.findElement(By.cssSelector("button[type='submit']")).click();
      awaitState(report, "CONSULTED");
      WebElement disclose = browser.await(UiBrowser.testId("report-action-report"));
      disclose.findElement(By.cssSelector("button[type='submit']")).click();
      awaitState(report, "REPORTED");
      browser.screenshot("report-reported");
    }
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("police");
      browser.open("#/received-reports");
      WebElement row =
          browser.await(
              By.cssSelector("[data-testid='report-row'][data-report-id='" + report + "']"));
      assertThat(row.getText()).contains("Yusuf", "2008").doesNotContain("Khadija");
      row.findElement(By.tagName("button")).click();
      awaitState(report, "ACKNOWLEDGED");
      browser.screenshot("police-acknowledged");
      assertThat(browser.seriousViolations()).as("received reports").isEmpty();
    }
  }

  @Test
  public void aCounsellorOpensAFamilyThatIsNotTheirsOnlyWithAReasonAndThePrivacyOfficerSeesIt()
      throws Exception {
    List<String> theirs = familiesOf("counsellor");
    String other = null;
    for (var f :
        Http.json(Http.send("GET", "/api/v1/families?limit=200", "teamlead", null, null))
            .get("items")) {
      if (!theirs.contains(f.get("id").asText())) {
        other = f.get("reference").asText();
        break;
      }
    }
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.driver.findElement(UiBrowser.testId("break-glass-open")).click();
      WebElement dialog = browser.await(UiBrowser.testId("break-glass-dialog"));
      dialog.findElement(By.name("reference")).sendKeys(other);
      dialog.findElement(By.cssSelector("button[type='submit']")).click();
      // No reason, no access: the dialog stays and says why.
      browser.await(
          By.cssSelector("[data-testid='break-glass-dialog'] textarea[aria-invalid='true']"));
      assertThat(browser.driver.findElements(UiBrowser.testId("family-header"))).isEmpty();
      dialog
          .findElement(By.name("reason"))
          .sendKeys("Acute danger: the mother called the crisis line.");
      browser.screenshot("break-glass-dialog");
      assertThat(browser.seriousViolations()).as("break-glass dialog").isEmpty();
      dialog.findElement(By.cssSelector("button[type='submit']")).click();
      WebElement header = browser.await(UiBrowser.testId("family-header"));
      assertThat(header.getText()).contains(other);
    }
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("privacy");
      browser.open("#/break-glass-reviews");
      browser
          .waiting(20)
          .until(d -> !d.findElements(UiBrowser.testId("break-glass-row")).isEmpty());
      browser.screenshot("privacy-break-glass-review");
      assertThat(browser.seriousViolations()).as("break-glass review").isEmpty();
    }
  }

  @Test
  public void fiveFailedLoginsFromOneAddressLockItOutEvenWithTheRightPassword() throws Exception {
    // From another loopback address than every other test's, so that this lock stays its own.
    String from = "127.0.0.2";
    for (int i = 1; i <= 5; i++) {
      assertThat(login(from, "nobody" + i, "wrong")).startsWith("HTTP/1.1 401");
    }
    String locked = login(from, "counsellor", "demo");
    assertThat(locked).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After:");
    assertThat(locked.toLowerCase(java.util.Locale.ROOT)).doesNotContain("set-cookie");
    assertThat(login("127.0.0.1", "counsellor", "demo")).startsWith("HTTP/1.1 303");
  }

  @Test
  public void anExpiredSessionSendsTheBrowserToTheLoginWithoutAPasswordPromptAndBackToItsPage()
      throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/tasks");
      browser.await(UiBrowser.testId("nav-item-families"));
      // The session expires: the browser still sends its cookie, which the server no longer knows.
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      browser.driver.manage().addCookie(new Cookie("STEUNPUNT_SESSION", "expired", "/"));

      @SuppressWarnings("unchecked")
      Map<String, Object> answer =
          (Map<String, Object>)
              browser.driver.executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch('/api/v1/me', {headers: {Accept: 'application/json'}})"
                      + ".then(r => done({status: r.status,"
                      + " challenge: r.headers.get('WWW-Authenticate')}));");
      assertThat(answer.get("status")).isEqualTo(401L);
      assertThat(answer.get("challenge")).as("a Basic challenge to a browser").isNull();

      browser.driver.findElement(UiBrowser.testId("nav-item-families")).click();
      awaitUrl(browser, "/login?return=");
      logInOnTheForm(browser, "demo");

      awaitUrl(browser, "/ui/#/families");
      browser.await(UiBrowser.testId("family-row"));
    }
  }

  @Test
  public void aBookmarkedPageOpensAfterTheLogin() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/tasks");
      browser.waiting(20).until(d -> d.getCurrentUrl().contains("/login?return="));
      logInOnTheForm(browser, "demo");

      browser.waiting(20).until(d -> d.getCurrentUrl().endsWith("/ui/#/tasks"));
      browser.await(UiBrowser.testId("user-name"));
    }
  }

  @Test
  public void theLoginPageBecomesTheFamilyPageItWasOpenedForInPlaceWithItsHeadingFocused()
      throws Exception {
    String family = firstFamily();
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/families/" + family);
      awaitUrl(browser, "/login?return=");
      markThePage(browser);
      logInOnTheForm(browser, "demo");

      browser.await(UiBrowser.testId("member-row"));
      assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/#/families/" + family);
      assertThat(stillTheMarkedPage(browser)).as("the same page, not a navigation").isTrue();
      assertThat(browser.driver.executeScript("return document.activeElement.tagName;"))
          .as("the focus, on the page's heading")
          .isEqualTo("H1");
      assertThat(browser.driver.findElements(By.cssSelector("form[action='/login']"))).isEmpty();
      // The shell's style sheet applies (the login page has none).
      assertThat(
              browser.driver.executeScript(
                  "return getComputedStyle(document.getElementById('sp-nav')).position;"))
          .isEqualTo("sticky");
      assertThat(browser.seriousViolations()).as("the family page entered in place").isEmpty();
      // A reload is the shell's page, at the same route: the session is the browser's.
      browser.driver.navigate().refresh();
      browser.await(UiBrowser.testId("member-row"));
      assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/#/families/" + family);
    }
  }

  @Test
  public void aWrongPasswordIsSaidInThePageAndTheNextTryStillReturnsToTheRoute() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/tasks");
      awaitUrl(browser, "/login?return=");
      markThePage(browser);
      logInOnTheForm(browser, "not-the-password");

      browser.await(By.id("login-error"));
      assertThat(browser.driver.findElement(By.id("login-error")).getAttribute("role"))
          .isEqualTo("alert");
      assertThat(stillTheMarkedPage(browser)).isTrue();
      assertThat(browser.driver.findElement(By.name("return")).getAttribute("value"))
          .endsWith("/ui/#/tasks");
      assertThat(browser.driver.manage().getCookieNamed("STEUNPUNT_SESSION")).isNull();
      assertThat(browser.driver.executeScript("return document.activeElement.id;"))
          .as("the focus, in the new form's first field")
          .isEqualTo("username");
      assertThat(browser.seriousViolations()).as("the login page with its message").isEmpty();

      logInOnTheForm(browser, "demo");
      browser.waiting(20).until(d -> d.getCurrentUrl().endsWith("/ui/#/tasks"));
      browser.await(UiBrowser.testId("user-name"));
      // The new form was sent in place too.
      assertThat(stillTheMarkedPage(browser)).isTrue();
      browser
          .waiting(10)
          .until(
              d ->
                  "H1"
                      .equals(
                          browser.driver.executeScript("return document.activeElement.tagName;")));
    }
  }

  @Test
  public void aLoginThatGetsNoAnswerIsSaidInThePageAndTheNextTryLogsIn() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/tasks");
      awaitUrl(browser, "/login?return=");
      markThePage(browser);
      browser.driver.findElement(By.id("username")).sendKeys("counsellor");
      browser.driver.findElement(By.id("password")).sendKeys("demo");
      network(browser, true, 0);
      browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();

      browser.await(By.id("login-no-answer"));
      assertThat(browser.driver.findElement(By.id("login-no-answer")).getAttribute("role"))
          .isEqualTo("alert");
      assertThat(browser.driver.findElement(By.id("login-no-answer")).getText())
          .contains("De server is niet bereikt")
          .contains("The server could not be reached");
      assertThat(stillTheMarkedPage(browser)).isTrue();
      assertThat(browser.driver.manage().getCookieNamed("STEUNPUNT_SESSION")).isNull();
      assertThat(browser.seriousViolations()).as("the login page with its message").isEmpty();

      network(browser, false, 0);
      // The same form, as typed, sent again by the user.
      browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();
      browser.waiting(20).until(d -> d.getCurrentUrl().endsWith("/ui/#/tasks"));
      browser.await(UiBrowser.testId("user-name"));
      assertThat(browser.driver.findElements(By.id("login-no-answer"))).isEmpty();
      assertThat(stillTheMarkedPage(browser)).isTrue();
    }
  }

  @Test
  public void aSlowLoginSaysItIsUnderWayUntilThePageItWasOpenedForIsThere() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/tasks");
      awaitUrl(browser, "/login?return=");
      markThePage(browser);
      assertThat(browser.driver.findElement(By.id("login-status")).getText()).isEmpty();
      browser.driver.findElement(By.id("username")).sendKeys("counsellor");
      browser.driver.findElement(By.id("password")).sendKeys("demo");
      network(browser, false, 1500);
      try {
        browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();

        browser
            .waiting(10)
            .until(d -> d.findElement(By.id("login-status")).getText().contains("Logging in"));
        assertThat(browser.driver.findElement(By.id("login-status")).getAttribute("role"))
            .isEqualTo("status");
        assertThat(browser.driver.findElement(By.id("login-status")).getText())
            .contains("Bezig met inloggen");
        assertThat(browser.seriousViolations()).as("the login page, logging in").isEmpty();
      } finally {
        network(browser, false, 0);
      }
      browser.waiting(30).until(d -> d.getCurrentUrl().endsWith("/ui/#/tasks"));
      browser.await(UiBrowser.testId("user-name"));
      assertThat(browser.driver.findElements(By.id("login-status"))).isEmpty();
      assertThat(stillTheMarkedPage(browser)).isTrue();
    }
  }

  @Test
  public void aLoginSubmittedTwiceByADoubleClickIsSentOnce() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.driver.get(UiBrowser.BASE + "/login");
      browser.driver.findElement(By.id("username")).sendKeys("counsellor");
      browser.driver.findElement(By.id("password")).sendKeys("demo");
      browser.driver.executeScript(
          "const form = document.querySelector('form[action=\"/login\"]');"
              + "form.requestSubmit(); form.requestSubmit();");

      browser.await(UiBrowser.testId("user-name"));
      assertThat(
              browser.driver.executeScript(
                  "return performance.getEntriesByType('resource')"
                      + ".filter(e => new URL(e.name).pathname === '/login').length;"))
          .isEqualTo(1L);
    }
  }

  @Test
  public void aFamilyPageOpenedByALinkAsksForEachOfItsFirstAnswersOnceAndTheUserForNone()
      throws Exception {
    String family = firstFamily();
    try (UiBrowser browser = new UiBrowser()) {
      browser.open("#/families/" + family);
      awaitUrl(browser, "/login?return=");
      logInOnTheForm(browser, "demo");
      browser.await(UiBrowser.testId("member-row"));

      // The boot script asked; the shell took its answers instead of asking again.
      assertThat(requestsFor(browser, "/api/v1/families/" + family + "/case-file")).isEqualTo(1);
      assertThat(requestsFor(browser, "/api/v1/municipalities")).isEqualTo(1);
      assertThat(requestsFor(browser, "/i18n/")).isEqualTo(1);
      // The user and their extensions came with the shell's page.
      assertThat(requestsFor(browser, "/api/v1/me")).isZero();
      assertThat(requestsFor(browser, "/api/v1/ui/extensions?")).isZero();
    }
  }

  /** The id of the first family the counsellor's list shows. */
  private static String firstFamily() throws java.io.IOException {
    return Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
        .at("/items/0/id")
        .asText();
  }

  /** Types the counsellor's name and {@code password} into the login form and clicks its button. */
  private static void logInOnTheForm(UiBrowser browser, String password) {
    browser.driver.findElement(By.id("username")).sendKeys("counsellor");
    browser.driver.findElement(By.id("password")).sendKeys(password);
    browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();
  }

  /** A mark in the page's window: it is still there only if no navigation replaced the page. */
  /** The browser's network, through DevTools: offline, or online with this much latency. */
  private static void network(UiBrowser browser, boolean offline, int latencyMillis) {
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            offline,
            "latency",
            latencyMillis,
            "downloadThroughput",
            -1,
            "uploadThroughput",
            -1));
  }

  private static void markThePage(UiBrowser browser) {
    browser.driver.executeScript("window.spLoginPage = true;");
  }

  private static boolean stillTheMarkedPage(UiBrowser browser) {
    return Boolean.TRUE.equals(browser.driver.executeScript("return window.spLoginPage === true;"));
  }

  /** The requests the open page made whose address contains {@code part}. */
  private static long requestsFor(UiBrowser browser, String part) {
    return (Long)
        browser.driver.executeScript(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes(arguments[0])).length;",
            part);
  }

  @Test
  public void logOutEndsTheSessionItsCookieOpensNothingAfter() throws Exception {
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      String token = browser.driver.manage().getCookieNamed("STEUNPUNT_SESSION").getValue();
      assertThat(withSessionCookie(token)).isEqualTo(200);

      browser.driver.findElement(UiBrowser.testId("logout")).click();
      browser.waiting(20).until(d -> d.getCurrentUrl().endsWith("/login"));

      assertThat(withSessionCookie(token)).as("the old session's cookie").isEqualTo(401);
      browser.open("#/families");
      browser.waiting(20).until(d -> d.getCurrentUrl().contains("/login"));
      assertThat(browser.driver.findElements(UiBrowser.testId("family-row"))).isEmpty();
    }
  }

  @Test
  public void aCounsellorGivesATaskToSomeoneElseOnceEvenOnADoubleClickAfterABadNameShownAtItsField()
      throws Exception {
    String trajectory = newTrajectory();
    String title = "Handover " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String task =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/tasks",
                    "counsellor",
                    "{\"title\":\""
                        + title
                        + "\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"counsellor\"},\"due\":\""
                        + LONG_OVERDUE
                        + "\"}",
                    null))
            .get("id")
            .asText();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/tasks");
      WebElement row = taskRow(browser, task);
      row.findElement(UiBrowser.testId("task-reassign")).click();
      WebElement form = browser.await(UiBrowser.testId("reassign-form"));

      // A partner that is no organisation id: the API's field error, at its field.
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("owner-kind")))
          .selectByValue("PARTNER");
      form.findElement(UiBrowser.testId("owner-name")).sendKeys("Town Hall");
      form.findElement(UiBrowser.testId("reassign-submit")).click();
      WebElement error = browser.await(UiBrowser.testId("field-error"));
      WebElement name = form.findElement(UiBrowser.testId("owner-name"));
      assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(name.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
      assertThat(browser.driver.findElements(UiBrowser.testId("error-summary"))).hasSize(1);
      assertThat(browser.seriousViolations()).as("reassign form with an error").isEmpty();
      assertThat(ownerOf(task)).isEqualTo("counsellor");

      // A staff member, sent with a double click: once.
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("owner-kind")))
          .selectByValue("STAFF");
      name.clear();
      name.sendKeys("teamlead");
      new org.openqa.selenium.interactions.Actions(browser.driver)
          .doubleClick(form.findElement(UiBrowser.testId("reassign-submit")))
          .perform();
      browser.waiting(20).until(d -> d.findElements(UiBrowser.testId("reassign-form")).isEmpty());
      assertThat(ownerOf(task)).isEqualTo("teamlead");
      assertThat(versionOf(task)).as("one change, not two").isEqualTo(2);
    }
  }

  @Test
  public void aCounsellorCompletesATaskOnTheTasksPage() throws Exception {
    String task =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/trajectories/" + newTrajectory() + "/tasks",
                    "counsellor",
                    "{\"title\":\"Call the school\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"counsellor\"},\"due\":\""
                        + LONG_OVERDUE
                        + "\"}",
                    null))
            .get("id")
            .asText();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/tasks");
      WebElement row = taskRow(browser, task);
      row.findElement(By.cssSelector("button:not([data-testid])")).click();
      browser
          .waiting(20)
          .until(
              d ->
                  d.findElements(
                          By.cssSelector("[data-testid='task-row'][data-task-id='" + task + "']"))
                      .isEmpty());
    }
    assertThat(
            Http.json(Http.send("GET", "/api/v1/tasks?limit=200", "counsellor", null, null))
                .get("items"))
        .noneMatch(item -> item.get("id").asText().equals(task));
  }

  @Test
  public void aTaskChangedByAnotherMeanwhileIsSaidSoAndReloadedKeepingWhatWasTyped()
      throws Exception {
    String trajectory = newTrajectory();
    String task =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/tasks",
                    "counsellor",
                    "{\"title\":\"Stale check\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"counsellor\"},\"due\":\""
                        + LONG_OVERDUE
                        + "\"}",
                    null))
            .get("id")
            .asText();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/tasks");
      taskRow(browser, task).findElement(UiBrowser.testId("task-reassign")).click();
      WebElement form = browser.await(UiBrowser.testId("reassign-form"));
      form.findElement(UiBrowser.testId("owner-name")).sendKeys("teamlead");
      // Meanwhile the task changes from another client (the same counsellor's, through the API).
      assertThat(
              Http.send(
                      "PUT",
                      "/api/v1/tasks/" + task + "/owner",
                      "counsellor",
                      "{\"owner\":{\"kind\":\"STAFF\",\"name\":\"teamlead\"}}",
                      "\"1\"")
                  .statusCode())
          .isEqualTo(200);

      form.findElement(UiBrowser.testId("reassign-submit")).click();
      browser.await(UiBrowser.testId("reload-record")).click();
      browser.waiting(20).until(d -> d.findElements(UiBrowser.testId("reload-record")).isEmpty());
      assertThat(form.findElement(UiBrowser.testId("owner-name")).getAttribute("value"))
          .isEqualTo("teamlead");
      form.findElement(UiBrowser.testId("owner-name")).clear();
      form.findElement(UiBrowser.testId("owner-name")).sendKeys("counsellor");
      form.findElement(UiBrowser.testId("reassign-submit")).click();
      browser.waiting(20).until(d -> d.findElements(UiBrowser.testId("reassign-form")).isEmpty());
      assertThat(ownerOf(task)).isEqualTo("counsellor");
      assertThat(versionOf(task)).isEqualTo(3);
    }
  }

  @Test
  public void aCounsellorRecordsADepartureRiskInTheUiAndSeesTheDraftReportTheRulesMade()
      throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    addMember(family, "PARENT", "Samira", 1976);
    addMember(family, "SIBLING", "Bilal", 2009);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/timeline");
      browser.await(UiBrowser.testId("record-event")).click();
      WebElement form = browser.await(UiBrowser.testId("event-form"));

      // Nothing chosen: the API's field error at the field, and nothing recorded.
      form.findElement(UiBrowser.testId("event-submit")).click();
      browser.await(UiBrowser.testId("field-error"));
      assertThat(form.findElement(UiBrowser.testId("event-type")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.seriousViolations()).as("event form with an error").isEmpty();
      assertThat(eventsOf(family)).isZero();

      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("event-type")))
          .selectByValue("DEPARTURE_RISK");
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("event-member")))
          .selectByVisibleText("Bilal");
      form.findElement(UiBrowser.testId("event-submit")).click();

      WebElement outcome = browser.await(UiBrowser.testId("event-outcome"));
      assertThat(outcome.findElements(UiBrowser.testId("outcome-report"))).hasSize(1);
      browser.screenshot("event-recorded-outcome");
      assertThat(eventsOf(family)).isEqualTo(1);
      assertThat(browser.driver.findElements(UiBrowser.testId("event-row"))).hasSize(1);

      browser.open("#/families/" + family + "/reports");
      browser.driver.navigate().refresh();
      browser.await(By.cssSelector("a[href^='#/reports/']"));
    }
  }

  @Test
  public void aCounsellorMovesATrajectoryToSupportInTheUiAndTheMunicipalityThenSeesTheFamily()
      throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    assertThat(
            Http.send("GET", "/api/v1/families/" + family, "municipality", null, null).statusCode())
        .as("the municipality before support")
        .isIn(403, 404);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/trajectory");
      browser.await(UiBrowser.testId("change-phase")).click();
      WebElement form = browser.await(UiBrowser.testId("phase-form"));
      // Only the phases the API allows from CONTACT.
      assertThat(form.findElements(By.cssSelector("input[type='radio']")))
          .extracting(radio -> radio.getAttribute("value"))
          .containsExactly("SUPPORT", "CLOSED");

      form.findElement(UiBrowser.testId("phase-submit")).click();
      browser.await(UiBrowser.testId("field-error"));
      assertThat(form.findElement(UiBrowser.testId("phase-choices")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.seriousViolations()).as("phase form with an error").isEmpty();

      click(browser, form.findElement(UiBrowser.testId("phase-SUPPORT")));
      assertThat(form.findElement(UiBrowser.testId("phase-involve-municipality")).isSelected())
          .isTrue();
      form.findElement(UiBrowser.testId("phase-submit")).click();
      browser.waiting(20).until(d -> d.findElements(UiBrowser.testId("phase-form")).isEmpty());
      browser.screenshot("phase-changed");
    }
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
            .get("phase")
            .asText();
    assertThat(trajectory).isEqualTo("SUPPORT");
    assertThat(
            Http.send("GET", "/api/v1/families/" + family, "municipality", null, null).statusCode())
        .as("the municipality in support")
        .isEqualTo(200);
  }

  @Test
  public void aCounsellorAddsAColleagueToTheTeamAndRemovesThemInTheUi() throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"ar\",\"nl\"],\"background\":\"MIGRANT_BACKGROUND\"}");
    int before = teamOf(family);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/trajectory");
      WebElement form = browser.await(UiBrowser.testId("team-add-form"));

      form.findElement(UiBrowser.testId("team-user")).sendKeys("teamlead");
      form.findElement(UiBrowser.testId("team-add-submit")).click();
      browser.await(UiBrowser.testId("field-error"));
      assertThat(form.findElement(UiBrowser.testId("team-expertise")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.seriousViolations()).as("team form with an error").isEmpty();
      assertThat(teamOf(family)).isEqualTo(before);

      new org.openqa.selenium.support.ui.Select(
              form.findElement(UiBrowser.testId("team-expertise")))
          .selectByValue("COUNSELLOR");
      form.findElement(UiBrowser.testId("team-languages")).sendKeys("nl, en");
      form.findElement(UiBrowser.testId("team-add-submit")).click();
      browser.await(By.cssSelector("[data-testid='team-row'][data-user='teamlead']"));
      assertThat(teamOf(family)).isEqualTo(before + 1);

      browser
          .waiting(20)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(By.cssSelector("[data-testid='team-row'][data-user='teamlead']"))
                    .findElement(UiBrowser.testId("team-remove"))
                    .click();
                return true;
              });
      browser
          .waiting(20)
          .until(
              d ->
                  d.findElements(By.cssSelector("[data-testid='team-row'][data-user='teamlead']"))
                      .isEmpty());
      assertThat(teamOf(family)).isEqualTo(before);
    }
  }

  @Test
  public void aCounsellorAddsAMemberEditsThemAndRecordsTheirWhereaboutsInTheUi() throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/members");
      browser.await(UiBrowser.testId("member-add")).click();
      WebElement form = browser.await(UiBrowser.testId("member-form"));

      // Nothing filled in: the field errors at their fields, and no member.
      form.findElement(UiBrowser.testId("member-submit")).click();
      browser.await(UiBrowser.testId("field-error"));
      assertThat(
              form.findElement(UiBrowser.testId("member-given-name")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.seriousViolations()).as("member form with errors").isEmpty();
      assertThat(membersOf(family).size()).isZero();

      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("member-role")))
          .selectByValue("SIBLING");
      form.findElement(UiBrowser.testId("member-given-name")).sendKeys("Yasmina");
      form.findElement(UiBrowser.testId("member-birth-year")).sendKeys("2008");
      form.findElement(UiBrowser.testId("member-languages")).sendKeys("nl, ar");
      form.findElement(UiBrowser.testId("member-submit")).click();
      // The page renders again after the save: the row is looked for anew until it is there.
      awaitMemberRow(browser, "2008");
      assertThat(membersOf(family).get(0).get("givenName").asText()).isEqualTo("Yasmina");

      browser
          .waiting(20)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(UiBrowser.testId("member-edit")).click();
                return true;
              });
      form = browser.await(UiBrowser.testId("member-form"));
      WebElement born = form.findElement(UiBrowser.testId("member-birth-year"));
      born.clear();
      born.sendKeys("2007");
      form.findElement(UiBrowser.testId("member-submit")).click();
      awaitMemberRow(browser, "2007");

      browser
          .waiting(20)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(UiBrowser.testId("member-whereabouts")).click();
                return true;
              });
      form = browser.await(UiBrowser.testId("whereabouts-form"));
      new org.openqa.selenium.support.ui.Select(
              form.findElement(UiBrowser.testId("whereabouts-to")))
          .selectByValue("ABROAD_CONFLICT_ZONE");
      form.findElement(UiBrowser.testId("whereabouts-submit")).click();
      browser
          .waiting(20)
          .until(d -> d.findElements(UiBrowser.testId("whereabouts-form")).isEmpty());
    }
    var member = membersOf(family).get(0);
    assertThat(member.get("givenName").asText()).isEqualTo("Yasmina");
    assertThat(member.get("birthYear").asInt()).isEqualTo(2007);
    assertThat(member.get("whereabouts").asText()).isEqualTo("ABROAD_CONFLICT_ZONE");
  }

  /**
   * The other tests see each form in the browser's language; this one sees every form of the daily
   * work in the other language, each sent with bad input: the errors at their fields, no serious or
   * critical axe finding with the errors shown, and nothing stored.
   */
  @Test
  public void everyFormInTheOtherLanguageShowsItsErrorsPassesAxeAndStoresNothing()
      throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    addMember(family, "SIBLING", "Yasmina", 2008);
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
            .get("id")
            .asText();
    String task =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/tasks",
                    "counsellor",
                    "{\"title\":\"Other language\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"counsellor\"},\"due\":\""
                        + LONG_OVERDUE
                        + "\"}",
                    null))
            .get("id")
            .asText();
    int families =
        Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
            .get("total")
            .asInt();
    int team = teamOf(family);
    List<String> violations = new ArrayList<>();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
      String other = lang.startsWith("nl") ? "en" : "nl";
      switchTo(browser, other);
      browser
          .waiting(20)
          .until(d -> d.findElement(By.tagName("html")).getAttribute("lang").startsWith(other));
      browser.await(UiBrowser.testId("overview-tasks"));
      violations.addAll(prefixed(other + " home overview", browser.seriousViolations()));

      browser.open("#/families/new");
      refused(browser, "intake-form", "intake-submit", other + " intake", violations);

      browser.open("#/families/" + family + "/members");
      browser.await(UiBrowser.testId("member-add")).click();
      refused(browser, "member-form", "member-submit", other + " member", violations);
      browser.await(UiBrowser.testId("member-whereabouts")).click();
      WebElement whereabouts = browser.await(UiBrowser.testId("whereabouts-form"));
      whereabouts.findElement(UiBrowser.testId("whereabouts-at")).clear();
      refused(
          browser, "whereabouts-form", "whereabouts-submit", other + " whereabouts", violations);

      browser.open("#/families/" + family + "/timeline");
      browser.await(UiBrowser.testId("record-event")).click();
      refused(browser, "event-form", "event-submit", other + " event", violations);

      browser.open("#/families/" + family + "/trajectory");
      browser.await(UiBrowser.testId("change-phase")).click();
      refused(browser, "phase-form", "phase-submit", other + " phase", violations);
      browser.await(UiBrowser.testId("team-add-form"));
      refused(browser, "team-add-form", "team-add-submit", other + " team", violations);

      browser.open("#/tasks");
      taskRow(browser, task).findElement(UiBrowser.testId("task-reassign")).click();
      WebElement reassign = browser.await(UiBrowser.testId("reassign-form"));
      new org.openqa.selenium.support.ui.Select(
              reassign.findElement(UiBrowser.testId("owner-kind")))
          .selectByValue("PARTNER");
      reassign.findElement(UiBrowser.testId("owner-name")).sendKeys("Town Hall");
      refused(browser, "reassign-form", "reassign-submit", other + " hand-over", violations);
    }
    assertThat(violations).isEmpty();
    assertThat(
            Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
                .get("total")
                .asInt())
        .as("families")
        .isEqualTo(families);
    var members = membersOf(family);
    assertThat(members.size()).as("members").isEqualTo(1);
    assertThat(members.get(0).get("whereabouts").asText()).isEqualTo("AT_HOME_NL");
    assertThat(members.get(0).get("version").asLong()).as("the member unchanged").isEqualTo(1);
    assertThat(eventsOf(family)).as("events").isZero();
    assertThat(
            Http.json(
                    Http.send(
                        "GET",
                        "/api/v1/families/" + family + "/trajectory",
                        "counsellor",
                        null,
                        null))
                .get("phase")
                .asText())
        .isEqualTo("CONTACT");
    assertThat(teamOf(family)).as("team").isEqualTo(team);
    assertThat(ownerOf(task)).isEqualTo("counsellor");
    assertThat(versionOf(task)).isEqualTo(1);
  }

  /**
   * A member's edit that someone else changed meanwhile: said so, reloaded keeping what was typed,
   * then saved. A new member sent with a double click is added once (no If-Match there to refuse a
   * second request: only the form's guard).
   */
  @Test
  public void
      aMemberChangedByAnotherMeanwhileIsReloadedKeepingWhatWasTypedAndANewOneIsAddedOnceOnADoubleClick()
          throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    String member = addMember(family, "SIBLING", "Yasmina", 2008);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/members");
      browser.await(UiBrowser.testId("member-edit")).click();
      WebElement form = browser.await(UiBrowser.testId("member-form"));
      WebElement born = form.findElement(UiBrowser.testId("member-birth-year"));
      born.clear();
      born.sendKeys("2007");
      // Meanwhile a language is added from another client (the same counsellor's, the API).
      assertThat(
              Http.send(
                      "PUT",
                      "/api/v1/members/" + member,
                      "counsellor",
                      "{\"role\":\"SIBLING\",\"givenName\":\"Yasmina\",\"birthYear\":2008,\"languages\":[\"nl\",\"ar\"]}",
                      "\"1\"")
                  .statusCode())
          .isEqualTo(200);

      form.findElement(UiBrowser.testId("member-submit")).click();
      browser.await(UiBrowser.testId("reload-record")).click();
      browser.waiting(20).until(d -> d.findElements(UiBrowser.testId("reload-record")).isEmpty());
      assertThat(born.getAttribute("value")).as("what was typed").isEqualTo("2007");
      form.findElement(UiBrowser.testId("member-submit")).click();
      awaitMemberRow(browser, "2007");

      browser
          .waiting(20)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(UiBrowser.testId("member-add")).click();
                return true;
              });
      WebElement add = browser.await(UiBrowser.testId("member-form"));
      new org.openqa.selenium.support.ui.Select(add.findElement(UiBrowser.testId("member-role")))
          .selectByValue("PARENT");
      add.findElement(UiBrowser.testId("member-given-name")).sendKeys("Samira");
      add.findElement(UiBrowser.testId("member-birth-year")).sendKeys("1976");
      // Two clicks in one go, the second before the first one's request is answered.
      browser.driver.executeScript(
          "arguments[0].click(); arguments[0].click();",
          add.findElement(UiBrowser.testId("member-submit")));
      awaitMemberRow(browser, "Samira");
    }
    var members = membersOf(family);
    assertThat(members.size()).as("one member added, not two").isEqualTo(2);
    var saved =
        members.get(0).get("givenName").asText().equals("Yasmina")
            ? members.get(0)
            : members.get(1);
    assertThat(saved.get("birthYear").asInt()).isEqualTo(2007);
    assertThat(saved.get("version").asLong())
        .as("two changes: the other client's and this one")
        .isEqualTo(3);
  }

  /**
   * Sends the form (its submit button by test id) as it is and waits for a field error in it;
   * collects axe's serious and critical findings with the errors shown.
   */
  private static void refused(
      UiBrowser browser, String formId, String submitId, String what, List<String> violations)
      throws Exception {
    WebElement form = browser.await(UiBrowser.testId(formId));
    form.findElement(UiBrowser.testId(submitId)).click();
    browser.waiting(20).until(d -> !form.findElements(UiBrowser.testId("field-error")).isEmpty());
    violations.addAll(prefixed(what, browser.seriousViolations()));
  }

  @Test
  public void aCounsellorTakesInAFamilyEntirelyInTheUiAndLandsOnItsPage() throws Exception {
    int before =
        Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
            .get("total")
            .asInt();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families");
      browser.await(UiBrowser.testId("intake-start")).click();
      WebElement form = browser.await(UiBrowser.testId("intake-form"));

      // A member without a name and an unknown municipality: errors at their fields, nothing made.
      form.findElement(UiBrowser.testId("intake-municipality")).sendKeys("9999");
      new org.openqa.selenium.support.ui.Select(
              form.findElement(UiBrowser.testId("intake-background")))
          .selectByValue("MIGRANT_BACKGROUND");
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("member-role")))
          .selectByValue("PARENT");
      form.findElement(UiBrowser.testId("member-birth-year")).sendKeys("1974");
      form.findElement(UiBrowser.testId("intake-submit")).click();
      browser.await(UiBrowser.testId("field-error"));
      assertThat(
              form.findElement(UiBrowser.testId("member-given-name")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      form.findElement(UiBrowser.testId("member-given-name")).sendKeys("Fatima");
      form.findElement(UiBrowser.testId("intake-submit")).click();
      browser
          .waiting(20)
          .until(
              d ->
                  "true"
                      .equals(
                          d.findElement(UiBrowser.testId("intake-municipality"))
                              .getAttribute("aria-invalid")));
      assertThat(browser.seriousViolations()).as("intake form with errors").isEmpty();
      assertThat(
              Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
                  .get("total")
                  .asInt())
          .as("families after refused intakes")
          .isEqualTo(before);

      WebElement municipality = form.findElement(UiBrowser.testId("intake-municipality"));
      municipality.clear();
      municipality.sendKeys("Amsterdam (0363)");
      form.findElement(UiBrowser.testId("intake-languages")).sendKeys("ar, nl");
      form.findElement(UiBrowser.testId("intake-member-add")).click();
      List<WebElement> boxes = form.findElements(UiBrowser.testId("intake-member"));
      assertThat(boxes).hasSize(2);
      WebElement second = boxes.get(1);
      new org.openqa.selenium.support.ui.Select(second.findElement(UiBrowser.testId("member-role")))
          .selectByValue("SIBLING");
      second.findElement(UiBrowser.testId("member-given-name")).sendKeys("Adam");
      second.findElement(UiBrowser.testId("member-birth-year")).sendKeys("2010");
      form.findElement(UiBrowser.testId("intake-submit")).click();

      browser.await(UiBrowser.testId("family-header"));
      String url = browser.driver.getCurrentUrl();
      String family = url.substring(url.indexOf("#/families/") + "#/families/".length());
      browser.screenshot("intake-done");
      var members = membersOf(family);
      assertThat(members)
          .extracting(m -> m.get("givenName").asText())
          .containsExactlyInAnyOrder("Fatima", "Adam");
      var created =
          Http.json(Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null));
      assertThat(created.get("municipality").asText()).isEqualTo("0363");
    }
  }

  @Test
  public void aDeathAbroadRecordedInTheUiShowsTheBannerAndTheSiblingsTasksOnTheOverview()
      throws Exception {
    var created =
        Http.json(
            Http.send(
                "POST",
                "/api/v1/families",
                "counsellor",
                "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"MIGRANT_BACKGROUND\"}",
                null));
    String family = created.get("id").asText();
    String reference = created.get("reference").asText();
    String omar =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/families/" + family + "/members",
                    "counsellor",
                    "{\"role\":\"CHILD_ABROAD\",\"givenName\":\"Omar\",\"birthYear\":1999,\"languages\":[\"nl\"],\"whereabouts\":\"ABROAD_CONFLICT_ZONE\"}",
                    null))
            .get("givenName")
            .asText();
    addMember(family, "SIBLING", "Lina", 2011);
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      browser.open("#/families/" + family + "/timeline");
      browser.await(UiBrowser.testId("record-event")).click();
      WebElement form = browser.await(UiBrowser.testId("event-form"));
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("event-type")))
          .selectByValue("DEATH_ABROAD");
      new org.openqa.selenium.support.ui.Select(form.findElement(UiBrowser.testId("event-member")))
          .selectByVisibleText(omar);
      form.findElement(UiBrowser.testId("event-submit")).click();
      WebElement outcome = browser.await(UiBrowser.testId("event-outcome"));
      assertThat(outcome.findElements(UiBrowser.testId("outcome-task")))
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(outcome.findElements(UiBrowser.testId("outcome-critical"))).hasSize(1);
      browser.await(UiBrowser.testId("critical-moment"));
      // The banner's date and time and the header's date, in the browser's language and zone.
      com.fasterxml.jackson.databind.JsonNode shown =
          Http.json(Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null));
      String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
      assertThat(browser.driver.findElement(UiBrowser.testId("critical-moment")).getText())
          .contains(shownAt(shown.get("lastCriticalMoment").asText(), lang, true));
      assertThat(browser.driver.findElement(UiBrowser.testId("family-header")).getText())
          .contains(shownAt(shown.get("createdAt").asText(), lang, false));

      browser.open("");
      WebElement critical = browser.await(UiBrowser.testId("overview-critical"));
      browser
          .waiting(20)
          .until(
              d ->
                  d.findElement(UiBrowser.testId("overview-critical"))
                      .getText()
                      .contains(reference));
      assertThat(critical.getText()).contains(reference);
      WebElement tasks = browser.driver.findElement(UiBrowser.testId("overview-tasks"));
      assertThat(tasks.findElements(UiBrowser.testId("overview-task")))
          .extracting(WebElement::getText)
          .anyMatch(text -> text.contains(reference) && text.contains("sibling"));
      browser.screenshot("overview-after-death-abroad");
      assertThat(browser.seriousViolations()).as("overview").isEmpty();
    }
  }

  /**
   * The team lead's overview covers their team's work, not only their own: a counsellor's task due
   * within the week and a draft report to consult the parents on. The week is counted in the
   * Netherlands' calendar, from the day the server names in the page: a task due seven days from
   * today is in it, one due in eight days is not. A municipality officer's home page has no
   * overview.
   */
  @Test
  public void
      theTeamLeadsOverviewShowsTheirTeamsTasksDueAndReportsWaitingAndTheMunicipalityHasNone()
          throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    String child = addMember(family, "SIBLING", "Bilal", 2009);
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
            .get("id")
            .asText();
    String suffix = " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String title = "Due soon" + suffix;
    String inAWeek = "Due in a week" + suffix;
    String later = "Due in eight days" + suffix;
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    for (Map.Entry<String, java.time.LocalDate> task :
        Map.of(title, today.plusDays(2), inAWeek, today.plusDays(7), later, today.plusDays(8))
            .entrySet()) {
      assertThat(
              Http.send(
                      "POST",
                      "/api/v1/trajectories/" + trajectory + "/tasks",
                      "counsellor",
                      "{\"title\":\""
                          + task.getKey()
                          + "\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"counsellor\"},\"due\":\""
                          + task.getValue()
                          + "\"}",
                      null)
                  .statusCode())
          .isEqualTo(201);
    }
    assertThat(
            Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/events",
                    "counsellor",
                    "{\"type\":\"DEPARTURE_RISK\",\"memberId\":\""
                        + child
                        + "\",\"occurredAt\":\""
                        + java.time.Instant.now().minusSeconds(60)
                        + "\"}",
                    null)
                .statusCode())
        .isEqualTo(201);
    String report =
        Http.json(
                Http.send(
                    "GET",
                    "/api/v1/trajectories/" + trajectory + "/reports",
                    "counsellor",
                    null,
                    null))
            .get(0)
            .get("id")
            .asText();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("teamlead");
      browser
          .waiting(20)
          .until(
              d ->
                  d.findElements(UiBrowser.testId("overview-task")).stream()
                      .anyMatch(task -> task.getText().contains(title)));
      browser.await(
          By.cssSelector("[data-testid='overview-reports'] a[href='#/reports/" + report + "']"));
      List<String> listed =
          browser.driver.findElements(UiBrowser.testId("overview-task")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(listed).anyMatch(text -> text.contains(inAWeek));
      assertThat(listed).noneMatch(text -> text.contains(later));
      // The count of open tasks, written as Dutch groups thousands (1.234).
      long open =
          Http.json(Http.send("GET", "/api/v1/tasks?limit=1", "teamlead", null, null))
              .get("total")
              .asLong();
      assertThat(browser.driver.findElement(UiBrowser.testId("open-tasks-count")).getText())
          .isEqualTo(String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", open));
      assertThat(browser.seriousViolations()).as("team lead's overview").isEmpty();
    }
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("municipality");
      browser.await(By.cssSelector("sp-home-page h1"));
      assertThat(browser.driver.findElements(UiBrowser.testId("overview"))).isEmpty();
    }
  }

  /** Waits for a member row with the text, however often the page renders again meanwhile. */
  private static void awaitMemberRow(UiBrowser browser, String text) {
    browser
        .waiting(20)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(UiBrowser.testId("member-row")).stream()
                    .anyMatch(row -> row.getText().contains(text)));
  }

  private static com.fasterxml.jackson.databind.JsonNode membersOf(String family) throws Exception {
    return Http.json(
        Http.send("GET", "/api/v1/families/" + family + "/members", "counsellor", null, null));
  }

  private static int teamOf(String family) throws Exception {
    return Http.json(
            Http.send(
                "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
        .get("team")
        .size();
  }

  private static int eventsOf(String family) throws Exception {
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
            .get("id")
            .asText();
    return Http.json(
            Http.send(
                "GET", "/api/v1/trajectories/" + trajectory + "/events", "counsellor", null, null))
        .get("total")
        .asInt();
  }

  /** Due long ago, so that the task is first among the counsellor's open tasks, soonest first. */
  private static final String LONG_OVERDUE = "2000-01-03";

  /** A new family of the counsellor's, made through the API from the given JSON; its id. */
  private static String newFamily(String json) throws Exception {
    return Http.json(Http.send("POST", "/api/v1/families", "counsellor", json, null))
        .get("id")
        .asText();
  }

  /** The trajectory of a new family of the counsellor's. */
  private static String newTrajectory() throws Exception {
    String family =
        newFamily(
            "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}");
    return Http.json(
            Http.send(
                "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null))
        .get("id")
        .asText();
  }

  private static WebElement taskRow(UiBrowser browser, String task) {
    return browser
        .waiting(20)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='task-row'][data-task-id='" + task + "']")));
  }

  private static com.fasterxml.jackson.databind.JsonNode openTask(String task) throws Exception {
    for (var item :
        Http.json(Http.send("GET", "/api/v1/tasks?limit=200", "counsellor", null, null))
            .get("items")) {
      if (item.get("id").asText().equals(task)) {
        return item;
      }
    }
    throw new AssertionError("task " + task + " is not open");
  }

  private static String ownerOf(String task) throws Exception {
    return openTask(task).get("owner").get("name").asText();
  }

  private static long versionOf(String task) throws Exception {
    return openTask(task).get("version").asLong();
  }

  /** Waits until the browser's address contains the text; fails naming the address it is at. */
  private static void awaitUrl(UiBrowser browser, String part) throws Exception {
    try {
      browser.waiting(20).until(d -> d.getCurrentUrl().contains(part));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("await-url-failed");
      throw new AssertionError(
          "The browser is at " + browser.driver.getCurrentUrl() + ", not at …" + part + "…", e);
    }
  }

  /** The status of {@code GET /api/v1/me} with the given session cookie only. */
  private static int withSessionCookie(String token) throws Exception {
    return Http.send(
            Http.request("/api/v1/me")
                .header("Cookie", "STEUNPUNT_SESSION=" + token)
                .header("Accept", "application/json"))
        .statusCode();
  }

  /**
   * A form login over a plain socket bound to {@code from}; returns the status line and headers.
   */
  private static String login(String from, String user, String password) throws Exception {
    String body = "username=" + user + "&password=" + password;
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(from, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", SteunpuntKaraf.HTTP_PORT), 5000);
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("POST /login HTTP/1.1\r\nHost: localhost:"
                      + SteunpuntKaraf.HTTP_PORT
                      + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                      + body.length()
                      + "\r\nConnection: close\r\n\r\n"
                      + body)
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }

  private static String addMember(String family, String role, String name, int born)
      throws Exception {
    return Http.json(Http.addMember(family, role, name, born)).get("id").asText();
  }

  private static void awaitState(String report, String state) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String now = null;
    while (System.nanoTime() < deadline) {
      now =
          Http.json(Http.send("GET", "/api/v1/reports/" + report, "teamlead", null, null))
              .get("state")
              .asText();
      if (now.equals(state)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("report is " + now + ", not " + state);
  }

  private static void click(UiBrowser browser, WebElement element) {
    browser.driver.executeScript("arguments[0].click();", element);
  }

  private static List<String> familyRows(UiBrowser browser) {
    browser.waiting(20).until(d -> !d.findElements(UiBrowser.testId("family-row")).isEmpty());
    List<String> ids = new ArrayList<>();
    for (WebElement row : browser.driver.findElements(UiBrowser.testId("family-row"))) {
      ids.add(row.getAttribute("data-family-id"));
    }
    return ids;
  }

  /** The user's families on the first page, as the families page shows them (25). */
  private static List<String> familiesOf(String user) throws Exception {
    List<String> ids = new ArrayList<>();
    for (var f :
        Http.json(Http.send("GET", "/api/v1/families?limit=25", user, null, null)).get("items")) {
      ids.add(f.get("id").asText());
    }
    return ids;
  }

  /**
   * An instant as the staff UI writes it: "6 dec 2026" or "6 Dec 2026", with ", 14:05" if {@code
   * withTime}, in the browser's time zone (the machine's, as this JVM's).
   */
  private static String shownAt(String instant, String lang, boolean withTime) {
    java.time.ZonedDateTime at =
        java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault());
    List<String> months =
        lang.startsWith("nl")
            ? List.of(
                "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
            : List.of(
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    String date =
        at.getDayOfMonth() + " " + months.get(at.getMonthValue() - 1) + " " + at.getYear();
    return withTime
        ? date + String.format(java.util.Locale.ROOT, ", %02d:%02d", at.getHour(), at.getMinute())
        : date;
  }

  private static void switchTo(UiBrowser browser, String language) {
    WebElement control = browser.driver.findElement(UiBrowser.testId("lang-switch"));
    if ("select".equals(control.getTagName())) {
      new org.openqa.selenium.support.ui.Select(control).selectByValue(language);
    } else {
      control.click();
    }
  }

  private static List<String> prefixed(String where, List<String> violations) {
    return violations.stream().map(v -> where + ": " + v).toList();
  }
}
