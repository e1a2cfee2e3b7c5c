package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import nl.steunpunt.distribution.benchpartner.BenchPartnerActivator;

/**
 * Packs the partner benchmark's two bundles from the compiled test classes (package {@code
 * benchpartner}) and a features repository with a feature for each: {@link #PARTNER_FEATURE}, a
 * partner bundle ({@code bench-partner}, kind OTHER, purpose EVALUATION) with a listener and a UI
 * page, and {@link #UI_FEATURE}, the same bundle under another name without the partner header, so
 * only its UI page (the baseline).
 */
final class BenchPartnerBundle {

  static final String PARTNER_NAME = "nl.steunpunt.bench.partner";
  static final String UI_NAME = "nl.steunpunt.bench.ui";
  static final String PARTNER_ID = "bench-partner";
  static final String PARTNER_FEATURE = "steunpunt-bench-partner";
  static final String UI_FEATURE = "steunpunt-bench-ui";
  static final String PARTNER_PAGE = "bench-page-partner";
  static final String UI_PAGE = "bench-page-ui";

  private BenchPartnerBundle() {}

  /** Writes both jars and, beside them, {@code features.xml}; returns the partner's jar. */
  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path partner =
        jar(
            folder.resolve("steunpunt-bench-partner.jar"),
            PARTNER_NAME,
            PARTNER_ID + ";kind=OTHER;purpose=EVALUATION");
    Path ui = jar(folder.resolve("steunpunt-bench-ui.jar"), UI_NAME, null);
    Files.writeString(
        folder.resolve("features.xml"),
        "<features name=\"steunpunt-bench\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
            + feature(PARTNER_FEATURE, partner)
            + feature(UI_FEATURE, ui)
            + "</features>\n");
    return partner;
  }

  private static String feature(String name, Path jar) {
    return "  <feature name=\""
        + name
        + "\" version=\"1.0.0\">\n    <bundle>"
        + jar.toUri()
        + "</bundle>\n  </feature>\n";
  }

  private static Path jar(Path jar, String symbolicName, String partnerHeader) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", symbolicName);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Bundle-Activator", BenchPartnerActivator.class.getName());
    if (partnerHeader != null) {
      main.putValue("Steunpunt-Partner", partnerHeader);
    }
    main.putValue(
        "Import-Package",
        "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.partner;version=\"[0.1,1)\","
            + "nl.steunpunt.api.ui;version=\"[0.1,1)\",nl.steunpunt.api.access;version=\"[0.1,1)\"");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      String pkg = BenchPartnerActivator.class.getPackageName().replace('.', '/');
      List<Path> compiled;
      try (Stream<Path> files = Files.list(classesFolder().resolve(pkg))) {
        compiled = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path c : compiled) {
        out.putNextEntry(new JarEntry(pkg + "/" + c.getFileName()));
        Files.copy(c, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Path classesFolder() throws IOException {
    try {
      return Path.of(
          BenchPartnerActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
