package nl.steunpunt.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.osgi.framework.Version;

/**
 * Writes the {@link PlatformList} of an assembled distribution at build time: every bundle jar
 * under {@code system/}, except those that declare a partner ({@code Steunpunt-Partner}): a partner
 * bundle, even one shipped with the platform, runs only when the operator allow-lists it. A jar
 * that declares itself a demo bundle ({@code Steunpunt-Demo}) is marked {@value PlatformList#DEMO}:
 * the platform's own in demo mode, refused on any other node.
 *
 * <p>Demo mode's content is not in {@code system/}: it ships as a KAR of its own, which only a demo
 * copies into {@code deploy/}. The trust boundary must still know its exact bytes, so the bundle
 * jars of the demo KARs given are listed too, each marked {@value PlatformList#DEMO}. A demo KAR
 * may carry demo bundles only: any other jar in it fails the build, since its line would make it
 * platform code on every node.
 *
 * <p>Run by the distribution's build: {@code PlatformListWriter <system folder> <output file>
 * [<demo KAR>...]}.
 */
public final class PlatformListWriter {

  static final String PARTNER_HEADER = "Steunpunt-Partner";
  static final String DEMO_HEADER = "Steunpunt-Demo";

  /** Where a KAR keeps its artifacts, in Maven's layout (as {@code system/} does). */
  static final String KAR_REPOSITORY = "repository/";

  private PlatformListWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: PlatformListWriter <system folder> <output file> [<demo KAR>...]");
    }
    Path system = Path.of(args[0]);
    List<String> lines = new ArrayList<>(lines(system));
    List<Path> kars = Arrays.stream(args, 2, args.length).map(Path::of).toList();
    for (Path kar : kars) {
      lines.addAll(demoLines(kar));
    }
    Path out = Path.of(args[1]);
    List<String> file = new ArrayList<>();
    file.add("# The platform's own bundles as shipped: SHA-256, symbolic name, version, jar.");
    file.add("# Generated at build time from system/ (partner bundles left out) and from the jars");
    file.add("# of the demo KAR (marked demo; not in system/); do not edit.");
    file.addAll(lines);
    Files.write(out, file, StandardCharsets.UTF_8);
    System.out.println(
        "Platform list: "
            + lines.size()
            + " bundles from "
            + system
            + (kars.isEmpty() ? "" : " and " + kars)
            + " in "
            + out);
  }

  /** One line per bundle jar under the folder, sorted by path. */
  static List<String> lines(Path system) throws IOException {
    List<Path> jars;
    try (Stream<Path> files = Files.walk(system)) {
      jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path jar : jars) {
      Optional<Shipped> bundle = Shipped.read(jar);
      if (bundle.isPresent() && !bundle.get().partner()) {
        lines.add(bundle.get().line(system.relativize(jar).toString().replace('\\', '/')));
      }
    }
    return lines;
  }

  /**
   * One line per bundle jar the demo KAR carries (below {@value #KAR_REPOSITORY}), sorted by path,
   * each marked {@value PlatformList#DEMO}; the path is the jar's below the KAR's repository.
   *
   * @throws IllegalArgumentException when a jar in it is not a demo bundle, or it carries none
   */
  static List<String> demoLines(Path kar) throws IOException {
    List<String> lines = new ArrayList<>();
    Path scratch = Files.createTempFile("platform-list", ".jar");
    try (ZipFile zip = new ZipFile(kar.toFile())) {
      List<? extends ZipEntry> jars =
          zip.stream()
              .filter(e -> !e.isDirectory())
              .filter(e -> e.getName().startsWith(KAR_REPOSITORY) && e.getName().endsWith(".jar"))
              .sorted(Comparator.comparing(ZipEntry::getName))
              .toList();
      for (ZipEntry entry : jars) {
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, scratch, StandardCopyOption.REPLACE_EXISTING);
        }
        Optional<Shipped> bundle = Shipped.read(scratch);
        if (bundle.isEmpty() || !bundle.get().demo() || bundle.get().partner()) {
          throw new IllegalArgumentException(
              kar
                  + " carries "
                  + entry.getName()
                  + ", which is not a demo bundle: a demo KAR may carry only bundles marked "
                  + DEMO_HEADER);
        }
        lines.add(bundle.get().line(entry.getName().substring(KAR_REPOSITORY.length())));
      }
    } finally {
      Files.deleteIfExists(scratch);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(kar + " carries no demo bundle");
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

  /** What the list needs of one bundle jar. */
  private record Shipped(
      String sha256, String name, Version version, boolean partner, boolean demo) {

    /** The bundle in the jar; empty for a jar that is no bundle. */
    static Optional<Shipped> read(Path jar) throws IOException {
      Manifest manifest;
      try (JarFile read = new JarFile(jar.toFile(), false)) {
        manifest = read.getManifest();
      }
      if (manifest == null) {
        return Optional.empty();
      }
      Attributes main = manifest.getMainAttributes();
      String name = symbolicName(main.getValue("Bundle-SymbolicName"));
      if (name.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Shipped(
              InstalledContent.sha256(jar).sha256().orElseThrow(),
              name,
              Version.parseVersion(main.getValue("Bundle-Version")),
              main.getValue(PARTNER_HEADER) != null,
              main.getValue(DEMO_HEADER) != null));
    }

    String line(String path) {
      return sha256
          + " "
          + name
          + " "
          + version
          + " "
          + path
          + (demo ? " " + PlatformList.DEMO : "");
    }
  }
}
