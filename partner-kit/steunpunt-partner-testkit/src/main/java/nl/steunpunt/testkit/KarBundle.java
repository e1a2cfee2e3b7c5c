package nl.steunpunt.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle a KAR carries (a jar under its {@code repository/}), as the operator's allow-list names
 * it: symbolic name, version and the SHA-256 of its bytes, which are the bytes the platform
 * installs from the KAR.
 *
 * @param symbolicName the {@code Bundle-SymbolicName}, without directives
 * @param version the {@code Bundle-Version}
 * @param sha256 the SHA-256 of the jar, lower-case hex
 * @param partner the {@code Steunpunt-Partner} header, if the bundle declares a partner
 */
record KarBundle(String symbolicName, String version, String sha256, Optional<String> partner) {

  /** Every bundle in the KAR; a jar without a symbolic name is no bundle and left out. */
  static List<KarBundle> in(Path kar) throws IOException {
    List<KarBundle> bundles = new ArrayList<>();
    try (ZipFile zip = new ZipFile(kar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.getName().startsWith("repository/") && entry.getName().endsWith(".jar")) {
          byte[] jar = zip.getInputStream(entry).readAllBytes();
          read(jar).ifPresent(bundles::add);
        }
      }
    }
    if (bundles.isEmpty()) {
      throw new IllegalStateException(kar + " carries no bundle");
    }
    return bundles;
  }

  private static Optional<KarBundle> read(byte[] jar) throws IOException {
    Manifest manifest;
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      manifest = in.getManifest();
    }
    String name =
        manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
    if (name == null) {
      return Optional.empty();
    }
    var attributes = manifest.getMainAttributes();
    return Optional.of(
        new KarBundle(
            name.split(";")[0].trim(),
            Optional.ofNullable(attributes.getValue("Bundle-Version")).orElse("0.0.0").trim(),
            sha256(jar),
            Optional.ofNullable(attributes.getValue("Steunpunt-Partner")).map(String::trim)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The partner id the bundle declares: the header up to its first attribute. */
  Optional<String> partnerId() {
    return partner.map(header -> header.split(";")[0].trim());
  }

  /** The operator's allow-list entry for exactly these bytes. */
  String allowCommand() {
    // Quoted: the console's parser reads a bracketed range as a list otherwise.
    return "steunpunt:partner-allow --symbolic-name "
        + symbolicName
        + " --version-range '["
        + version
        + ","
        + version
        + "]' --sha256 "
        + sha256;
  }
}
