package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import nl.steunpunt.distribution.testdevloop.DevLoopActivator;

/**
 * Packs the dev-loop tests' bundle ({@code testdevloop}): partner {@code dev-loop} (kind OTHER,
 * purpose EVALUATION), version 1.0.0, answering its route with the text given, so two builds differ
 * in their bytes and in what they serve, as two builds of a partner's project after a saved change.
 */
final class DevLoopBundle {

  static final String SYMBOLIC_NAME = "nl.example.devloop";
  static final String PARTNER_ID = "dev-loop";
  static final String FEATURE = "steunpunt-dev-loop";
  static final String GRANT =
      "--kind OTHER --purpose EVALUATION --organisation dev-loop --category EVALUATION_AGGREGATES "
          + PARTNER_ID;

  private DevLoopBundle() {}

  /** Writes the jar (version 1.0.0) answering {@code answer}. */
  static Path write(Path jar, String answer) throws IOException {
    return write(jar, answer, "1.0.0");
  }

  /** Writes the jar of this version answering {@code answer}. */
  static Path write(Path jar, String answer, String version) throws IOException {
    Path plain =
        TestBundleJar.write(
            jar.resolveSibling(jar.getFileName() + ".tmp"),
            SYMBOLIC_NAME,
            DevLoopActivator.class,
            "org.osgi.framework;version=\"[1.8,2)\",javax.servlet;version=\"[3.1,5)\","
                + "javax.servlet.http;version=\"[3.1,5)\"",
            Map.of(
                "Steunpunt-Partner",
                PARTNER_ID + ";kind=OTHER;purpose=EVALUATION",
                "Bundle-Version",
                version),
            Map.of());
    // The same jar with answer.txt added.
    Files.createDirectories(jar.getParent());
    try (JarFile in = new JarFile(plain.toFile());
        OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, in.getManifest())) {
      var entries = in.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().equals(JarFile.MANIFEST_NAME) || entry.getName().equals("META-INF/")) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        in.getInputStream(entry).transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("answer.txt"));
      out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.delete(plain);
    return jar;
  }
}
