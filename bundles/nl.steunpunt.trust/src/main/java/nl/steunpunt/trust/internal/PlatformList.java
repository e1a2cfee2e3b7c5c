package nl.steunpunt.trust.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Version;

/**
 * The platform's own bundles as shipped: one line per jar of the distribution's {@code system/}
 * folder, {@code <sha256> <symbolic name> <version> <path>}, written at build time by {@link
 * PlatformListWriter}. Jars that declare a partner are not on it. A demo bundle's line ends in
 * {@value #DEMO}: it is the platform's only in demo mode ({@link TrustRules}).
 */
final class PlatformList {

  /** The last field of a demo bundle's line. */
  static final String DEMO = "demo";

  private final Map<String, Set<String>> digestsByBundle;
  private final Set<String> demoBundles;

  PlatformList(Map<String, Set<String>> digestsByBundle) {
    this(digestsByBundle, Set.of());
  }

  PlatformList(Map<String, Set<String>> digestsByBundle, Set<String> demoBundles) {
    this.digestsByBundle = Map.copyOf(digestsByBundle);
    this.demoBundles = Set.copyOf(demoBundles);
  }

  static PlatformList empty() {
    return new PlatformList(Map.of());
  }

  static PlatformList read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static PlatformList parse(List<String> lines) {
    Map<String, Set<String>> digests = new HashMap<>();
    Set<String> demo = new HashSet<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split("\\s+");
      if (fields.length < 3) {
        continue;
      }
      try {
        String key = key(fields[1], Version.parseVersion(fields[2]));
        digests
            .computeIfAbsent(key, k -> new HashSet<>())
            .add(fields[0].toLowerCase(java.util.Locale.ROOT));
        if (fields.length >= 5 && DEMO.equals(fields[4])) {
          demo.add(key);
        }
      } catch (IllegalArgumentException malformedVersion) {
        // A line that names no version names no bundle.
      }
    }
    return new PlatformList(digests, demo);
  }

  /** Whether some jar of the platform has this symbolic name and version. */
  boolean names(String symbolicName, Version version) {
    return digestsByBundle.containsKey(key(symbolicName, version));
  }

  /** Whether the platform shipped exactly this jar. */
  boolean contains(String symbolicName, Version version, String sha256) {
    return digestsByBundle.getOrDefault(key(symbolicName, version), Set.of()).contains(sha256);
  }

  /** Whether the platform ships a demo bundle of this symbolic name and version. */
  boolean demoOnly(String symbolicName, Version version) {
    return demoBundles.contains(key(symbolicName, version));
  }

  int size() {
    return digestsByBundle.values().stream().mapToInt(Set::size).sum();
  }

  static String key(String symbolicName, Version version) {
    return symbolicName + " " + version;
  }
}
