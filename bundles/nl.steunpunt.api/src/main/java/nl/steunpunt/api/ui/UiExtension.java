package nl.steunpunt.api.ui;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One extension of the staff web UI, registered as an OSGi service by the bundle that provides it.
 * The platform reads every method once, when the service appears, and checks the answers; an
 * extension that breaks a rule below, or whose id is taken already, is ignored (with a warning in
 * the log that names the bundle and the reason). To change an extension, register it anew.
 *
 * <p>The bundle serves the module itself, for instance with an HTTP whiteboard resource or servlet
 * in the {@code steunpunt} servlet context, so that only logged-in staff can load it. The module
 * runs in the page of the shell under its Content-Security-Policy (no inline script or style).
 *
 * <p>Showing an extension grants nothing: whatever its module reads or writes goes through the REST
 * API and the platform's access policy.
 *
 * @since 0.1
 */
@ConsumerType
public interface UiExtension {

  /**
   * Returns the id of this extension, unique on the platform.
   *
   * @return 2 to 63 characters: a lowercase letter, then lowercase letters, digits and hyphens
   *     ({@code [a-z][a-z0-9-]{1,62}}), e.g. {@code municipality-overview}
   */
  String id();

  /**
   * Returns the title of this extension per language: the label in the navigation, the tab or the
   * card.
   *
   * @return language tag to title; must have a non-blank title for {@code nl} and for {@code en},
   *     each at most 100 characters; other languages are ignored for now
   */
  Map<String, String> titles();

  /**
   * Returns where the extension is placed.
   *
   * @return the slot, never null
   */
  UiSlot slot();

  /**
   * Returns the absolute, same-origin path of the ES module that defines the custom element, served
   * by the providing bundle.
   *
   * @return a path that starts with a single {@code /}, e.g. {@code /plugins/municipality/page.js};
   *     letters, digits and {@code . _ ~ - /} only, no empty, {@code .} or {@code ..} segments
   */
  String module();

  /**
   * Returns the tag name of the custom element the module defines.
   *
   * @return a valid custom element name: lowercase, starts with a letter, contains a hyphen, e.g.
   *     {@code sp-municipality-page}
   */
  String element();

  /**
   * Returns the roles whose users may see this extension.
   *
   * @return the roles; empty means every logged-in user with a Steunpunt role
   */
  Set<Role> roles();

  /**
   * Returns the purpose the extension serves, if it serves one: then only users with a role whose
   * {@linkplain Role#purpose() purpose} it is see it, in addition to {@link #roles()}.
   *
   * @return the purpose, or empty for none
   */
  Optional<Purpose> purpose();

  /**
   * Returns the place of this extension among those of the same slot: lower comes first, equal
   * orders are sorted by id. The platform's own pages use 10 to 80.
   *
   * @return the order; 100 unless overridden
   */
  default int order() {
    return 100;
  }
}
