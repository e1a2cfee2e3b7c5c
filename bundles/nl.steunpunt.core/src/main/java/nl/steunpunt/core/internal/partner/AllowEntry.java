package nl.steunpunt.core.internal.partner;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * One entry of the operator's allow-list: the bundle with this symbolic name, a version in this
 * range, and exactly this jar (its SHA-256) may act as a partner.
 */
public record AllowEntry(String symbolicName, VersionRange versions, String sha256) {

  public AllowEntry {
    Objects.requireNonNull(symbolicName, "symbolicName");
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * Reads an entry from the operator's configuration.
   *
   * @throws IllegalArgumentException with a reason when a value is missing or malformed
   */
  public static AllowEntry of(String symbolicName, String versionRange, String sha256) {
    if (symbolicName == null || symbolicName.isBlank()) {
      throw new IllegalArgumentException("symbolicName is missing");
    }
    VersionRange range;
    try {
      range = new VersionRange(versionRange == null ? "" : versionRange.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("versionRange is not an OSGi version range", e);
    }
    String sha = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    if (sha.length() != 64 || !sha.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
    }
    return new AllowEntry(symbolicName.strip(), range, sha);
  }

  /** Whether the entry names this bundle: symbolic name and version, not yet the jar. */
  boolean names(String name, Version version) {
    return symbolicName.equals(name) && versions.includes(version);
  }
}
