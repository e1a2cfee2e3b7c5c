package nl.steunpunt.trust.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.steunpunt.trust.BundleTrust;
import org.osgi.annotation.bundle.Capability;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.service.cm.ConfigurationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the trust boundary. A {@link BundleActivator}, the one exception to "Declarative Services
 * only": the resolver hook must be registered before any bundle that is not the platform's own can
 * resolve, so this bundle starts at start level 12 (after Configuration Admin, before the features
 * service and long before {@code deploy/}), when SCR is not running yet.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
// The service the core's components require, declared for the features resolver.
@Capability(
    namespace = "osgi.service",
    attribute = "objectClass:List<String>=\"nl.steunpunt.trust.BundleTrust\"",
    uses = BundleTrust.class)
public final class TrustActivator implements BundleActivator {

  static final String PLATFORM_PROPERTY = "steunpunt.trust.platform";
  static final String PLATFORM_FILE = "nl.steunpunt.trust.platform";

  private static final Logger LOG = LoggerFactory.getLogger(TrustActivator.class);

  private Trust trust;
  private AllowListSource allowList;

  @Override
  public void start(BundleContext context) {
    PlatformList platform = platform(context);
    Harness harness = Harness.parse(context.getProperty(Harness.PROPERTY));
    allowList = new AllowListSource(context);
    boolean demo = demo(context);
    trust = new Trust(context, storage(context), platform, harness, allowList::read, demo);
    // First the hooks: from here on nothing resolves, and no class is defined, that may not.
    context.registerService(ResolverHookFactory.class, new TrustHook(trust), null);
    // Decided once before the gate opens, so its own classes are loaded and no class of this
    // bundle is ever defined inside the gate's own check.
    trust.mayRun(context.getBundle());
    context.registerService(WeavingHook.class, new ClassGate(trust, context.getBundle()), null);
    // Before the store starts: its services are never seen outside the platform.
    context.registerService(
        new String[] {FindHook.class.getName(), EventListenerHook.class.getName()},
        new StoreServices(trust::platform),
        null);
    allowList.open();
    ConfigurationListener allowListChanged =
        event -> {
          if (AllowEntry.FACTORY_PID.equals(event.getFactoryPid())) {
            trust.schedule();
          }
        };
    context.registerService(ConfigurationListener.class, allowListChanged, null);
    BundleListener bundleChanged = trust::bundleChanged;
    context.addBundleListener(bundleChanged);
    context.registerService(BundleTrust.class, trust, null);
    if (!harness.globs().isEmpty()) {
      LOG.warn(
          "TEST HARNESS: bundles named {} are treated as platform ({}); never in production",
          harness.globs(),
          Harness.PROPERTY);
    }
    LOG.info(
        "Trust boundary active: {} platform bundles{}",
        trust.platformSize(),
        demo ? "; demo mode: dev-loop entries and the demo bundle count" : "");
    // Catch up with what resolved before the hook was there.
    trust.schedule();
  }

  @Override
  public void stop(BundleContext context) {
    trust.close();
    allowList.close();
  }

  /**
   * Demo mode, read here as the core reads it ({@code STEUNPUNT_DEMO=true} or {@code
   * steunpunt.demo=true}, never by default): dev-loop entries count only then, whatever the core
   * confirms, and a demo bundle the platform ships resolves only then.
   */
  static boolean demo(BundleContext context) {
    return "true".equalsIgnoreCase(System.getenv("STEUNPUNT_DEMO"))
        || "true".equalsIgnoreCase(context.getProperty("steunpunt.demo"));
  }

  /** The platform list; an empty one (nothing but the system bundle runs) when it is missing. */
  private static PlatformList platform(BundleContext context) {
    String configured = context.getProperty(PLATFORM_PROPERTY);
    String etc = context.getProperty("karaf.etc");
    Path file =
        configured != null
            ? Path.of(configured)
            : Path.of(etc == null ? "etc" : etc).resolve(PLATFORM_FILE);
    try {
      return PlatformList.read(file);
    } catch (IOException e) {
      LOG.error(
          "No platform list ({}): only the allow-list's bundles may resolve: {}",
          file,
          e.toString());
      return PlatformList.empty();
    }
  }

  /** The framework's storage folder: the parent of this bundle's own archive folder. */
  private static Optional<Path> storage(BundleContext context) {
    File data = context.getDataFile("");
    if (data == null) {
      LOG.error("The framework keeps no files: no installed content can be checked");
      return Optional.empty();
    }
    return Optional.ofNullable(data.getAbsoluteFile().getParentFile())
        .map(File::getParentFile)
        .map(File::toPath);
  }
}
