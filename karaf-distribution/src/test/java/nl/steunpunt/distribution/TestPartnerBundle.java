package nl.steunpunt.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import nl.steunpunt.distribution.testpartner.TestPartnerActivator;

/**
 * Packs the partner tests' bundle from the compiled test classes (package {@code testpartner}),
 * importing only the public API and the framework and declaring the partner {@code test-partner}
 * (kind OTHER, purpose EVALUATION), and a features repository with one feature that holds it.
 */
final class TestPartnerBundle {

  static final String SYMBOLIC_NAME = "nl.steunpunt.test.partner";
  static final String PARTNER_ID = "test-partner";
  static final String FEATURE = "steunpunt-test-partner";

  private TestPartnerBundle() {}

  /** Writes the jar and, beside it, {@code features.xml}; returns the jar. */
  static Path write(Path folder) throws IOException {
    Path jar =
        TestBundleJar.write(
            folder.resolve("steunpunt-test-partner.jar"),
            SYMBOLIC_NAME,
            TestPartnerActivator.class,
            "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.partner;version=\"[1.0,2)\"",
            Map.of("Steunpunt-Partner", PARTNER_ID + ";kind=OTHER;purpose=EVALUATION"),
            Map.of());
    TestBundleJar.features(
        folder.resolve("features.xml"), "steunpunt-test-partner", Map.of(FEATURE, jar));
    return jar;
  }

  /** The SHA-256 of a file in lower-case hex, as the allow-list wants it. */
  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
