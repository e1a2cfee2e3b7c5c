package nl.steunpunt.core.internal.partner.trust;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.trust.DevEntry;
import org.osgi.framework.Version;

/**
 * The trust boundary: decides whether a bundle that carries the partner header may act as a
 * partner. OSGi is no sandbox, so only the operator's allow-list decides: the symbolic name, a
 * version in the entry's range, and the exact jar (SHA-256). Default deny. A dev-loop entry (no
 * jar) is passed in only in demo mode, when the database holds it ({@code grants.PartnerTrust}).
 */
public final class TrustRules {

  public static final String ALLOWED = "allowed";
  public static final String DEV_LOOP = "allowed for the dev loop (any jar; demo mode)";
  public static final String NOT_LISTED = "not on the allow-list";
  static final String WRONG_JAR = "jar does not match the allow-list's SHA-256";

  private TrustRules() {}

  /**
   * The configured entries that count: every pinned one (the trust boundary checks its digest
   * against the database's), and a dev-loop one only in demo mode and when the database holds it,
   * so one written into Configuration Admin alone (a file in {@code etc/}, a bundle through the
   * system bundle's Configuration Admin) never counts.
   */
  public static List<AllowEntry> counted(
      List<AllowEntry> configured, boolean demo, Set<DevEntry> held) {
    return configured.stream()
        .filter(e -> !e.dev() || (demo && held.contains(e.devEntry())))
        .toList();
  }

  public static TrustVerdict decide(
      String symbolicName,
      Version version,
      String header,
      JarDigest digest,
      List<AllowEntry> allowList) {
    String shown = version.toString();
    PartnerDeclaration declaration;
    try {
      declaration = PartnerDeclaration.parse(header);
    } catch (IllegalArgumentException e) {
      return new TrustVerdict(symbolicName, shown, Optional.empty(), false, e.getMessage());
    }
    List<AllowEntry> naming =
        allowList.stream().filter(entry -> entry.names(symbolicName, version)).toList();
    if (naming.isEmpty()) {
      return refused(symbolicName, shown, declaration, NOT_LISTED);
    }
    if (naming.stream().anyMatch(AllowEntry::dev)) {
      return new TrustVerdict(symbolicName, shown, Optional.of(declaration), true, DEV_LOOP);
    }
    if (digest.sha256().isEmpty()) {
      return refused(
          symbolicName, shown, declaration, "jar could not be read (" + digest.problem() + ")");
    }
    String sha = digest.sha256().get();
    if (naming.stream().noneMatch(entry -> !entry.dev() && entry.sha256().equals(sha))) {
      return refused(symbolicName, shown, declaration, WRONG_JAR);
    }
    return new TrustVerdict(symbolicName, shown, Optional.of(declaration), true, ALLOWED);
  }

  private static TrustVerdict refused(
      String symbolicName, String version, PartnerDeclaration declaration, String reason) {
    return new TrustVerdict(symbolicName, version, Optional.of(declaration), false, reason);
  }
}
