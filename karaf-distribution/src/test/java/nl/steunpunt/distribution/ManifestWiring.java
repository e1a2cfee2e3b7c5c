package nl.steunpunt.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;

/**
 * Which headers of a bundle's manifest could wire it to a package: its {@code Import-Package} (with
 * any attributes, a mandatory one included), a {@code DynamicImport-Package} whose pattern covers
 * it, and a {@code Require-Bundle} or {@code Fragment-Host} naming the bundle that exports it. Read
 * from the manifest alone, so it errs on the safe side: {@code a.b.*} counts as covering {@code
 * a.b} too.
 */
final class ManifestWiring {

  private ManifestWiring() {}

  /** The header clauses through which the manifest could wire to the package; empty if none. */
  static List<String> toPackage(Attributes manifest, String pkg, String exportingBundle) {
    List<String> found = new ArrayList<>();
    for (String name : names(manifest.getValue("Import-Package"))) {
      if (name.equals(pkg)) {
        found.add("Import-Package: " + name);
      }
    }
    for (String pattern : names(manifest.getValue("DynamicImport-Package"))) {
      if (covers(pattern, pkg)) {
        found.add("DynamicImport-Package: " + pattern);
      }
    }
    for (String header : List.of("Require-Bundle", "Fragment-Host")) {
      for (String name : names(manifest.getValue(header))) {
        if (name.equals(exportingBundle)) {
          found.add(header + ": " + name);
        }
      }
    }
    return found;
  }

  private static boolean covers(String pattern, String pkg) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.endsWith(".*")) {
      return (pkg + ".").startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(pkg);
  }

  /** The names (paths) of an OSGi header's clauses: what comes before their attributes. */
  static List<String> names(String header) {
    List<String> names = new ArrayList<>();
    if (header == null) {
      return names;
    }
    for (String clause : split(header, ',')) {
      for (String part : split(clause, ';')) {
        String token = part.strip();
        if (token.contains("=")) {
          break;
        }
        if (!token.isEmpty()) {
          names.add(token);
        }
      }
    }
    return names;
  }

  /** Splits on the separator outside quoted strings (version ranges hold commas). */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
