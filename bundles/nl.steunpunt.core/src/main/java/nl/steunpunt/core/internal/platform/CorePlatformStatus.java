package nl.steunpunt.core.internal.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.platform.Readiness;
import nl.steunpunt.store.Store;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Reports version and readiness from the framework's own view of the core bundles, and the alerts
 * of the core's {@link PlatformAlerts} (which never affect readiness).
 */
@Component(configurationPid = "nl.steunpunt.platform")
@Designate(ocd = CorePlatformStatus.Config.class)
public final class CorePlatformStatus implements PlatformStatus {

  /** Demo mode's data and users, installed from the demo KAR (its feature steunpunt-demo). */
  static final String DEMO_BUNDLE = "nl.steunpunt.demo";

  /** How long a worked-out readiness is believed without any framework event. */
  static final Duration MAX_AGE = Duration.ofSeconds(5);

  @ObjectClassDefinition(name = "Steunpunt platform status")
  @interface Config {
    @AttributeDefinition(
        description =
            "Symbolic names of the bundles that must be active for the platform to be" + " ready.")
    String[] coreBundles() default {
      "nl.steunpunt.api",
      "nl.steunpunt.store",
      "nl.steunpunt.store",
      "nl.steunpunt.core",
      "nl.steunpunt.web",
      "nl.steunpunt.console"
    };
  }

  private final BundleContext context;
  private final ServiceComponentRuntime runtime;
  private final ReadinessCheck check;
  private final boolean demo;
  private final Store store;
  private final ReadinessCache cache;
  private final BundleListener bundles;
  private final ServiceListener services;

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile List<PlatformAlerts> alertSources = List.of();

  @Activate
  public CorePlatformStatus(
      BundleContext context,
      @Reference ServiceComponentRuntime runtime,
      @Reference Store store,
      Config config) {
    this.context = context;
    this.runtime = runtime;
    this.store = store;
    this.demo = DemoMode.fromEnvironment().enabled();
    this.check = new ReadinessCheck(readyWith(config.coreBundles(), demo));
    this.cache = new ReadinessCache(this::frameworkReadiness, Clock.systemUTC(), MAX_AGE);
    this.bundles = event -> cache.invalidate();
    this.services = event -> cache.invalidate();
    context.addBundleListener(bundles);
    context.addServiceListener(services);
  }

  /**
   * The bundles that must be active for the platform to be ready: the core bundles, and in demo
   * mode the demo bundle too (its own feature), so that a ready demo has its users and families.
   */
  static List<String> readyWith(String[] coreBundles, boolean demo) {
    List<String> bundles = new java.util.ArrayList<>(Arrays.asList(coreBundles));
    if (demo && !bundles.contains(DEMO_BUNDLE)) {
      bundles.add(DEMO_BUNDLE);
    }
    return bundles;
  }

  @Deactivate
  void deactivate() {
    try {
      context.removeBundleListener(bundles);
      context.removeServiceListener(services);
    } catch (IllegalStateException stopping) {
      // The bundle is stopping; its listeners go with it.
    }
  }

  @Override
  public String version() {
    return context.getBundle().getVersion().toString();
  }

  @Override
  public boolean demoMode() {
    return demo;
  }

  @Override
  public List<String> alerts() {
    return alertSources.stream().flatMap(source -> source.alerts().stream()).sorted().toList();
  }

  /**
   * Ready when the framework says so (worked out on change: {@link ReadinessCache}) and the store
   * is open (a flag).
   */
  @Override
  public Readiness readiness() {
    Readiness framework = cache.get();
    if (store.ready()) {
      return framework;
    }
    // The store opens (connects, migrates the schema) while the other bundles start, or says why
    // it will not.
    List<String> waiting = new java.util.ArrayList<>(framework.waitingFor());
    waiting.add("store: " + store.describe());
    return Readiness.waitingFor(waiting);
  }

  private Readiness frameworkReadiness() {
    Map<String, Boolean> active = new HashMap<>();
    java.util.Set<String> declaring = new java.util.HashSet<>();
    for (Bundle bundle : context.getBundles()) {
      if (bundle.getSymbolicName() != null) {
        active.merge(
            bundle.getSymbolicName(), bundle.getState() == Bundle.ACTIVE, Boolean::logicalOr);
        if (bundle.getHeaders("").get("Service-Component") != null) {
          declaring.add(bundle.getSymbolicName());
        }
      }
    }
    List<ReadinessCheck.ComponentView> components =
        runtime.getComponentDescriptionDTOs().stream().map(this::view).toList();
    return check.evaluate(active, declaring, components);
  }

  private ReadinessCheck.ComponentView view(ComponentDescriptionDTO description) {
    List<ReadinessCheck.State> states =
        runtime.getComponentConfigurationDTOs(description).stream()
            .map(CorePlatformStatus::state)
            .toList();
    return new ReadinessCheck.ComponentView(
        description.bundle.symbolicName,
        description.name,
        runtime.isComponentEnabled(description),
        description.defaultEnabled,
        description.immediate,
        "require".equals(description.configurationPolicy),
        states);
  }

  private static ReadinessCheck.State state(ComponentConfigurationDTO configuration) {
    return switch (configuration.state) {
      case ComponentConfigurationDTO.ACTIVE -> ReadinessCheck.State.ACTIVE;
      case ComponentConfigurationDTO.SATISFIED -> ReadinessCheck.State.SATISFIED;
      case ComponentConfigurationDTO.FAILED_ACTIVATION -> ReadinessCheck.State.FAILED;
      case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> ReadinessCheck.State.UNCONFIGURED;
      default -> ReadinessCheck.State.UNSATISFIED;
    };
  }
}
