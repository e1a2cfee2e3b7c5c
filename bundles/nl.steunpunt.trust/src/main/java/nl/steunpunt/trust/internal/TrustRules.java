package nl.steunpunt.trust.internal;

import java.util.List;
import java.util.function.Supplier;
import nl.steunpunt.trust.InstalledDigest;
import nl.steunpunt.trust.Refusal;
import org.osgi.framework.Version;

/**
 * The resolver hook's rule, on plain values: the system bundle, the test harness (when set), a
 * bundle whose installed content is a jar the platform shipped, and a bundle whose installed
 * content is pinned by an allow-list entry may resolve; nothing else. The digest is asked for only
 * when the bundle's name and version are named somewhere, so an unknown bundle costs no reading,
 * and the allow-list only for a bundle that is not the platform's own. A dev-loop entry naming the
 * bundle lets any bytes run, unless the platform ships that name and version: the caller passes
 * such entries only in demo mode ({@link Trust}). A demo bundle the platform ships (its name and
 * version, whatever the bytes or the allow-list) resolves in demo mode only.
 */
final class TrustRules {

  static final String SYSTEM = "system bundle";
  static final String PLATFORM = "platform";
  static final String HARNESS = "harness";
  static final String ALLOWED = "allowed";
  static final String DEV = "dev loop";

  private TrustRules() {}

  /** The rule on a node not in demo mode. */
  static Decision decide(
      long bundleId,
      String symbolicName,
      Version version,
      Supplier<InstalledDigest> digest,
      PlatformList platform,
      Supplier<List<AllowEntry>> allowList,
      Harness harness) {
    return decide(bundleId, symbolicName, version, digest, platform, allowList, harness, false);
  }

  /**
   * The rule.
   *
   * @param demo whether this node runs in demo mode
   */
  static Decision decide(
      long bundleId,
      String symbolicName,
      Version version,
      Supplier<InstalledDigest> digest,
      PlatformList platform,
      Supplier<List<AllowEntry>> allowList,
      Harness harness,
      boolean demo) {
    if (bundleId == 0) {
      return Decision.runs(SYSTEM);
    }
    if (harness.matches(symbolicName)) {
      return Decision.runs(HARNESS);
    }
    if (!demo && platform.demoOnly(symbolicName, version)) {
      return Decision.refused(Refusal.Reason.DEMO_ONLY);
    }
    boolean shipped = platform.names(symbolicName, version);
    InstalledDigest installed = null;
    if (shipped) {
      installed = digest.get();
      if (installed.sha256().isPresent()
          && platform.contains(symbolicName, version, installed.sha256().get())) {
        // The allow-list is not read for the platform's own bundles.
        return Decision.runs(PLATFORM);
      }
    }
    List<AllowEntry> naming =
        allowList.get().stream().filter(e -> e.names(symbolicName, version)).toList();
    if (naming.isEmpty() && !shipped) {
      return Decision.refused(Refusal.Reason.NOT_ALLOWED);
    }
    if (!shipped && naming.stream().anyMatch(AllowEntry::dev)) {
      // Never for a name and version the platform ships: its bytes stay pinned.
      return Decision.runs(DEV);
    }
    if (installed == null) {
      installed = digest.get();
    }
    if (installed.sha256().isEmpty()) {
      return Decision.refused(Refusal.Reason.CONTENT_UNREADABLE);
    }
    String sha = installed.sha256().get();
    if (naming.stream().anyMatch(e -> !e.dev() && e.sha256().equals(sha))) {
      return Decision.runs(ALLOWED);
    }
    return Decision.refused(Refusal.Reason.DIGEST_DIFFERS);
  }
}
