package nl.steunpunt.trust.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Version;

/**
 * Writes the {@link PlatformList} of an assembled distribution at build time: every bundle jar
 * under {@code system/}, except those that declare a partner ({@code Steunpunt-Partner}): a partner
 * bundle, even one shipped with the platform, runs only when the operator allow-lists it. A jar
 * that declares itself a demo bundle ({@code Steunpunt-Demo}) is marked {@value PlatformList#DEMO}:
 * the platform's own in demo mode, refused on any other node.
 *
 * <p>Run by the distribution's build: {@code PlatformListWriter <system folder> <output file>}.
 */
public final class PlatformListWriter {

  static final String PARTNER_HEADER = "Steunpunt-Partner";
  static final String DEMO_HEADER = "Steunpunt-Demo";

  private PlatformListWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PlatformListWriter <system folder> <output file>");
    }
    Path system = Path.of(args[0]);
    List<String> lines = lines(system);
    Path out = Path.of(args[1]);
    List<String> file = new ArrayList<>();
    file.add("# The platform's own bundles as shipped: SHA-256, symbolic name, version, jar.");
    file.add("# Generated at build time from system/ (partner bundles left out); do not edit.");
    file.addAll(lines);
    Files.write(out, file, StandardCharsets.UTF_8);
    System.out.println("Platform list: " + lines.size() + " bundles from " + system + " in " + out);
  }

  /** One line per bundle jar under the folder, sorted by path. */
  static List<String> lines(Path system) throws IOException {
    List<Path> jars;
    try (Stream<Path> files = Files.walk(system)) {
      jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path jar : jars) {
      Manifest manifest;
      try (JarFile read = new JarFile(jar.toFile(), false)) {
        manifest = read.getManifest();
      }
      if (manifest == null) {
        continue;
      }
      Attributes main = manifest.getMainAttributes();
      String name = symbolicName(main.getValue("Bundle-SymbolicName"));
      if (name.isEmpty() || main.getValue(PARTNER_HEADER) != null) {
        continue;
      }
      Version version = Version.parseVersion(main.getValue("Bundle-Version"));
      String sha = InstalledContent.sha256(jar).sha256().orElseThrow();
      lines.add(
          sha
              + " "
              + name
              + " "
              + version
              + " "
              + system.relativize(jar).toString().replace('\\', '/')
              + (main.getValue(DEMO_HEADER) != null ? " " + PlatformList.DEMO : ""));
    }
    return lines;
  }

  /** The symbolic name without its directives ({@code ;singleton:=true}). */
  static String symbolicName(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
  }
}
