package nl.steunpunt.web.internal.ui;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;

/** A partner's extension, as a test needs it; every part can be changed. */
record TestExtension(
    String id,
    Map<String, String> titles,
    UiSlot slot,
    String module,
    String element,
    Set<Role> roles,
    Optional<Purpose> purpose,
    int order)
    implements UiExtension {

  static TestExtension valid(String id) {
    return new TestExtension(
        id,
        Map.of("nl", "Gemeente", "en", "Municipality"),
        UiSlot.DASHBOARD,
        "/plugins/municipality/page.js",
        "gm-" + id,
        Set.of(),
        Optional.empty(),
        100);
  }

  TestExtension withModule(String module) {
    return new TestExtension(id, titles, slot, module, element, roles, purpose, order);
  }

  TestExtension withElement(String element) {
    return new TestExtension(id, titles, slot, module, element, roles, purpose, order);
  }

  TestExtension withTitles(Map<String, String> titles) {
    return new TestExtension(id, titles, slot, module, element, roles, purpose, order);
  }

  TestExtension withRoles(Role... roles) {
    return new TestExtension(id, titles, slot, module, element, Set.of(roles), purpose, order);
  }

  TestExtension withPurpose(Purpose purpose) {
    return new TestExtension(id, titles, slot, module, element, roles, Optional.of(purpose), order);
  }

  TestExtension in(UiSlot slot, int order) {
    return new TestExtension(id, titles, slot, module, element, roles, purpose, order);
  }
}
