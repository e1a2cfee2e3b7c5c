package nl.steunpunt.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.steunpunt.distribution.benchpartner.BenchPartnerActivator;

/**
 * Packs the partner benchmark's two bundles from the compiled test classes (package {@code
 * benchpartner}) and a features repository with a feature for each: {@link #PARTNER_FEATURE}, a
 * partner bundle ({@code bench-partner}, kind OTHER, purpose EVALUATION) with a listener and a UI
 * page, and {@link #UI_FEATURE}, the same bundle under another name as the partner {@code bench-ui}
 * without a listener, so only its UI page (the baseline; only a granted partner's page is shown).
 */
final class BenchPartnerBundle {

  static final String PARTNER_NAME = "nl.steunpunt.bench.partner";
  static final String UI_NAME = "nl.steunpunt.bench.ui";
  static final String PARTNER_ID = "bench-partner";
  static final String UI_PARTNER_ID = "bench-ui";
  static final String PARTNER_FEATURE = "steunpunt-bench-partner";
  static final String UI_FEATURE = "steunpunt-bench-ui";
  static final String PARTNER_PAGE = "bench-page-partner";
  static final String UI_PAGE = "bench-page-ui";

  private BenchPartnerBundle() {}

  /** Writes both jars and, beside them, {@code features.xml}; returns the partner's jar. */
  static Path write(Path folder) throws IOException {
    Path partner =
        jar(
            folder.resolve("steunpunt-bench-partner.jar"),
            PARTNER_NAME,
            Map.of("Steunpunt-Partner", PARTNER_ID + ";kind=OTHER;purpose=EVALUATION"));
    Path ui =
        jar(
            folder.resolve("steunpunt-bench-ui.jar"),
            UI_NAME,
            Map.of("Steunpunt-Partner", UI_PARTNER_ID + ";kind=OTHER;purpose=EVALUATION"));
    Map<String, Path> features = new LinkedHashMap<>();
    features.put(PARTNER_FEATURE, partner);
    features.put(UI_FEATURE, ui);
    TestBundleJar.features(folder.resolve("features.xml"), "steunpunt-bench", features);
    return partner;
  }

  private static Path jar(Path jar, String symbolicName, Map<String, String> headers)
      throws IOException {
    return TestBundleJar.write(
        jar,
        symbolicName,
        BenchPartnerActivator.class,
        "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.partner;version=\"[1.0,2)\","
            + "nl.steunpunt.api.ui;version=\"[1.0,2)\",nl.steunpunt.api.access;version=\"[1.0,2)\"",
        headers,
        Map.of());
  }
}
