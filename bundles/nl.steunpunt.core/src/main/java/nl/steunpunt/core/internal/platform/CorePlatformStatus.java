package nl.steunpunt.core.internal.platform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.platform.Readiness;
import nl.steunpunt.core.internal.demo.DemoMode;
import nl.steunpunt.store.jdbc.Store;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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

  @ObjectClassDefinition(name = "Steunpunt platform status")
  @interface Config {
    @AttributeDefinition(
        description =
            "Symbolic names of the bundles that must be active for the platform to be" + " ready.")
    String[] coreBundles() default {
      "nl.steunpunt.api",
      "nl.steunpunt.store.jdbc",
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
    this.check = new ReadinessCheck(Arrays.asList(config.coreBundles()));
    this.demo = DemoMode.fromEnvironment().enabled();
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

  @Override
  public Readiness readiness() {
    Map<String, Boolean> active = new HashMap<>();
    for (Bundle bundle : context.getBundles()) {
      if (bundle.getSymbolicName() != null) {
        active.merge(
            bundle.getSymbolicName(), bundle.getState() == Bundle.ACTIVE, Boolean::logicalOr);
      }
    }
    List<ReadinessCheck.ComponentView> components =
        runtime.getComponentDescriptionDTOs().stream().map(this::view).toList();
    Readiness framework = check.evaluate(active, components);
    if (store.ready()) {
      return framework;
    }
    // The store opens (connects, migrates the schema) while the other bundles start.
    List<String> waiting = new java.util.ArrayList<>(framework.waitingFor());
    waiting.add("store: opening (connecting, migrating the schema)");
    return Readiness.waitingFor(waiting);
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
