package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

/**
 * The staff UI's benchmarks, each beside a baseline measured in the same run, alternating:
 *
 * <ol>
 *   <li>login to the family page fully rendered (members shown) in headless Chromium: by a link to
 *       the page, cold and warm, and by way of the home page; against the same login and the same
 *       API calls made by a plain HTTP client (what the page cannot do faster than);
 *   <li>a death abroad recorded in the event form to the rule's task on the home page's overview,
 *       against the same event posted and the task listed by the API;
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

  /** With {@code -Dsteunpunt.bench.profile=true}: each visit's CPU profile, on standard error. */
  private static final boolean PROFILE = Boolean.getBoolean("steunpunt.bench.profile");

  /**
   * The server's warm-up before the first measured round: this many rounds of every request the
   * visits make, from a plain HTTP client (at most a minute). A platform serves staff all day: its
   * JIT has long compiled these paths, where a platform just started compiles them while it
   * answers, on the cores the browser needs. {@code -Dsteunpunt.bench.warmup=0} measures a platform
   * just started instead (one round, as the benchmark made before).
   */
  private static final int WARMUP = Integer.getInteger("steunpunt.bench.warmup", 300);

  /**
   * With {@code -Dsteunpunt.bench.trace=true}: a Chromium trace of each fresh browser's first 8 s
   * (its cold and its warm visit), written to {@code target/trace-*.json} for DevTools' Performance
   * panel.
   */
  private static final boolean TRACE = Boolean.getBoolean("steunpunt.bench.trace");

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
    List<Double> third = new ArrayList<>();
    List<Double> navigated = new ArrayList<>();
    List<Double> viaHome = new ArrayList<>();
    List<Double> api = new ArrayList<>();
    List<Double> loginPage = new ArrayList<>();
    List<Double> loginPageWarm = new ArrayList<>();
    // One unmeasured round of the visits: the first browser the platform serves, and Chromium's
    // own first start on this machine.
    loginToFamilyPage(family);
    // The shell's version: the page's texts are fetched at it (the baseline fetches them too).
    Matcher versioned =
        Pattern.compile("/ui/v/([0-9a-f]+)/")
            .matcher(Http.send("GET", "/ui/", "counsellor", null, null).body());
    if (!versioned.find()) {
      throw new AssertionError("The shell's page names no versioned path");
    }
    String version = versioned.group(1);
    warmUp(family, version);
    for (int i = 0; i < ROUNDS; i++) {
      double[] visits = loginToFamilyPage(family);
      page.add(visits[0]);
      repeat.add(visits[1]);
      viaHome.add(visits[2]);
      loginPage.add(visits[3]);
      loginPageWarm.add(visits[4]);
      third.add(visits[5]);
      navigated.add(visits[6]);
      api.add(loginAndApiCalls(family, version));
    }

    // Event recorded → the rule's task on the dashboard, against the same through the API.
    List<Double> eventToTask = new ArrayList<>();
    List<Double> eventToTaskApi = new ArrayList<>();
    try (UiBrowser browser = new UiBrowser()) {
      browser.login("counsellor");
      eventToTaskOverview(browser); // unmeasured, like the first round of the page benchmark
      eventToTaskApi();
      for (int i = 0; i < ROUNDS; i++) {
        eventToTask.add(eventToTaskOverview(browser));
        eventToTaskApi.add(eventToTaskApi());
      }
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

    System.err.println(
        "page "
            + page
            + "\napi "
            + api
            + "\nevent to task "
            + eventToTask
            + "\nthe same, API "
            + eventToTaskApi
            + "\nnav "
            + nav
            + "\nlisted "
            + listed);
    String table =
        String.join(
            "\n",
            "| measurement | median (ms) | p90 (ms) | baseline in the same run | baseline median (ms) |"
                + " baseline p90 (ms) | ratio of medians |",
            "|---|---:|---:|---|---:|---:|---:|",
            row(
                "login → family page rendered: a link to the family page, the login (from its"
                    + " click), the page (Chromium, fresh profile, "
                    + ROUNDS
                    + " rounds)",
                page,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "the browser alone, for comparison: the same link, redirected to the login page"
                    + " (server HTML, no style sheet, one deferred script) → its first contentful"
                    + " paint (fresh profile)",
                loginPage,
                "—",
                null),
            row(
                "the same, a repeat visit: a new login in the same browser, its cache warm ("
                    + ROUNDS
                    + " rounds)",
                repeat,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "the browser alone, for comparison: the same link to the login page → its first"
                    + " contentful paint (cache warm)",
                loginPageWarm,
                "—",
                null),
            row(
                "the same, a third visit: the shell's compiled code kept with the cached file too"
                    + " (V8 keeps it from a script's second run) ("
                    + ROUNDS
                    + " rounds)",
                third,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "the same as the third visit, the browser navigating from the login page to the"
                    + " shell's page (the form's own submit: the login before the login page's"
                    + " script logged in in place) ("
                    + ROUNDS
                    + " rounds)",
                navigated,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "login → home page → family page (its link followed), cache warm ("
                    + ROUNDS
                    + " rounds)",
                viaHome,
                "login + the page's API calls, plain HTTP client",
                api),
            row(
                "a death abroad recorded in the event form → the sibling's task on the home page's"
                    + " overview (Chromium, "
                    + ROUNDS
                    + " rounds)",
                eventToTask,
                "the same event posted → the task listed by `GET /api/v1/tasks`, plain HTTP client",
                eventToTaskApi),
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
   * One round in a fresh browser (no cache): a link to the family page, the login form it leads to,
   * and the family page the login returns to; then the same again with the cache warm (a new login,
   * the session cookie deleted), twice (the second starts from V8's cached code); then the same
   * with the browser navigating to the shell's page instead of the login page becoming it in place;
   * then, still warm, the login to the home page and from there to the family page (its link
   * followed in the page, as a click would). Each time is from the click on "Log in" (the form's
   * submit event) to the paint of the family page's first member's name; the link's visits also
   * give the time to the login page's first paint.
   */
  private static double[] loginToFamilyPage(String family) throws Exception {
    String[] trace =
        TRACE
            ? new String[] {
              "--trace-startup=devtools.timeline,disabled-by-default-devtools.timeline,"
                  + "blink.user_timing,loading,v8.execute,toplevel,blink,cc,viz,v8,"
                  + "disabled-by-default-v8.cpu_profiler,disabled-by-default-v8.gc",
              "--trace-startup-file="
                  + Path.of(System.getProperty("project.build.directory"))
                      .resolve("trace-" + System.nanoTime() + ".json"),
              "--trace-startup-duration=8",
              "--trace-startup-format=json"
            }
            : new String[0];
    try (UiBrowser browser = new UiBrowser(trace)) {
      double[] cold = visit(browser, family, true, false);
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      double[] warm = visit(browser, family, true, false);
      if (TRACE) {
        Thread.sleep(10_000); // the trace is written when its 8 s are over
      }
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      // V8 keeps a script's compiled code with the cached file from its second run on: the third
      // visit is the first to start from it, as a browser used every day does.
      double[] third = visit(browser, family, true, false);
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      // The same again, the browser navigating to the shell's page: the baseline of the in-place
      // login, in the same browser, from the same compiled code.
      double[] navigating = visit(browser, family, true, true);
      browser.driver.manage().deleteCookieNamed("STEUNPUNT_SESSION");
      double home = visit(browser, family, false, false)[0];
      return new double[] {cold[0], warm[0], home, cold[1], warm[1], third[0], navigating[0]};
    }
  }

  /**
   * One login to the family page: the time to its first member's name and, when it starts from a
   * link, the time the browser took to show the login page it was sent to (a server page with no
   * style sheet: what the browser alone needs for a navigation on this machine). With {@code
   * navigate}, the login page's script never sees the submit, so the browser sends the form and
   * navigates, as it did before the script logged in in place.
   */
  private static double[] visit(UiBrowser browser, String family, boolean link, boolean navigate)
      throws Exception {
    double loginPage = Double.NaN;
    if (link) {
      // Without a session the shell's page sends the browser to the login page, which keeps the
      // route (the address's # part) to return to. (From a blank page: the same address again
      // would only be a change of route in the open page.)
      browser.driver.get("about:blank");
      browser.driver.get(UiBrowser.BASE + "/ui/#/families/" + family);
      WebElement back = browser.driver.findElement(By.name("return"));
      browser.waiting(5).until(d -> back.getAttribute("value").endsWith("#/families/" + family));
      loginPage =
          ((Number)
                  browser.driver.executeAsyncScript(
                      "const done = arguments[0];"
                          + "new PerformanceObserver((list, observer) => {"
                          + "  const e = list.getEntriesByName('first-contentful-paint')[0];"
                          + "  if (e) { observer.disconnect(); done(e.startTime); }"
                          + "}).observe({ type: 'paint', buffered: true });"))
              .doubleValue();
    } else {
      browser.driver.get(UiBrowser.BASE + "/login");
    }
    browser.driver.findElement(By.id("username")).sendKeys("counsellor");
    browser.driver.findElement(By.id("password")).sendKeys("demo");
    if (PROFILE) {
      browser.driver.executeCdpCommand("Profiler.enable", Map.of());
      browser.driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
      browser.driver.executeCdpCommand("Profiler.start", Map.of());
    }
    // The clock starts at the form's submit event, in the page's own clock (kept in the tab's
    // session storage, which a navigation keeps, so the same sum holds whether the login page
    // becomes the shell's page in place or the browser navigates there). To navigate, the event
    // goes no further: the login page's script never sees it, and the browser sends the form.
    browser.driver.executeScript(
        "const navigate = arguments[0];"
            + "window.addEventListener('submit', (event) => {"
            + "  sessionStorage.setItem('sp-submit', String(performance.timeOrigin + event.timeStamp));"
            + "  if (navigate) event.stopImmediatePropagation();"
            + "}, { capture: true });",
        navigate);
    browser
        .driver
        .findElement(By.cssSelector("form[action='/login'] button[type='submit']"))
        .click();
    // The script below must run in the shell's page, not in the login page the form leaves.
    browser.waiting(10).until(d -> d.getCurrentUrl().contains("/ui/"));
    // The page's own clocks: from the form's submit event (the click) to the paint of the first
    // member's name (Element Timing). No polling through the driver, which would take the CPU
    // from the page, and no waiting for the driver to come round to look.
    double total =
        ((Number)
                browser.driver.executeAsyncScript(
                    "const [hash, done] = arguments;"
                        + "const when = (selector) => new Promise((resolve) => {"
                        + "  if (document.querySelector(selector)) return resolve();"
                        + "  const o = new MutationObserver(() => {"
                        + "    if (document.querySelector(selector)) { o.disconnect(); resolve(); } });"
                        + "  o.observe(document, { subtree: true, childList: true }); });"
                        + "window.spFrames = [];"
                        + "new PerformanceObserver((list) => window.spFrames.push(...list.getEntries()))"
                        + "  .observe({ type: 'long-animation-frame', buffered: true });"
                        + "(async () => {"
                        + "  if (hash) { await when('[data-testid=user-name]'); location.hash = hash; }"
                        + "  new PerformanceObserver((list, observer) => {"
                        + "    const e = list.getEntries().find((x) => x.identifier === 'sp-member-name');"
                        + "    if (e) { observer.disconnect();"
                        + "      done(performance.timeOrigin + (e.renderTime || e.loadTime)"
                        + "        - Number(sessionStorage.getItem('sp-submit'))); }"
                        + "  }).observe({ type: 'element', buffered: true });"
                        + "})();",
                    link ? null : "#/families/" + family))
            .doubleValue();
    browser.await(UiBrowser.testId("member-row"));
    if (PROFILE) {
      System.err.println(hotFunctions(browser.driver.executeCdpCommand("Profiler.stop", Map.of())));
    }
    System.err.println(
        (link ? "link: " : "home: ")
            + total
            + " ms; "
            + browser.driver.executeScript(
                "const r = performance.getEntriesByType('resource');"
                    + "const now = Math.round(performance.now());"
                    + "const n = performance.getEntriesByType('navigation')[0];"
                    + "const m = (name) => Math.round(performance.getEntriesByName(name).at(-1)?.startTime ?? -1);"
                    + "return r.length + ' requests, document at ' + Math.round(n.responseEnd)"
                    + " + ' (login and its redirect ' + Math.round(n.redirectEnd - n.redirectStart)"
                    + " + ', shell page asked at ' + Math.round(n.requestStart)"
                    + " + ', answered in ' + Math.round(n.responseStart - n.requestStart) + ')'"
                    + " + ' ms, marks: members ' + m('sp-family-members') + ', complete ' + m('sp-family-complete')"
                    + " + ' ms, member row seen at ' + now + ' ms, last response at '"
                    + " + Math.round(Math.max(...r.map(e => e.responseEnd))) + ' ms'"
                    + " + '\\n  paints: ' + performance.getEntriesByType('paint').map(e => e.name + ' ' + Math.round(e.startTime)).join(', ')"
                    + " + '\\n  long frames: ' + (window.spFrames ?? []).map(f => Math.round(f.startTime) + '+' + Math.round(f.duration)"
                    + " + ' (render ' + Math.round(f.renderStart) + ', style ' + Math.round(f.styleAndLayoutStart) + '; '"
                    + " + f.scripts.map(x => x.invoker + ' ' + Math.round(x.duration) + 'ms').join('; ') + ')').join('\\n    ')"
                    + " + '\\n  timeline: ' + r.map(e => Math.round(e.startTime) + '-' + Math.round(e.responseEnd)"
                    + " + (e.name.includes('/ui/v/') ? ' [' + e.transferSize + ' B, ' + (e.deliveryType || 'network') + ']' : '')"
                    + " + ' ' + e.name.replace(location.origin, '').replace(/[0-9a-f-]{36}/g, 'ID')).join('\\n    ');"));
    return new double[] {total, loginPage};
  }

  /**
   * The functions a CPU profile (the DevTools protocol's {@code Profiler.stop}) spent most time in,
   * by their own samples, with the time of each and, for the first ten, the callers they were most
   * often called from: where the page's main thread went.
   */
  @SuppressWarnings("unchecked")
  private static String hotFunctions(Map<String, Object> result) {
    Map<String, Object> profile = (Map<String, Object>) result.get("profile");
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
    List<Number> samples = (List<Number>) profile.get("samples");
    List<Number> deltas = (List<Number>) profile.get("timeDeltas");
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> parents = new HashMap<>();
    for (Map<String, Object> node : nodes) {
      Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
      String url = String.valueOf(frame.get("url"));
      long id = ((Number) node.get("id")).longValue();
      names.put(
          id,
          (String.valueOf(frame.get("functionName")).isEmpty()
                  ? "(anonymous)"
                  : frame.get("functionName"))
              + " "
              + url.substring(url.lastIndexOf('/') + 1)
              + ":"
              + frame.get("lineNumber")
              + ":"
              + frame.get("columnNumber"));
      for (Object child : (List<Object>) node.getOrDefault("children", List.of())) {
        parents.put(((Number) child).longValue(), id);
      }
    }
    Map<String, Double> self = new HashMap<>();
    Map<String, Map<String, Double>> callers = new HashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      long id = samples.get(i).longValue();
      double millis = deltas.get(i).doubleValue() / 1000;
      self.merge(names.get(id), millis, Double::sum);
      StringBuilder chain = new StringBuilder();
      Long parent = parents.get(id);
      for (int depth = 0; parent != null && depth < 4; depth++, parent = parents.get(parent)) {
        chain.append(" < ").append(names.get(parent));
      }
      callers
          .computeIfAbsent(names.get(id), k -> new HashMap<>())
          .merge(chain.toString(), millis, Double::sum);
    }
    StringBuilder out = new StringBuilder("  profile (self ms):");
    List<Map.Entry<String, Double>> hot =
        self.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(25)
            .toList();
    for (int i = 0; i < hot.size(); i++) {
      Map.Entry<String, Double> e = hot.get(i);
      out.append(String.format(Locale.ROOT, "%n    %6.1f %s", e.getValue(), e.getKey()));
      if (i < 10 && !e.getKey().startsWith("(")) {
        callers.get(e.getKey()).entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .ifPresent(c -> out.append("\n           ").append(c.getKey()));
      }
    }
    return out.toString();
  }

  /**
   * Warms the server's JIT (see {@link #WARMUP}): the plain client's login and calls, the shell's
   * files and the home page's calls, {@link #WARMUP} times or for a minute, whichever ends first.
   */
  private static void warmUp(String family, String version) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long start = System.nanoTime();
    int rounds = 0;
    while (rounds < Math.max(1, WARMUP) && millis(start) < 60_000) {
      loginAndApiCalls(family, version);
      String cookie = login(client);
      for (String path :
          List.of(
              "/ui/v/" + version + "/boot.bundle.js",
              "/ui/v/" + version + "/styles.css",
              "/ui/v/" + version + "/app.bundle.js",
              "/ui/v/" + version + "/i18n/en.json",
              "/api/v1/tasks?limit=200",
              "/api/v1/families?limit=200",
              "/api/v1/reports?state=DRAFT&limit=50",
              "/api/v1/reports?state=ACKNOWLEDGED&limit=50")) {
        getOk(client, cookie, path);
      }
      rounds++;
    }
    System.err.printf(
        Locale.ROOT, "server warm-up: %d rounds in %.1f s%n", rounds, millis(start) / 1000);
  }

  /** A GET in the session of {@code cookie}, which must answer 200. */
  private static HttpResponse<String> getOk(HttpClient client, String cookie, String path)
      throws Exception {
    HttpResponse<String> r =
        client.send(
            Http.request(path).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode());
    }
    return r;
  }

  /** The counsellor's login through the form, as the browser sends it; the session's cookie. */
  private static String login(HttpClient client) throws Exception {
    HttpResponse<String> login =
        client.send(
            Http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=counsellor&password=demo", StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  /** The same login and the API calls the family page makes, one after the other. */
  private static double loginAndApiCalls(String family, String version) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long start = System.nanoTime();
    String cookie = login(client);
    String trajectory = null;
    // The shell's page (the user and the extensions are in it), then what the family page asks
    // for: its texts, its case file and the municipalities' names, then the trajectory's parts.
    for (String path :
        List.of(
            "/ui/",
            "/ui/v/" + version + "/i18n/nl.json",
            "/api/v1/families/" + family + "/case-file",
            "/api/v1/municipalities")) {
      HttpResponse<String> r = getOk(client, cookie, path);
      if (path.endsWith("/case-file")) {
        trajectory = Http.json(r).get("trajectory").get("id").asText();
      }
    }
    for (String path :
        List.of(
            "/api/v1/trajectories/" + trajectory + "/team",
            "/api/v1/trajectories/" + trajectory + "/events?offset=0&limit=50",
            "/api/v1/trajectories/" + trajectory + "/notes?limit=50",
            "/api/v1/trajectories/" + trajectory + "/reports",
            "/api/v1/trajectories/" + trajectory + "/tasks?limit=200",
            "/api/v1/trajectories/" + trajectory + "/referrals")) {
      client.send(
          Http.request(path).header("Cookie", cookie).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    return millis(start);
  }

  /**
   * A new family of the counsellor's with a child abroad and a sibling; its id, reference,
   * trajectory and the child's id.
   */
  private static String[] familyWithAChildAbroad() throws Exception {
    JsonNode family =
        Http.json(
            Http.send(
                "POST",
                "/api/v1/families",
                "counsellor",
                "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"MIGRANT_BACKGROUND\"}",
                null));
    String id = family.get("id").asText();
    String child =
        Http.json(
                Http.send(
                    "POST",
                    "/api/v1/families/" + id + "/members",
                    "counsellor",
                    "{\"role\":\"CHILD_ABROAD\",\"givenName\":\"Omar\",\"birthYear\":1999,\"languages\":[\"nl\"],\"whereabouts\":\"ABROAD_CONFLICT_ZONE\"}",
                    null))
            .get("id")
            .asText();
    Http.addMember(id, "SIBLING", "Lina", 2011);
    String trajectory =
        Http.json(
                Http.send(
                    "GET", "/api/v1/families/" + id + "/trajectory", "counsellor", null, null))
            .get("id")
            .asText();
    return new String[] {id, family.get("reference").asText(), trajectory, child};
  }

  /**
   * On a new family's timeline, the event form filled in (a death abroad of the child abroad): from
   * the click on its submit button to the rule's task for the sibling on the home page's overview,
   * reached by the home link as soon as the form says what the rules did.
   */
  private static double eventToTaskOverview(UiBrowser browser) throws Exception {
    String[] family = familyWithAChildAbroad();
    browser.open("#/families/" + family[0] + "/timeline");
    browser.await(UiBrowser.testId("record-event")).click();
    WebElement form = browser.await(UiBrowser.testId("event-form"));
    new Select(form.findElement(UiBrowser.testId("event-type"))).selectByValue("DEATH_ABROAD");
    new Select(form.findElement(UiBrowser.testId("event-member"))).selectByVisibleText("Omar");
    Object result =
        browser.driver.executeAsyncScript(
            "const [submit, reference, done] = arguments;"
                + "const when = (test) => new Promise((resolve) => {"
                + "  if (test()) return resolve();"
                + "  const o = new MutationObserver(() => { if (test()) { o.disconnect(); resolve(); } });"
                + "  o.observe(document, { subtree: true, childList: true, characterData: true }); });"
                + "const start = performance.now();"
                + "submit.click();"
                + "(async () => {"
                + "  await when(() => document.querySelector('[data-testid=event-outcome]'));"
                + "  document.querySelector('a.brand').click();"
                + "  await when(() => [...document.querySelectorAll('[data-testid=overview-task]')]"
                + "    .some((li) => li.textContent.includes(reference)));"
                + "  requestAnimationFrame(() => done(performance.now() - start));"
                + "})();",
            form.findElement(UiBrowser.testId("event-submit")),
            family[1]);
    return ((Number) result).doubleValue();
  }

  /**
   * The same death abroad posted through the API in a form-login session (as the browser's), then
   * the open tasks asked for until the sibling's is listed.
   */
  private static double eventToTaskApi() throws Exception {
    String[] family = familyWithAChildAbroad();
    HttpResponse<String> login =
        Http.send(
            Http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=counsellor&password=demo")));
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String csrf =
        Http.json(Http.send(Http.request("/api/v1/me").header("Cookie", cookie)))
            .get("csrfToken")
            .asText();
    long start = System.nanoTime();
    int status =
        Http.send(
                Http.request("/api/v1/trajectories/" + family[2] + "/events")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"type\":\"DEATH_ABROAD\",\"memberId\":\""
                                + family[3]
                                + "\",\"occurredAt\":\""
                                + Instant.now().minusSeconds(60)
                                + "\"}")))
            .statusCode();
    if (status != 201) {
      throw new AssertionError("the event was not recorded: " + status);
    }
    while (!Http.send(Http.request("/api/v1/tasks?limit=200").header("Cookie", cookie))
        .body()
        .contains(family[2])) {
      Thread.sleep(2);
    }
    return millis(start);
  }

  private static double millis(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e6;
  }

  private static String row(String what, List<Double> values, String baseline, List<Double> base) {
    if (base == null) {
      return String.format(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %s | | | |",
          what,
          quantile(values, 0.5),
          quantile(values, 0.9),
          baseline);
    }
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
