package nl.steunpunt.core.internal.partner;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.trajectory.TrajectoryService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/**
 * Which services a bundle sees (service registry hooks). A bundle that declares a partner does not
 * see the staff services: it reaches the case services only through its {@code PartnerContext}, on
 * its own channel. A partner context registered for one bundle is seen by that bundle alone.
 *
 * <p>OSGi is not a sandbox, so this is least privilege and not a wall: the allow-list is the trust
 * boundary. It keeps an honest partner from calling a staff service with its user's full rights.
 */
final class PartnerVisibility implements FindHook, EventListenerHook {

  /** The service property naming the bundle a partner context was registered for. */
  static final String FOR_BUNDLE = "steunpunt.partner.bundle";

  /** The services a partner bundle does not see. */
  static final Set<String> STAFF_SERVICES =
      Set.of(
          FamilyService.class.getName(),
          TrajectoryService.class.getName(),
          ReportService.class.getName(),
          EvaluationService.class.getName(),
          AccessService.class.getName(),
          AuditService.class.getName(),
          Authenticator.class.getName(),
          PartnerAdministration.class.getName());

  private record Seen(long lastModified, boolean partner) {}

  private final Map<Long, Seen> partners = new ConcurrentHashMap<>();

  @Override
  public void find(
      BundleContext context,
      String name,
      String filter,
      boolean allServices,
      Collection<ServiceReference<?>> references) {
    if (context == null) {
      return;
    }
    Bundle viewer = context.getBundle();
    references.removeIf(reference -> hidden(viewer, reference));
  }

  @Override
  public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
    ServiceReference<?> reference = event.getServiceReference();
    listeners.keySet().removeIf(context -> hidden(context.getBundle(), reference));
  }

  /** Whether the viewer must not see the service. */
  boolean hidden(Bundle viewer, ServiceReference<?> reference) {
    if (viewer == null || viewer.getBundleId() == 0) {
      return false;
    }
    Object owner = reference.getProperty(FOR_BUNDLE);
    if (owner != null) {
      return !(owner instanceof Long id && id == viewer.getBundleId());
    }
    if (!declaresPartner(viewer)) {
      return false;
    }
    if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
      for (String type : classes) {
        if (STAFF_SERVICES.contains(type)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean declaresPartner(Bundle bundle) {
    long modified = bundle.getLastModified();
    Seen seen = partners.get(bundle.getBundleId());
    if (seen == null || seen.lastModified() != modified) {
      seen = new Seen(modified, bundle.getHeaders("").get(PartnerHeader.NAME) != null);
      partners.put(bundle.getBundleId(), seen);
    }
    return seen.partner();
  }

  /** Forgets a bundle that is gone. */
  void forget(long bundleId) {
    partners.remove(bundleId);
  }
}
