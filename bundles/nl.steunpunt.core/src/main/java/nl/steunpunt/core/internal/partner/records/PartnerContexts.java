package nl.steunpunt.core.internal.partner.records;

import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.platform.TrustedBundles;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.partner.grants.BundleGrants;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.partner.trust.PartnerVisibility;
import nl.steunpunt.trust.BundleTrust;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each trusted and granted partner bundle its own {@link PartnerContext}: one registration
 * per bundle, seen by that bundle alone ({@link PartnerVisibility}), made when the bundle becomes a
 * trusted partner and withdrawn when it stops being one (grant revoked, taken off the allow-list,
 * uninstalled). So a bundle that is not trusted finds no context, and its components simply wait; a
 * revoked partner's components stop at once.
 *
 * <p>The registration is a {@link ServiceFactory}: the context's channel is the bundle the
 * framework names as the caller, never one the caller chooses.
 */
@Component(
    service = {},
    immediate = true)
public final class PartnerContexts {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerContexts.class);

  private final BundleContext context;
  private final Cases cases;
  private final BundleGrants grants;
  private final Map<Class<?>, Object> platform;
  private final PartnerVisibility visibility;
  private final Map<Long, ServiceRegistration<PartnerContext>> registered =
      new ConcurrentHashMap<>();

  /** How often the registrations are checked against trust and grants without being told. */
  static final long RECHECK_SECONDS = 2;

  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "steunpunt-partner-contexts"));
  private final Runnable onChange = this::requestSync;
  private final ServiceRegistration<?> hooks;

  @Activate
  public PartnerContexts(
      BundleContext context,
      @Reference Cases cases,
      @Reference BundleGrants grants,
      @Reference FamilyService families,
      @Reference TrajectoryService trajectories,
      @Reference ReportService reports,
      @Reference EvaluationService evaluation,
      @Reference BundleTrust trust,
      @Reference TrustedBundles trusted) {
    this.context = context;
    this.visibility =
        new PartnerVisibility(
            trust::platform, (bundle, what) -> trusted.refused(bundle.getBundleId(), what));
    this.cases = cases;
    this.grants = grants;
    this.platform =
        Map.of(
            FamilyService.class, families,
            TrajectoryService.class, trajectories,
            ReportService.class, reports,
            EvaluationService.class, evaluation);
    this.hooks =
        context.registerService(
            new String[] {FindHook.class.getName(), EventListenerHook.class.getName()},
            visibility,
            null);
    grants.watch(onChange);
    requestSync();
    // Changes are told (watch), but not every change of a bundle's state is: check again now and
    // then, so a context is never missing for long.
    worker.scheduleWithFixedDelay(this::sync, RECHECK_SECONDS, RECHECK_SECONDS, TimeUnit.SECONDS);
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    grants.unwatch(onChange);
    worker.shutdown();
    worker.awaitTermination(10, TimeUnit.SECONDS);
    registered.values().forEach(PartnerContexts::unregister);
    registered.clear();
    hooks.unregister();
  }

  private void requestSync() {
    try {
      worker.execute(this::sync);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Deactivating: the registrations are being withdrawn anyway.
    }
  }

  /** Registers a context for each bundle that may have one, and withdraws the others. */
  private void sync() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.error("Partner contexts could not be brought up to date; trying again", e);
    }
  }

  private void reconcile() {
    Set<Long> wanted = new HashSet<>();
    for (Bundle bundle : grants.partnerBundles()) {
      // From installation on: the bundle's state changes are not all told, and a registration
      // is harmless until the bundle asks for it.
      if (bundle.getState() != Bundle.UNINSTALLED && grants.grantFor(bundle).isPresent()) {
        wanted.add(bundle.getBundleId());
      }
    }
    for (Long id : Set.copyOf(registered.keySet())) {
      if (!wanted.contains(id)) {
        unregister(registered.remove(id));
        LOG.info("Partner context withdrawn from bundle {}", id);
      }
    }
    for (Long id : wanted) {
      if (!registered.containsKey(id)) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PartnerVisibility.FOR_BUNDLE, id);
        registered.put(
            id, context.registerService(PartnerContext.class, new Factory(id), properties));
        LOG.info("Partner context registered for bundle {}", id);
      }
    }
  }

  private static void unregister(ServiceRegistration<PartnerContext> registration) {
    try {
      registration.unregister();
    } catch (IllegalStateException e) {
      // Already gone with the framework.
    }
  }

  /** Hands the context to its own bundle only, and only while it is a trusted partner. */
  private final class Factory implements ServiceFactory<PartnerContext> {

    private final long owner;

    Factory(long owner) {
      this.owner = owner;
    }

    @Override
    public PartnerContext getService(
        Bundle bundle, ServiceRegistration<PartnerContext> registration) {
      if (bundle.getBundleId() != owner) {
        return null;
      }
      Optional<PartnerGrant> grant = grants.grantFor(bundle);
      if (grant.isEmpty()) {
        return null;
      }
      Channel.PartnerBundle channel =
          new Channel.PartnerBundle(
              String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString());
      return new PartnerRecordContext(
          cases, grant.get(), () -> grants.grantFor(bundle), channel, platform::get);
    }

    @Override
    public void ungetService(
        Bundle bundle, ServiceRegistration<PartnerContext> registration, PartnerContext service) {
      if (service instanceof PartnerRecordContext context) {
        context.release();
      }
    }
  }
}
