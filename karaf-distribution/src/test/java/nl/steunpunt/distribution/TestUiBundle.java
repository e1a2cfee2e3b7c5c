package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.InputStream;
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
import nl.steunpunt.distribution.testui.TestUiActivator;

/**
 * Packs the browser tests' plugin bundle from the compiled test classes: the activator of package
 * {@code testui} and its page module, importing only the public API and the framework, as a partner
 * bundle would.
 */
final class TestUiBundle {

  static final String SYMBOLIC_NAME = "nl.steunpunt.test.ui";

  private TestUiBundle() {}

  static Path write(Path folder) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Bundle-Activator", TestUiActivator.class.getName());
    main.putValue(
        "Import-Package",
        "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.api.ui;version=\"[0.1,1)\","
            + "nl.steunpunt.api.access;version=\"[0.1,1)\"");
    Path jar = folder.resolve("steunpunt-test-ui.jar");
    Files.createDirectories(folder);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      Path classes = classesFolder();
      String pkg = TestUiActivator.class.getPackageName().replace('.', '/');
      List<Path> compiled;
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        compiled = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path c : compiled) {
        out.putNextEntry(new JarEntry(pkg + "/" + c.getFileName()));
        Files.copy(c, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("web/page.js"));
      try (InputStream page = TestUiBundle.class.getResourceAsStream("/testui/page.js")) {
        page.transferTo(out);
      }
      out.closeEntry();
    }
    return jar;
  }

  private static Path classesFolder() throws IOException {
    try {
      return Path.of(
          TestUiActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
