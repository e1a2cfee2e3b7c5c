package nl.steunpunt.core.internal.partner;

import java.util.List;
import java.util.Optional;
import org.osgi.framework.Version;

/**
 * The trust boundary: decides whether a bundle that carries the partner header may act as a
 * partner. OSGi is no sandbox, so only the operator's allow-list decides: the symbolic name, a
 * version in the entry's range, and the exact jar (SHA-256). Default deny.
 */
final class TrustRules {

  static final String ALLOWED = "allowed";
  static final String NOT_LISTED = "not on the allow-list";
  static final String WRONG_JAR = "jar does not match the allow-list's SHA-256";

  private TrustRules() {}

  static TrustVerdict decide(
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
    if (digest.sha256().isEmpty()) {
      return refused(
          symbolicName, shown, declaration, "jar could not be read (" + digest.problem() + ")");
    }
    String sha = digest.sha256().get();
    if (naming.stream().noneMatch(entry -> entry.sha256().equals(sha))) {
      return refused(symbolicName, shown, declaration, WRONG_JAR);
    }
    return new TrustVerdict(symbolicName, shown, Optional.of(declaration), true, ALLOWED);
  }

  private static TrustVerdict refused(
      String symbolicName, String version, PartnerDeclaration declaration, String reason) {
    return new TrustVerdict(symbolicName, version, Optional.of(declaration), false, reason);
  }
}
