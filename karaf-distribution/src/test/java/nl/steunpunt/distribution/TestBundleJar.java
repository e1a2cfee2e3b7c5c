package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packs a test bundle from the compiled test classes, as a partner would ship one: a plain
 * activator (so the bundle needs only the framework and the public API), every class of the
 * activator's package, and resources from the test class path. Also writes a features repository
 * with one feature per bundle.
 */
final class TestBundleJar {

  private TestBundleJar() {}

  /**
   * Writes the jar.
   *
   * @param headers more manifest headers, such as {@code Steunpunt-Partner}
   * @param resources jar entry to test class path resource
   */
  static Path write(
      Path jar,
      String symbolicName,
      Class<?> activator,
      String importPackage,
      Map<String, String> headers,
      Map<String, String> resources)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", symbolicName);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Bundle-Activator", activator.getName());
    headers.forEach(main::putValue);
    main.putValue("Import-Package", importPackage);
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      String pkg = activator.getPackageName().replace('.', '/');
      List<Path> compiled;
      try (Stream<Path> files = Files.list(classesFolder(activator).resolve(pkg))) {
        compiled = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path c : compiled) {
        out.putNextEntry(new JarEntry(pkg + "/" + c.getFileName()));
        Files.copy(c, out);
        out.closeEntry();
      }
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        out.putNextEntry(new JarEntry(resource.getKey()));
        try (InputStream in = TestBundleJar.class.getResourceAsStream(resource.getValue())) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Writes a features repository with one feature of version 1.0.0 per bundle. */
  static void features(Path file, String repository, Map<String, Path> featureToJar)
      throws IOException {
    StringBuilder xml =
        new StringBuilder("<features name=\"")
            .append(repository)
            .append("\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
    featureToJar.forEach(
        (name, jar) ->
            xml.append("  <feature name=\"")
                .append(name)
                .append("\" version=\"1.0.0\">\n    <bundle>")
                .append(jar.toUri())
                .append("</bundle>\n  </feature>\n"));
    Files.writeString(file, xml.append("</features>\n").toString());
  }

  private static Path classesFolder(Class<?> type) throws IOException {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
