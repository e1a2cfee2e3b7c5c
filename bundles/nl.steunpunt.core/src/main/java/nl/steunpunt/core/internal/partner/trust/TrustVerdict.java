package nl.steunpunt.core.internal.partner.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a bundle that carries the partner header may act as a partner, and why.
 *
 * @param symbolicName the bundle's symbolic name
 * @param version the bundle's version
 * @param declaration what it declares; empty when its header is malformed
 * @param allowed whether it is trusted
 * @param reason why not (no personal data); {@code allowed} when it is
 */
public record TrustVerdict(
    String symbolicName,
    String version,
    Optional<PartnerDeclaration> declaration,
    boolean allowed,
    String reason) {

  public TrustVerdict {
    Objects.requireNonNull(symbolicName, "symbolicName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(reason, "reason");
  }

  /** The operator's alert for a refused bundle. */
  public String alert() {
    return "partner bundle " + symbolicName + " " + version + " " + reason;
  }
}
