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

  /** The same page with its module at another path (the shell's versioned one). */
  CorePage withModule(String path) {
    return new CorePage(id, titles, slot, path, element, roles, purpose, order);
  }

  /** A page in the main navigation, module and element named after it under /ui/pages/. */
  static CorePage nav(
      String id, String nl, String en, String file, String element, int order, Role... roles) {
    return new CorePage(
        id,
        Map.of("nl", nl, "en", en),
        UiSlot.NAV,
        "/ui/pages/" + file,
        element,
        Set.of(roles),
        Optional.empty(),
        order);
  }
}
