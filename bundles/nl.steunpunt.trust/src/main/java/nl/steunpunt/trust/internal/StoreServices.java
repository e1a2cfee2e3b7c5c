package nl.steunpunt.trust.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * Hides every service registered under a type of the store contract ({@code nl.steunpunt.store} and
 * below: {@code Store}, {@code StoreBackup}, {@code Meters}, …) from bundles that are not the
 * platform's own, whoever registered it. Here rather than only in the core's visibility hooks
 * because this bundle starts before the store does and stays when the core stops, so there is no
 * moment in which a partner can find the store.
 *
 * <p>A lookup through a platform bundle's context (the core's, say) is answered as for a bundle
 * outside the platform when such a bundle's code is on the stack. The system bundle's context is
 * beyond any hook (the framework calls none for it); there the wall is the resolver hook: a bundle
 * outside the platform is never wired to the package, so it cannot load the types it would need to
 * call the store ({@link PlatformOnly}).
 */
final class StoreServices implements FindHook, EventListenerHook {

  /** The store contract's package. */
  static final String PACKAGE = "nl.steunpunt.store";

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private final Predicate<Bundle> platform;
  private final Function<Class<?>, Bundle> bundleOf;

  StoreServices(Predicate<Bundle> platform) {
    this(platform, FrameworkUtil::getBundle);
  }

  /** For tests: with another way to tell which bundle a class on the stack comes from. */
  StoreServices(Predicate<Bundle> platform, Function<Class<?>, Bundle> bundleOf) {
    this.platform = platform;
    this.bundleOf = bundleOf;
  }

  @Override
  public void find(
      BundleContext context,
      String name,
      String filter,
      boolean allServices,
      Collection<ServiceReference<?>> references) {
    if (context == null || references.stream().noneMatch(StoreServices::store)) {
      return;
    }
    if (!platform.test(context.getBundle()) || outsiderOnStack()) {
      references.removeIf(StoreServices::store);
    }
  }

  @Override
  public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
    if (store(event.getServiceReference())) {
      // Delivered on the registering thread: only the listener's bundle counts.
      listeners.keySet().removeIf(context -> !platform.test(context.getBundle()));
    }
  }

  /** Whether the service is registered under a type of the store contract. */
  static boolean store(ServiceReference<?> reference) {
    if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] types) {
      for (String type : types) {
        int dot = type.lastIndexOf('.');
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        if (pkg.equals(PACKAGE) || pkg.startsWith(PACKAGE + ".")) {
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
                  return bundle != null && !platform.test(bundle);
                }));
  }
}
