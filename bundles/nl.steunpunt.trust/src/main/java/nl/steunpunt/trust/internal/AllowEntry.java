package nl.steunpunt.trust.internal;

import java.util.Dictionary;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import nl.steunpunt.trust.DevEntry;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * One entry of the operator's allow-list (factory configuration {@code
 * nl.steunpunt.partners.allow}), read the way the core reads it; an invalid entry allows nothing
 * (the core raises the alert about it). A dev-loop entry ({@code dev = true}) pins no digest: its
 * {@code sha256} is empty, and it counts only in demo mode ({@link Trust}).
 */
record AllowEntry(String symbolicName, VersionRange versions, String sha256, boolean dev) {

  static final String FACTORY_PID = "nl.steunpunt.partners.allow";

  /** The entry of a configuration's properties, empty when a value is missing or malformed. */
  static Optional<AllowEntry> of(Dictionary<String, ?> properties) {
    if (properties == null) {
      return Optional.empty();
    }
    if (Boolean.TRUE.equals(properties.get("dev"))
        || "true".equals(String.valueOf(properties.get("dev")))) {
      return dev(text(properties.get("symbolicName")), text(properties.get("versionRange")));
    }
    return of(
        text(properties.get("symbolicName")),
        text(properties.get("versionRange")),
        text(properties.get("sha256")));
  }

  static Optional<AllowEntry> of(String symbolicName, String versionRange, String sha256) {
    String sha = sha256.strip().toLowerCase(Locale.ROOT);
    if (symbolicName.isBlank()
        || sha.length() != 64
        || !sha.chars().allMatch(HexFormat::isHexDigit)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AllowEntry(symbolicName.strip(), new VersionRange(versionRange.strip()), sha, false));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A dev-loop entry: name and range, no digest. */
  static Optional<AllowEntry> dev(String symbolicName, String versionRange) {
    if (symbolicName.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AllowEntry(symbolicName.strip(), new VersionRange(versionRange.strip()), "", true));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  boolean names(String name, Version version) {
    return symbolicName.equals(name) && versions.includes(version);
  }

  /** The key the core confirms a dev-loop entry by. */
  DevEntry devEntry() {
    return new DevEntry(symbolicName, versions.toString());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
