package nl.steunpunt.trust.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small bundle jars for the tests. */
final class TestJars {

  private TestJars() {}

  static Path write(Path jar, String symbolicName, String version, String partnerHeader)
      throws Exception {
    return write(jar, symbolicName, version, partnerHeader, false);
  }

  static Path write(
      Path jar, String symbolicName, String version, String partnerHeader, boolean demo)
      throws Exception {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", symbolicName);
    main.putValue("Bundle-Version", version);
    if (partnerHeader != null) {
      main.putValue("Steunpunt-Partner", partnerHeader);
    }
    if (demo) {
      main.putValue("Steunpunt-Demo", "true");
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      jarOut.flush();
    }
    return jar;
  }
}
