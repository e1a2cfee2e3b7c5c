package nl.steunpunt.distribution.testui;

import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the browser tests' plugin bundle, which {@code TestUiBundle} packs at test time
 * and the operator installs over SSH: it adds a navigation page and a family tab for counsellors
 * (the same element), served from the bundle as a whiteboard resource in the {@code steunpunt}
 * context, exactly as a partner bundle would. (A plain activator, so that the bundle needs nothing
 * but the public API and the framework.)
 */
public final class TestUiActivator implements BundleActivator {

  static final String ID = "test-plugin-page";
  static final String TAB_ID = "test-plugin-tab";

  @Override
  public void start(BundleContext context) {
    Hashtable<String, Object> resource = new Hashtable<>();
    resource.put("osgi.http.whiteboard.resource.pattern", "/plugins/test-ui/*");
    resource.put("osgi.http.whiteboard.resource.prefix", "/web");
    resource.put(
        "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=steunpunt)");
    context.registerService(Object.class, new Object(), resource);
    context.registerService(UiExtension.class, new TestPage(ID, UiSlot.NAV), null);
    context.registerService(UiExtension.class, new TestPage(TAB_ID, UiSlot.FAMILY_TAB), null);
  }

  @Override
  public void stop(BundleContext context) {
    // The framework unregisters the services.
  }

  private static final class TestPage implements UiExtension {

    private final String id;
    private final UiSlot slot;

    TestPage(String id, UiSlot slot) {
      this.id = id;
      this.slot = slot;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Map<String, String> titles() {
      return Map.of("nl", "Testpagina", "en", "Test page");
    }

    @Override
    public UiSlot slot() {
      return slot;
    }

    @Override
    public String module() {
      return "/plugins/test-ui/page.js";
    }

    @Override
    public String element() {
      return "test-ui-plugin-page";
    }

    @Override
    public Set<Role> roles() {
      return Set.of(Role.COUNSELLOR);
    }

    @Override
    public Optional<Purpose> purpose() {
      return Optional.empty();
    }

    @Override
    public int order() {
      return 90;
    }
  }
}
