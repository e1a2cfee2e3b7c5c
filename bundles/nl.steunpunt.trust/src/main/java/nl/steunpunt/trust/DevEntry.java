package nl.steunpunt.trust;

import java.util.Objects;
import org.osgi.framework.VersionRange;

/**
 * An allow-list entry of the dev loop: any bytes of a bundle with this symbolic name and a version
 * in this range may run, so a rebuilt jar is picked up without a new entry. It counts in demo mode
 * only; on any other platform it is refused and raises an alert.
 *
 * @param symbolicName the bundle's symbolic name
 * @param versionRange an OSGi version range, in its canonical form ({@link
 *     VersionRange#toString()})
 * @since 0.3
 */
public record DevEntry(String symbolicName, String versionRange) {

  public DevEntry {
    Objects.requireNonNull(symbolicName, "symbolicName");
    Objects.requireNonNull(versionRange, "versionRange");
  }

  /**
   * The entry with its range in canonical form, so the same range however written is one entry.
   *
   * @throws IllegalArgumentException when the range is not an OSGi version range
   */
  public static DevEntry of(String symbolicName, String versionRange) {
    return new DevEntry(symbolicName.strip(), new VersionRange(versionRange.strip()).toString());
  }
}
