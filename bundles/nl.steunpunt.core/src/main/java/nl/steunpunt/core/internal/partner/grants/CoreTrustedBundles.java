package nl.steunpunt.core.internal.partner.grants;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.platform.TrustedBundles;
import nl.steunpunt.core.internal.partner.trust.BundleAudit;
import nl.steunpunt.core.internal.partner.trust.PlatformBundles;
import nl.steunpunt.core.internal.platform.PlatformAlerts;
import nl.steunpunt.store.Store;
import nl.steunpunt.trust.BundleTrust;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's answer to "what may this bundle do": platform bundle, or allow-listed partner with
 * a grant ({@link BundleGrants}). What a bundle tried and was refused (a UI extension outside its
 * prefix, say) is an alert while the bundle is installed and is audited once.
 */
@Component(service = {TrustedBundles.class, PlatformAlerts.class})
public final class CoreTrustedBundles implements TrustedBundles, PlatformAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(CoreTrustedBundles.class);

  private final BundleContext context;
  private final BundleGrants grants;
  private final PlatformBundles platform;
  private final BundleAudit audit;

  /** What each bundle was refused, by bundle id; forgotten when the bundle is gone. */
  private final Map<Long, Map<String, Boolean>> refusals = new ConcurrentHashMap<>();

  @Activate
  public CoreTrustedBundles(
      BundleContext context,
      @Reference BundleGrants grants,
      @Reference BundleTrust trust,
      @Reference Store store) {
    this(context, grants, trust::platform, new BundleAudit(store, Clock.systemUTC()));
  }

  CoreTrustedBundles(
      BundleContext context, BundleGrants grants, PlatformBundles platform, BundleAudit audit) {
    this.context = context;
    this.grants = grants;
    this.platform = platform;
    this.audit = audit;
  }

  @Deactivate
  void close() {
    audit.close();
  }

  @Override
  public boolean platform(long bundleId) {
    Bundle bundle = context.getBundle(bundleId);
    return bundle != null && platform.platform(bundle);
  }

  @Override
  public Optional<String> grantedPartner(long bundleId) {
    Bundle bundle = context.getBundle(bundleId);
    if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
      return Optional.empty();
    }
    return grants.grantFor(bundle).map(PartnerGrant::partnerId);
  }

  @Override
  public void refused(long bundleId, String what) {
    Bundle bundle = context.getBundle(bundleId);
    if (bundle == null) {
      return;
    }
    String name = String.valueOf(bundle.getSymbolicName());
    String version = bundle.getVersion().toString();
    String text = "bundle " + name + " " + version + ": " + what;
    if (refusals.computeIfAbsent(bundleId, id -> new ConcurrentHashMap<>()).putIfAbsent(text, true)
        == null) {
      LOG.warn("Refused: {}", text);
      audit.write(name, version, Outcome.DENIED, "refused: " + what);
    }
  }

  @Override
  public List<String> alerts() {
    refusals.keySet().removeIf(id -> context.getBundle(id) == null);
    return refusals.values().stream().flatMap(m -> m.keySet().stream()).sorted().toList();
  }

  @Override
  public void watch(Runnable listener) {
    grants.watch(listener);
  }

  @Override
  public void unwatch(Runnable listener) {
    grants.unwatch(listener);
  }
}
