package nl.steunpunt.api.release;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.BundleInfo;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.MavenVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The newest release of the API kept in the module's {@code releases/} repository, and bnd's
 * baseline of a bundle against it, configured as {@code bnd-baseline-maven-plugin} configures it
 * (every package, nothing ignored).
 */
final class Release {

  private static final Path VERSIONS =
      Path.of(System.getProperty("basedir", "."), "releases/nl/steunpunt/nl.steunpunt.api");

  private Release() {}

  /** The newest release's jar: the one the plugin compares with. */
  static Path newest() throws IOException {
    try (Stream<Path> folders = Files.list(VERSIONS)) {
      Path folder =
          folders
              .filter(Files::isDirectory)
              .max(
                  Comparator.comparing(
                      f -> MavenVersion.parseMavenString(f.getFileName().toString())))
              .orElseThrow(() -> new IllegalStateException("no release in " + VERSIONS));
      String version = folder.getFileName().toString();
      return folder.resolve("nl.steunpunt.api-" + version + ".jar");
    }
  }

  /** bnd's verdict on a bundle against the newest release. */
  static Verdict baseline(Jar newer) throws Exception {
    try (Processor processor = new Processor();
        Jar older = new Jar(newest().toFile())) {
      DiffPluginImpl differ = new DiffPluginImpl();
      differ.setIgnore(new Parameters("", processor));
      Baseline baseline = new Baseline(processor, differ);
      Map<String, Info> packages =
          baseline.baseline(newer, older, new Instructions(new Parameters("*", processor))).stream()
              .collect(Collectors.toMap(info -> info.packageName, Function.identity()));
      return new Verdict(packages, baseline.getBundleInfo());
    }
  }

  /**
   * What bnd found: per package and for the bundle, whether the version is lower than the change
   * needs ({@code mismatch}, which fails the plugin) and the version it suggests.
   */
  record Verdict(Map<String, Info> packages, BundleInfo bundle) {

    /**
     * Whether the build passes: no package and not the bundle below the version it needs, by bnd
     * (which fails the plugin) or by {@link ConsumerTypeRule} (which fails this module's tests).
     */
    boolean passes() {
      return !bundle.mismatch && errors().isEmpty();
    }

    Info of(String packageName) {
      Info info = packages.get(packageName);
      if (info == null) {
        throw new IllegalArgumentException(packageName + " was not baselined");
      }
      return info;
    }

    /** The packages with an error, by bnd or by {@link ConsumerTypeRule}. */
    Set<String> errors() {
      return packages.values().stream()
          .filter(info -> info.mismatch || ConsumerTypeRule.broken(info))
          .map(info -> info.packageName)
          .collect(Collectors.toSet());
    }

    /** The packages bnd alone reports an error for. */
    Set<String> bndErrors() {
      return packages.values().stream()
          .filter(info -> info.mismatch)
          .map(info -> info.packageName)
          .collect(Collectors.toSet());
    }
  }
}
