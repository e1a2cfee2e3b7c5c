package nl.steunpunt.core.internal.partner.trust;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.core.internal.platform.PlatformAlerts;
import nl.steunpunt.store.Store;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * What the trust boundary ({@code nl.steunpunt.trust}) refused, for the operator: every bundle that
 * may not resolve is an alert (in {@code steunpunt:partners}, {@code steunpunt:status}, and counted
 * only in {@code /health}), and every refusal is audited once ({@code BUNDLE_LIFECYCLE}, {@code
 * DENIED}), also those decided at boot before the core was up. While the test harness setting is
 * on, that is an alert too.
 */
@Component(service = PlatformAlerts.class, immediate = true)
public final class TrustRefusals implements PlatformAlerts {

  private final BundleTrust trust;
  private final BundleAudit audit;
  private final Runnable onChange = this::auditNew;
  private long audited;

  @Activate
  public TrustRefusals(@Reference BundleTrust trust, @Reference Store store) {
    this.trust = trust;
    this.audit = new BundleAudit(store, Clock.systemUTC());
  }

  @Activate
  void open() {
    trust.watch(onChange);
    auditNew();
  }

  @Deactivate
  void close() {
    trust.unwatch(onChange);
    audit.close();
  }

  @Override
  public List<String> alerts() {
    List<String> alerts = new ArrayList<>();
    trust.refused().forEach(refusal -> alerts.add(refusal.alert()));
    if (!trust.harness().isEmpty()) {
      alerts.add(
          "test harness setting steunpunt.trust.harness is on: bundles named "
              + String.join(", ", trust.harness())
              + " run as platform (never in production)");
    }
    return alerts;
  }

  /** Audits the refusals decided since the last one audited, each once. */
  private synchronized void auditNew() {
    for (Refusal refusal : trust.refusalsAfter(audited)) {
      audit.write(
          refusal.symbolicName(),
          refusal.version(),
          Outcome.DENIED,
          "may not resolve: " + refusal.reason().text());
      audited = refusal.sequence();
    }
  }
}
