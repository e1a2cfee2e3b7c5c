package nl.steunpunt.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.steunpunt.distribution.testui.TestUiActivator;

/**
 * Packs the browser tests' plugin bundle from the compiled test classes: the activator of package
 * {@code testui} and its page module, importing only the public API and the framework, as a partner
 * bundle would; it declares the partner {@code test-ui}, as only a granted partner's pages are
 * shown.
 */
final class TestUiBundle {

  static final String SYMBOLIC_NAME = "nl.steunpunt.test.ui";
  static final String PARTNER_ID = "test-ui";

  private TestUiBundle() {}

  static Path write(Path folder) throws IOException {
    return TestBundleJar.write(
        folder.resolve("steunpunt-test-ui.jar"),
        SYMBOLIC_NAME,
        TestUiActivator.class,
        "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.ui;version=\"[1.0,2)\","
            + "nl.steunpunt.api.access;version=\"[1.0,2)\"",
        Map.of("Steunpunt-Partner", PARTNER_ID + ";kind=OTHER;purpose=CARE"),
        Map.of("web/page.js", "/testui/page.js"));
  }

  /**
   * What the operator does before installing the plugin, over SSH: allow-lists its jar (the trust
   * boundary lets nothing else run) and grants its partner (only a granted partner's pages are
   * shown).
   */
  static void allowAndGrant(Path jar) throws IOException {
    Ssh.run(
        "operator",
        "demo",
        "steunpunt:partner-allow --symbolic-name "
            + SYMBOLIC_NAME
            + " --version-range [1.0.0,1.0.0] --sha256 "
            + TestPartnerBundle.sha256(jar));
    Ssh.run(
        "operator",
        "demo",
        "steunpunt:partner-grant --kind OTHER --purpose CARE --organisation steunpunt "
            + PARTNER_ID);
  }
}
