package nl.steunpunt.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.AssumptionViolatedException;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Skips the browser tests, before Karaf is booted for them, on a machine without Debian's Chromium
 * and ChromeDriver, like the PostgreSQL tests without a server; in CI ({@code CI=true}) a missing
 * browser is a failure, since {@code .ci/run} installs it.
 */
final class BrowserAvailable implements TestRule {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Override
  public Statement apply(Statement base, Description description) {
    return new Statement() {
      @Override
      public void evaluate() throws Throwable {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
          String missing =
              "no "
                  + CHROMIUM
                  + " or "
                  + CHROMEDRIVER
                  + " (apt-get install chromium chromium-driver)";
          if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing);
          }
          throw new AssumptionViolatedException(missing);
        }
        base.evaluate();
      }
    };
  }
}
