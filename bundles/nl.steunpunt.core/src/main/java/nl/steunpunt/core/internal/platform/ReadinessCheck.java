package nl.steunpunt.core.internal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.steunpunt.api.platform.Readiness;

/**
 * Decides readiness from what the framework reports: every core bundle must be active, and every
 * component of those bundles that is enabled, or enabled by default, must have a configuration that
 * is satisfied or active.
 *
 * <p>A delayed component stays "satisfied" until first used; that counts as ready, because all it
 * needs is there.
 *
 * <p>A component enabled by default is not enabled yet while the components declared before it in
 * its bundle activate: Declarative Services enables a bundle's components one after the other, and
 * reports the later ones as disabled meanwhile. Skipping those let a demo answer "ready" between
 * its partners and its users, with no account written yet. So only a component disabled by default
 * is not waited for; a core component an operator disables ({@code scr:disable}) leaves the node
 * not ready, since it is then not whole.
 */
final class ReadinessCheck {

  /** One Declarative Services component as the runtime reports it. */
  record ComponentView(
      String bundle,
      String name,
      boolean enabled,
      boolean enabledByDefault,
      boolean immediate,
      boolean requiresConfiguration,
      List<State> states) {}

  /** The states of a component configuration that matter here. */
  enum State {
    SATISFIED,
    ACTIVE,
    UNSATISFIED,
    /** Waiting for a required configuration that does not exist. */
    UNCONFIGURED,
    FAILED
  }

  private final List<String> coreBundles;

  ReadinessCheck(List<String> coreBundles) {
    this.coreBundles = List.copyOf(coreBundles);
  }

  Readiness evaluate(Map<String, Boolean> bundleActive, List<ComponentView> components) {
    return evaluate(bundleActive, java.util.Set.of(), components);
  }

  /**
   * As above, where {@code declaringComponents} names the bundles whose manifest declares
   * components: such a bundle counts only once Declarative Services reports them. A bundle is
   * active a moment before the runtime has read its components, and in that moment it would
   * otherwise look ready with nothing to wait for (the demo bundle, which starts after the web
   * face, answered "ready" before its users existed).
   */
  Readiness evaluate(
      Map<String, Boolean> bundleActive,
      java.util.Set<String> declaringComponents,
      List<ComponentView> components) {
    List<String> waiting = new ArrayList<>();
    for (String bundle : coreBundles) {
      if (!bundleActive.getOrDefault(bundle, false)) {
        waiting.add("bundle " + bundle);
      } else if (declaringComponents.contains(bundle)
          && components.stream().noneMatch(c -> c.bundle().equals(bundle))) {
        waiting.add("components of bundle " + bundle);
      }
    }
    for (ComponentView component : components) {
      if (!coreBundles.contains(component.bundle())) {
        continue;
      }
      if (!component.enabled()) {
        if (component.enabledByDefault()) {
          waiting.add("component " + component.name() + " (not enabled)");
        }
        continue;
      }
      if (component.requiresConfiguration()
          && component.states().stream().allMatch(s -> s == State.UNCONFIGURED)) {
        // A component for each operator configuration (an allow-list entry, a grant): none
        // configured means none to wait for.
        continue;
      }
      boolean up =
          !component.states().isEmpty()
              && component.states().stream()
                  .allMatch(
                      s -> s == State.ACTIVE || (s == State.SATISFIED && !component.immediate()));
      if (!up) {
        waiting.add("component " + component.name());
      }
    }
    return Readiness.waitingFor(waiting);
  }
}
