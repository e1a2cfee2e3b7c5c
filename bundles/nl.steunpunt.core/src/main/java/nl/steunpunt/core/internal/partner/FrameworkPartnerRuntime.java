package nl.steunpunt.core.internal.partner;

import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.core.internal.partner.delivery.DeliveryStatus;
import nl.steunpunt.core.internal.partner.delivery.ListenerWhiteboard;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.partner.grants.PartnerTrust;
import nl.steunpunt.core.internal.partner.trust.Configured;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The {@link PartnerRuntime} of the framework: {@link PartnerTrust} and delivery. */
final class FrameworkPartnerRuntime implements PartnerRuntime {

  private final BundleContext context;
  private final PartnerTrust trust;
  private final ListenerWhiteboard delivery;

  FrameworkPartnerRuntime(BundleContext context, PartnerTrust trust, ListenerWhiteboard delivery) {
    this.context = context;
    this.trust = trust;
    this.delivery = delivery;
  }

  @Override
  public List<BundleView> bundles() {
    return trust.bundles().stream()
        .map(
            t ->
                new BundleView(
                    t.bundle().getBundleId(),
                    t.verdict().symbolicName(),
                    t.verdict().version(),
                    state(t.bundle().getState()),
                    t.verdict(),
                    trust.grantFor(t.bundle()).isPresent()))
        .toList();
  }

  @Override
  public List<Configured<PartnerGrant>> grants() {
    return trust.configuredGrants();
  }

  @Override
  public List<DeliveryStatus> deliveries() {
    return delivery.status();
  }

  @Override
  public boolean delivering(String partnerId) {
    return delivery.delivering(partnerId);
  }

  @Override
  public Optional<InstalledJar> installed(long bundleId) {
    Bundle bundle = context.getBundle(bundleId);
    if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
      return Optional.empty();
    }
    return Optional.of(
        new InstalledJar(
            bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName(),
            bundle.getVersion().toString(),
            bundle.getHeaders("").get(PartnerHeader.NAME) != null,
            trust.digestOf(bundle)));
  }

  static String state(int state) {
    return switch (state) {
      case Bundle.INSTALLED -> "INSTALLED";
      case Bundle.RESOLVED -> "RESOLVED";
      case Bundle.STARTING -> "STARTING";
      case Bundle.ACTIVE -> "ACTIVE";
      case Bundle.STOPPING -> "STOPPING";
      default -> "UNINSTALLED";
    };
  }
}
