package nl.steunpunt.core.internal.partner.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.partner.TrajectoryListener;
import nl.steunpunt.core.internal.partner.grants.BundleGrants;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.platform.NodeName;
import nl.steunpunt.store.Meters;
import nl.steunpunt.store.Store;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TrajectoryListener} whiteboard: a listener is delivered to when its bundle acts for a
 * partner ({@link BundleGrants}); delivery stops when the listener goes, or its bundle loses its
 * trust or grant, and resumes from the partner's cursor when it is back. Without a {@code
 * BundleGrants} service, nobody is delivered to.
 */
@Component(
    service = ListenerWhiteboard.class,
    immediate = true,
    configurationPid = "nl.steunpunt.partners.delivery")
@Designate(ocd = DeliveryConfig.class)
public final class ListenerWhiteboard {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerWhiteboard.class);

  private final DeliveryEngine deliveries;
  private final DeliveryMeters meters;
  private final AutoCloseable scrapes;
  private final Map<ServiceReference<TrajectoryListener>, TrajectoryListener> listeners =
      new ConcurrentHashMap<>();
  private final Map<ServiceReference<TrajectoryListener>, String> delivering =
      new ConcurrentHashMap<>();
  private volatile BundleGrants grants;
  private volatile boolean active;
  private final Runnable onChange = this::refresh;

  @Activate
  public ListenerWhiteboard(
      @Reference Store store, @Reference Meters meters, DeliveryConfig config) {
    this.meters = new DeliveryMeters(meters.registry(), this::status);
    this.deliveries =
        new DeliveryEngine(
            store,
            NodeName.unique(config.node()),
            Clock.systemUTC(),
            settings(config),
            this.meters);
    this.scrapes = meters.beforeScrape(this.meters::refresh);
    // Dynamic references are bound after the constructor; each bind refreshes.
    this.active = true;
  }

  static DeliverySettings settings(DeliveryConfig config) {
    return new DeliverySettings(
        Math.max(1, config.batch()),
        Duration.ofMillis(Math.max(10, config.pollMillis())),
        Duration.ofSeconds(Math.max(1, config.firstRetrySeconds())),
        Duration.ofSeconds(Math.max(1, config.maxRetrySeconds())),
        Duration.ofSeconds(Math.max(5, config.leaseSeconds())),
        DeliverySettings.defaults().gapWait());
  }

  @Deactivate
  void deactivate() throws Exception {
    active = false;
    deliveries.close();
    scrapes.close();
    meters.close();
  }

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void setGrants(BundleGrants grants) {
    this.grants = grants;
    grants.watch(onChange);
    refresh();
  }

  void unsetGrants(BundleGrants grants) {
    grants.unwatch(onChange);
    if (this.grants == grants) {
      this.grants = null;
      refresh();
    }
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addListener(TrajectoryListener listener, ServiceReference<TrajectoryListener> reference) {
    listeners.put(reference, listener);
    refresh();
  }

  void removeListener(TrajectoryListener listener, ServiceReference<TrajectoryListener> reference) {
    listeners.remove(reference);
    String partnerId = delivering.remove(reference);
    if (partnerId != null) {
      deliveries.stop(partnerId);
    }
  }

  /** Where delivery stands per partner; for the console and health (later slices). */
  public List<DeliveryStatus> status() {
    return deliveries.status();
  }

  /** Whether this node delivers to the partner now. */
  public boolean delivering(String partnerId) {
    return deliveries.running(partnerId);
  }

  /** Starts what may run and stops what no longer may, after any change. */
  private synchronized void refresh() {
    if (!active) {
      return;
    }
    BundleGrants current = grants;
    for (var entry : Map.copyOf(delivering).entrySet()) {
      Optional<PartnerGrant> grant =
          current == null ? Optional.empty() : current.grantFor(entry.getKey().getBundle());
      if (grant.isEmpty() || !grant.get().partnerId().equals(entry.getValue())) {
        delivering.remove(entry.getKey());
        deliveries.stop(entry.getValue());
      }
    }
    if (current == null) {
      return;
    }
    for (var entry : listeners.entrySet()) {
      if (delivering.containsKey(entry.getKey()) || entry.getKey().getBundle() == null) {
        continue;
      }
      Optional<PartnerGrant> grant = current.grantFor(entry.getKey().getBundle());
      if (grant.isEmpty()) {
        continue;
      }
      Bundle bundle = entry.getKey().getBundle();
      Channel.PartnerBundle channel =
          new Channel.PartnerBundle(
              String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString());
      if (deliveries.start(grant.get(), channel, entry.getValue())) {
        delivering.put(entry.getKey(), grant.get().partnerId());
      } else {
        LOG.warn(
            "Partner {} already has a listener; another one from bundle {} is ignored",
            grant.get().partnerId(),
            entry.getKey().getBundle().getSymbolicName());
      }
    }
  }
}
