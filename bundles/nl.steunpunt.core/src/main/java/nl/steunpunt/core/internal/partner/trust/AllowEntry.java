package nl.steunpunt.core.internal.partner.trust;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import nl.steunpunt.trust.DevEntry;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * One entry of the operator's allow-list: the bundle with this symbolic name, a version in this
 * range, and exactly this jar (its SHA-256) may act as a partner. A dev-loop entry ({@code dev})
 * pins no jar (its {@code sha256} is empty): it counts in demo mode only, when the database holds
 * it ({@code grants.PartnerTrust}).
 */
public record AllowEntry(String symbolicName, VersionRange versions, String sha256, boolean dev) {

  public AllowEntry {
    Objects.requireNonNull(symbolicName, "symbolicName");
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(sha256, "sha256");
  }

  public AllowEntry(String symbolicName, VersionRange versions, String sha256) {
    this(symbolicName, versions, sha256, false);
  }

  /**
   * Reads a dev-loop entry from the operator's configuration: a name and a range, no jar.
   *
   * @throws IllegalArgumentException with a reason when a value is missing or malformed
   */
  public static AllowEntry dev(String symbolicName, String versionRange) {
    if (symbolicName == null || symbolicName.isBlank()) {
      throw new IllegalArgumentException("symbolicName is missing");
    }
    try {
      return new AllowEntry(
          symbolicName.strip(),
          new VersionRange(versionRange == null ? "" : versionRange.strip()),
          "",
          true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("versionRange is not an OSGi version range", e);
    }
  }

  /** The key the database's settings confirm a dev-loop entry by. */
  DevEntry devEntry() {
    return new DevEntry(symbolicName, versions.toString());
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
  public boolean names(String name, Version version) {
    return symbolicName.equals(name) && versions.includes(version);
  }
}
