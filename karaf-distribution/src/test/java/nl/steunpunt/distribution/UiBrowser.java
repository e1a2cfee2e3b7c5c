package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its ChromeDriver, logged in to the staff UI of the
 * distribution under test. Each instance has a fresh profile, so no cookie or stored language leaks
 * from one test to the next.
 */
final class UiBrowser implements AutoCloseable {

  static final String BASE = "http://localhost:" + SteunpuntKaraf.HTTP_PORT;
  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  private final Path profile;

  UiBrowser() throws IOException {
    this(new String[0]);
  }

  /** With more command-line arguments for Chromium (the benchmark's trace, for one). */
  UiBrowser(String... arguments) throws IOException {
    profile = Files.createTempDirectory("steunpunt-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserAvailable.CHROMIUM.toFile());
    // Flags that keep Chromium from reaching for the internet, which this machine refuses.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        // Chromium's own pages for its address bar's suggestions, made even without a window to
        // show them in: a renderer of their own, which took as much CPU as the staff UI's page
        // while it loaded (a benchmark trace; two cores here).
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
        "--window-size=1280,900",
        "--lang=nl-NL",
        "--user-data-dir=" + profile);
    options.addArguments(arguments);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  WebDriverWait waiting(int seconds) {
    // Polled often (the default is every 500 ms), so that the benchmark measures the page, not
    // the wait.
    return (WebDriverWait)
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).pollingEvery(Duration.ofMillis(10));
  }

  WebElement await(By by) {
    return waiting(20).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid='" + id + "']");
  }

  /** Logs in through the login form, as staff do, and waits for the shell's navigation. */
  UiBrowser login(String user) {
    driver.get(BASE + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
    await(testId("user-name"));
    return this;
  }

  void open(String hash) {
    driver.get(BASE + "/ui/" + hash);
  }

  /** The ids of the navigation entries, in their order. */
  List<String> navIds() {
    List<String> ids = new ArrayList<>();
    for (WebElement e : driver.findElements(By.cssSelector("[data-testid^='nav-item-']"))) {
      ids.add(e.getAttribute("data-testid").substring("nav-item-".length()));
    }
    return ids;
  }

  /** Runs axe-core on the page; returns the serious and critical violations, one line each. */
  List<String> seriousViolations() throws IOException {
    String axe = Files.readString(Path.of(System.getProperty("steunpunt.axe")));
    driver.executeScript(axe);
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
    JsonNode violations = JSON.readTree(String.valueOf(result));
    if (violations.has("error")) {
      throw new IOException("axe-core failed: " + violations.get("error").asText());
    }
    List<String> serious = new ArrayList<>();
    for (JsonNode v : violations) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        for (JsonNode n : v.get("nodes")) {
          targets.add(n.get("target").toString());
        }
        serious.add(
            impact + " " + v.get("id").asText() + ": " + v.get("help").asText() + " " + targets);
      }
    }
    return serious;
  }

  /** Keeps a screenshot of the page as test output. */
  void screenshot(String name) throws IOException {
    Path folder = Path.of(System.getProperty("steunpunt.screenshots"));
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
