package nl.steunpunt.core.internal.partner.grants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.core.internal.access.PartnerChannels;
import nl.steunpunt.core.internal.access.PartnerReach;
import nl.steunpunt.core.internal.partner.trust.AllowEntry;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.core.internal.partner.trust.BundleAudit;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.JarDigest;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;
import nl.steunpunt.core.internal.partner.trust.TrackedBundle;
import nl.steunpunt.core.internal.partner.trust.TrustRules;
import nl.steunpunt.core.internal.partner.trust.TrustVerdict;
import nl.steunpunt.core.internal.platform.DemoMode;
import nl.steunpunt.core.internal.platform.PlatformAlerts;
import nl.steunpunt.store.Store;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.DevEntry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust boundary for partner bundles: tracks every bundle carrying the {@link PartnerHeader},
 * decides with the operator's allow-list whether it may act as a partner ({@link TrustRules}), and
 * gives the grant of its partner ({@link GrantRules}). A refused bundle gets one WARN line, an
 * audit entry and an alert; the lifecycle of every such bundle is audited.
 */
@Component(
    service = {BundleGrants.class, PartnerChannels.class, PlatformAlerts.class, PartnerTrust.class},
    immediate = true)
public final class PartnerTrust implements BundleGrants, PartnerChannels, PlatformAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerTrust.class);
  private static final int TRACKED_STATES =
      Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

  /** A tracked bundle: its jar's digest (for its last modification) and the last decision. */
  private record Tracked(
      Bundle bundle, String header, long lastModified, JarDigest digest, TrustVerdict verdict) {}

  private final BundleContext context;
  private final BundleTrust bundleTrust;
  private final BundleAudit audit;
  private final Map<Long, Tracked> tracked = new ConcurrentHashMap<>();
  private final List<AllowEntryReader> allowList = new CopyOnWriteArrayList<>();
  private final List<PartnerGrantReader> grants = new CopyOnWriteArrayList<>();
  private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
  private volatile HeldGrants held = HeldGrants.PENDING;
  // The dev-loop entries the database holds (none until the first reconciliation); they count
  // only in demo mode, like at the trust boundary.
  private volatile Set<DevEntry> heldDev = Set.of();
  private final boolean demo = DemoMode.fromEnvironment().enabled();
  // Grant configurations found not to count, and why: said once each in the log. A moment after a
  // change one may be seen (Configuration Admin follows the database a little later); the sync
  // removes one that stays, with a WARN line and an alert.
  private final Map<PartnerGrantReader, String> unheld = new ConcurrentHashMap<>();
  private volatile BundleTracker<Bundle> tracker;

  @Activate
  public PartnerTrust(
      BundleContext context, @Reference Store store, @Reference BundleTrust bundleTrust) {
    this.context = context;
    this.bundleTrust = bundleTrust;
    this.audit = new BundleAudit(store, Clock.systemUTC());
  }

  /** Starts tracking once the allow-list entries present at start are bound. */
  @Activate
  void open() {
    BundleTracker<Bundle> opened = new BundleTracker<>(context, TRACKED_STATES, new Customizer());
    tracker = opened;
    opened.open();
  }

  @Deactivate
  void close() {
    BundleTracker<Bundle> current = tracker;
    tracker = null;
    if (current != null) {
      current.close();
    }
    audit.close();
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addAllowEntry(AllowEntryReader entry) {
    allowList.add(entry);
    redecide();
  }

  void removeAllowEntry(AllowEntryReader entry) {
    allowList.remove(entry);
    redecide();
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addGrant(PartnerGrantReader entry) {
    grants.add(entry);
    changed();
  }

  void removeGrant(PartnerGrantReader entry) {
    grants.remove(entry);
    unheld.remove(entry);
    changed();
  }

  /**
   * Tells which grants the database holds, after this node was reconciled with it; only grant
   * configurations that match one of them count from now on.
   */
  public void grantsHeld(Collection<Map<String, Object>> grants) {
    HeldGrants database = HeldGrants.of(grants);
    boolean moved = !database.sameAs(held);
    held = database;
    for (PartnerGrantReader entry : this.grants) {
      database
          .mismatch(entry)
          .filter(why -> !why.equals(unheld.put(entry, why)))
          .ifPresent(
              why ->
                  LOG.info("Grant configuration {} does not count: {}", entry.grant().pid(), why));
    }
    if (moved) {
      changed();
    }
  }

  /**
   * Tells which dev-loop allow-list entries the database holds, after this node was reconciled with
   * it; a dev entry counts only when it is one of them and the platform runs in demo mode.
   */
  public void devEntriesHeld(Set<DevEntry> entries) {
    Set<DevEntry> now = Set.copyOf(entries);
    if (!now.equals(heldDev)) {
      heldDev = now;
      redecide();
    }
  }

  @Override
  public Optional<PartnerGrant> grantFor(Bundle bundle) {
    Tracked known = tracked.get(bundle.getBundleId());
    if (known == null || !known.verdict().allowed() || known.bundle() != bundle) {
      return Optional.empty();
    }
    return GrantRules.grantFor(known.verdict().declaration().orElseThrow(), grantList());
  }

  /**
   * The reach of an installed, trusted bundle with the channel's symbolic name and version, when
   * its partner is granted. Asked on every access decision, so a revoked grant or a bundle taken
   * off the allow-list stops at once.
   */
  @Override
  public Optional<PartnerReach> reachOf(Channel.PartnerBundle channel) {
    for (Tracked known : tracked.values()) {
      Bundle bundle = known.bundle();
      if (known.verdict().allowed()
          && bundle.getState() != Bundle.UNINSTALLED
          && channel.symbolicName().equals(known.verdict().symbolicName())
          && channel.version().equals(known.verdict().version())) {
        return GrantRules.grantFor(known.verdict().declaration().orElseThrow(), grantList())
            .map(PartnerGrant::reach);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Bundle> partnerBundles() {
    return tracked.values().stream().map(Tracked::bundle).toList();
  }

  @Override
  public void watch(Runnable onChange) {
    watchers.add(onChange);
  }

  @Override
  public void unwatch(Runnable onChange) {
    watchers.remove(onChange);
  }

  /** The decisions about every bundle that carries the header, by symbolic name. */
  public List<TrustVerdict> verdicts() {
    return tracked.values().stream()
        .map(Tracked::verdict)
        .sorted(Comparator.comparing(TrustVerdict::symbolicName))
        .toList();
  }

  /** The digest of a bundle's installed content, as the resolver hook computes it. */
  public JarDigest digestOf(Bundle bundle) {
    return JarDigest.of(bundleTrust, bundle);
  }

  /** Every bundle that carries the header and the decision about it; for the operator. */
  public List<TrackedBundle> bundles() {
    return tracked.values().stream()
        .map(t -> new TrackedBundle(t.bundle(), t.verdict()))
        .sorted(Comparator.comparing(t -> t.verdict().symbolicName()))
        .toList();
  }

  /** The grant configurations that count, invalid ones included; for the operator. */
  public List<Configured<PartnerGrant>> configuredGrants() {
    return grantList();
  }

  @Override
  public List<String> alerts() {
    List<String> alerts = new ArrayList<>();
    List<PartnerDeclaration> trusted = new ArrayList<>();
    for (TrustVerdict verdict : verdicts()) {
      if (verdict.allowed()) {
        verdict.declaration().ifPresent(trusted::add);
      } else {
        alerts.add(verdict.alert());
      }
    }
    for (AllowEntryReader entry : allowList) {
      if (entry.entry().value().isEmpty()) {
        alerts.add(
            "partner allow-list entry "
                + entry.entry().pid()
                + " is invalid: "
                + entry.entry().problem());
      }
    }
    alerts.addAll(GrantRules.alerts(trusted, grantList()));
    return List.copyOf(alerts);
  }

  private List<Configured<PartnerGrant>> grantList() {
    HeldGrants database = held;
    return grants.stream().filter(database::holds).map(PartnerGrantReader::grant).toList();
  }

  private List<AllowEntry> allowEntries() {
    return TrustRules.counted(
        allowList.stream().flatMap(e -> e.entry().value().stream()).toList(), demo, heldDev);
  }

  /** Decides a bundle again, reading its jar only when it changed. */
  private synchronized void decide(Bundle bundle, String header) {
    Tracked before = tracked.get(bundle.getBundleId());
    long modified = bundle.getLastModified();
    JarDigest digest =
        before != null && before.lastModified() == modified && before.bundle() == bundle
            ? before.digest()
            : JarDigest.of(bundleTrust, bundle);
    TrustVerdict verdict =
        TrustRules.decide(
            bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName(),
            bundle.getVersion(),
            header,
            digest,
            allowEntries());
    tracked.put(bundle.getBundleId(), new Tracked(bundle, header, modified, digest, verdict));
    report(before == null ? null : before.verdict(), verdict);
  }

  /**
   * Decides every tracked bundle again, after the allow-list changed. Under the same lock as {@link
   * #decide}: a bundle being decided on the framework's thread at the same moment is either decided
   * before this (and decided again here, with the new list) or after it (and reads the new list),
   * never decided with the old list and missed here.
   */
  private void redecide() {
    synchronized (this) {
      if (tracker != null) {
        for (Tracked known : List.copyOf(tracked.values())) {
          decide(known.bundle(), known.header());
        }
      }
    }
    changed();
  }

  /** Stops tracking a bundle, under the lock of {@link #decide} so no decision puts it back. */
  private synchronized void forget(Bundle bundle) {
    tracked.remove(bundle.getBundleId());
  }

  /** Logs and audits a decision when it differs from the one before. */
  private void report(TrustVerdict before, TrustVerdict now) {
    if (before != null
        && before.allowed() == now.allowed()
        && before.reason().equals(now.reason())
        && before.version().equals(now.version())) {
      return;
    }
    if (now.allowed()) {
      LOG.info("Partner bundle {} {} is on the allow-list", now.symbolicName(), now.version());
      audit.write(now.symbolicName(), now.version(), Outcome.ALLOWED, "trusted");
    } else {
      LOG.warn("Partner bundle {} {} refused: {}", now.symbolicName(), now.version(), now.reason());
      audit.write(now.symbolicName(), now.version(), Outcome.DENIED, "refused: " + now.reason());
    }
  }

  private void changed() {
    for (Runnable watcher : watchers) {
      try {
        watcher.run();
      } catch (RuntimeException e) {
        LOG.error("A change of partner grants could not be applied", e);
      }
    }
  }

  private void lifecycle(Bundle bundle, BundleEvent event) {
    String what =
        switch (event.getType()) {
          case BundleEvent.INSTALLED -> "installed";
          case BundleEvent.STARTED -> "started";
          case BundleEvent.STOPPED -> "stopped";
          case BundleEvent.UPDATED -> "updated";
          case BundleEvent.UNINSTALLED -> "uninstalled";
          default -> null;
        };
    if (what != null) {
      String name = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
      audit.write(name, bundle.getVersion().toString(), Outcome.ALLOWED, what);
    }
  }

  private final class Customizer implements BundleTrackerCustomizer<Bundle> {

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
      String header = bundle.getHeaders("").get(PartnerHeader.NAME);
      if (header == null) {
        return null;
      }
      if (event != null) {
        lifecycle(bundle, event);
      }
      decide(bundle, header);
      changed();
      return bundle;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
      if (event == null) {
        return;
      }
      lifecycle(bundle, event);
      if (event.getType() == BundleEvent.RESOLVED || event.getType() == BundleEvent.STARTED) {
        // Whoever hands out contexts or listens may wait for the bundle to be ready.
        changed();
      }
      if (event.getType() == BundleEvent.UPDATED) {
        String header = bundle.getHeaders("").get(PartnerHeader.NAME);
        if (header == null) {
          forget(bundle);
        } else {
          decide(bundle, header);
        }
        changed();
      }
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
      if (event != null) {
        lifecycle(bundle, event);
      }
      forget(bundle);
      changed();
    }
  }
}
