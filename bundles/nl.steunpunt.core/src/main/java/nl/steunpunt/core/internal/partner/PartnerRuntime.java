package nl.steunpunt.core.internal.partner;

import java.util.List;
import java.util.Optional;
import nl.steunpunt.core.internal.partner.delivery.DeliveryStatus;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.JarDigest;
import nl.steunpunt.core.internal.partner.trust.TrustVerdict;

/**
 * What the operator's administration reads of the running platform: the partner bundles and the
 * allow-list's verdicts, the grants as the platform read them, and event delivery. {@link
 * FrameworkPartnerRuntime} in the framework; a plain implementation in tests.
 */
interface PartnerRuntime {

  /** A bundle that carries the partner header. */
  record BundleView(
      long id,
      String symbolicName,
      String version,
      String state,
      TrustVerdict verdict,
      boolean acting) {}

  /** An installed bundle's name, version, whether it declares a partner, and its jar's digest. */
  record InstalledJar(
      String symbolicName, String version, boolean declaresPartner, JarDigest digest) {}

  List<BundleView> bundles();

  List<Configured<PartnerGrant>> grants();

  List<DeliveryStatus> deliveries();

  boolean delivering(String partnerId);

  Optional<InstalledJar> installed(long bundleId);
}
