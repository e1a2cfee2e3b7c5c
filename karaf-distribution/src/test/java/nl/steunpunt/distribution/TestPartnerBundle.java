package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
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
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Bundle-Activator", TestPartnerActivator.class.getName());
    main.putValue("Steunpunt-Partner", PARTNER_ID + ";kind=OTHER;purpose=EVALUATION");
    main.putValue(
        "Import-Package",
        "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.partner;version=\"[0.1,1)\"");
    Path jar = folder.resolve("steunpunt-test-partner.jar");
    Files.createDirectories(folder);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      Path classes = classesFolder();
      String pkg = TestPartnerActivator.class.getPackageName().replace('.', '/');
      List<Path> compiled;
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        compiled = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path c : compiled) {
        out.putNextEntry(new JarEntry(pkg + "/" + c.getFileName()));
        Files.copy(c, out);
        out.closeEntry();
      }
    }
    Files.writeString(
        folder.resolve("features.xml"),
        "<features name=\"steunpunt-test-partner\""
            + " xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
            + "  <feature name=\""
            + FEATURE
            + "\" version=\"1.0.0\">\n"
            + "    <bundle>"
            + jar.toUri()
            + "</bundle>\n"
            + "  </feature>\n"
            + "</features>\n");
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

  private static Path classesFolder() throws IOException {
    try {
      return Path.of(
          TestPartnerActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
