package nl.steunpunt.web.internal.ui;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;

/** One of the shell's own pages, a UI extension like any partner's. */
record CorePage(
    String id,
    Map<String, String> titles,
    UiSlot slot,
    String module,
    String element,
    Set<Role> roles,
    Optional<Purpose> purpose,
    int order)
    implements UiExtension {

  /** The shell's one module, built from ui/app.js and everything it imports (esbuild). */
  static final String BUNDLE = "app.bundle.js";

  /** The same page with its module at another path (the shell's versioned one). */
  CorePage withModule(String path) {
    return new CorePage(id, titles, slot, path, element, roles, purpose, order);
  }

  /**
   * A page in the main navigation. Its element is defined by the shell's bundle, {@link #BUNDLE},
   * which imports every page of the shell (their sources are under {@code ui/pages/}).
   */
  static CorePage nav(String id, String nl, String en, String element, int order, Role... roles) {
    return new CorePage(
        id,
        Map.of("nl", nl, "en", en),
        UiSlot.NAV,
        "/ui/" + BUNDLE,
        element,
        Set.of(roles),
        Optional.empty(),
        order);
  }
}
