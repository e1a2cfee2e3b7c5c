package nl.steunpunt.core.internal.partner.trust;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.partner.PartnerContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/**
 * Which services a bundle sees (service registry hooks). No bundle outside the platform sees a
 * service the platform's own Steunpunt bundles register (the staff services, the store, the partner
 * administration, the web face's internals), except the few made for it: its own {@link
 * PartnerContext}, the {@link MunicipalityRegister}, and the {@code steunpunt} servlet context its
 * servlets select. A partner context registered for one bundle is seen by that bundle alone.
 *
 * <p>A bundle can look services up through another bundle's context, the system bundle's included
 * ({@code getBundle(0).getBundleContext()}). So a lookup of a hidden service through a platform
 * bundle's context is answered as for the first bundle outside the platform whose code is on the
 * stack. Nor does the HTTP Whiteboard see a web registration of a bundle outside the platform that
 * is not a servlet or resource under its own partner paths ({@link WebRegistrations}). This covers
 * lookups; a bundle that gets hold of a service object by other means still acts only for the
 * actors the platform issued to it ({@code Actors}), which is the wall; hiding is least privilege.
 * OSGi is not a sandbox: reflection inside an approved bundle is out of scope.
 */
public final class PartnerVisibility implements FindHook, EventListenerHook {

  /** The service property naming the bundle a partner context was registered for. */
  public static final String FOR_BUNDLE = "steunpunt.partner.bundle";

  /** The services of the platform's Steunpunt bundles that other bundles may see. */
  static final Set<String> SHOWN =
      Set.of(
          PartnerContext.class.getName(),
          MunicipalityRegister.class.getName(),
          "org.osgi.service.http.context.ServletContextHelper");

  /**
   * Services of the platform's other bundles (Felix, Karaf) through which a bundle could change
   * what the trust boundary decides or who may log in: the configurations (grants, the allow-list),
   * the features and the console, the components' runtime, the login realms. Hidden from bundles
   * outside the platform like the Steunpunt bundles' own.
   */
  static final Set<String> ADMINISTRATION =
      Set.of(
          "org.osgi.service.cm.ConfigurationAdmin",
          "org.apache.karaf.config.core.ConfigRepository",
          "org.apache.karaf.features.FeaturesService",
          "org.apache.karaf.shell.api.console.SessionFactory",
          "org.osgi.service.component.runtime.ServiceComponentRuntime",
          "org.apache.karaf.jaas.config.JaasRealm",
          "org.apache.karaf.jaas.modules.BackingEngineFactory",
          "org.apache.karaf.bundle.core.BundleService");

  private static final String OWN_PREFIX = "nl.steunpunt.";
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private final PlatformBundles platform;
  private final Function<Class<?>, Bundle> bundleOf;
  private final BiConsumer<Bundle, String> refused;

  /**
   * @param refused told when a bundle's web registration is kept off the web face, and why
   */
  public PartnerVisibility(PlatformBundles platform, BiConsumer<Bundle, String> refused) {
    this(platform, FrameworkUtil::getBundle, refused);
  }

  /** For tests: with another way to tell which bundle a class on the stack comes from. */
  public PartnerVisibility(
      PlatformBundles platform,
      Function<Class<?>, Bundle> bundleOf,
      BiConsumer<Bundle, String> refused) {
    this.platform = platform;
    this.bundleOf = bundleOf;
    this.refused = refused;
  }

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
    references.removeIf(reference -> hidden(viewer, reference, true));
  }

  @Override
  public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
    ServiceReference<?> reference = event.getServiceReference();
    listeners.keySet().removeIf(context -> hidden(context.getBundle(), reference, false));
  }

  /**
   * Whether the viewer must not see the service.
   *
   * @param lookup whether this is a lookup, answered for the code on the stack; a service event is
   *     delivered on the registering thread, so only the listener's bundle counts
   */
  boolean hidden(Bundle viewer, ServiceReference<?> reference, boolean lookup) {
    if (viewer == null) {
      return false;
    }
    Object owner = reference.getProperty(FOR_BUNDLE);
    if (owner != null) {
      return !(owner instanceof Long id && id == viewer.getBundleId());
    }
    if (offTheWebFace(viewer, reference)) {
      return true;
    }
    if (!platformOwn(reference) && !administration(reference)) {
      return false;
    }
    if (!platform.platform(viewer)) {
      return true;
    }
    return lookup && outsiderOnStack();
  }

  /**
   * Whether a web registration of a bundle outside the platform is kept from everyone but that
   * bundle ({@link WebRegistrations}), so the HTTP Whiteboard never serves it.
   */
  private boolean offTheWebFace(Bundle viewer, ServiceReference<?> reference) {
    Bundle registrant = reference.getBundle();
    // The platform's own first: a map lookup, where reading the properties makes an array.
    if (registrant == null
        || registrant.getBundleId() == viewer.getBundleId()
        || platform.platform(registrant)
        || !WebRegistrations.onWhiteboard(reference)) {
      return false;
    }
    Optional<String> refusal =
        WebRegistrations.refusal(reference, PartnerDeclaration.idOf(registrant));
    refusal.ifPresent(reason -> refused.accept(registrant, reason));
    return refusal.isPresent();
  }

  /** A service one of the platform's Steunpunt bundles registered and did not make for others. */
  private boolean platformOwn(ServiceReference<?> reference) {
    Bundle registrant = reference.getBundle();
    if (registrant == null
        || registrant.getSymbolicName() == null
        || !registrant.getSymbolicName().startsWith(OWN_PREFIX)
        || !platform.platform(registrant)) {
      return false;
    }
    if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
      for (String type : classes) {
        if (!SHOWN.contains(type)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** A service of the platform's administration ({@link #ADMINISTRATION}). */
  private boolean administration(ServiceReference<?> reference) {
    Bundle registrant = reference.getBundle();
    if (registrant == null || !platform.platform(registrant)) {
      return false;
    }
    if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
      for (String type : classes) {
        if (ADMINISTRATION.contains(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether code of a bundle outside the platform is on the stack of this lookup. */
  private boolean outsiderOnStack() {
    return WALKER.walk(
        frames ->
            frames.anyMatch(
                frame -> {
                  Bundle bundle = bundleOf.apply(frame.getDeclaringClass());
                  return bundle != null && !platform.platform(bundle);
                }));
  }
}
