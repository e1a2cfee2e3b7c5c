package nl.steunpunt.web.internal.ui;

import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiSlot;

/**
 * A checked copy of one {@code UiExtension}, read once when its service appeared, with the bundle
 * that provides it.
 */
public record UiExtensionEntry(
    String id,
    String titleNl,
    String titleEn,
    UiSlot slot,
    String module,
    String element,
    Set<Role> roles,
    Optional<Purpose> purpose,
    int order,
    String bundle,
    String bundleVersion,
    long revision) {

  public UiExtensionEntry {
    roles = Set.copyOf(roles);
  }

  /** An entry of no particular revision of its bundle. */
  public UiExtensionEntry(
      String id,
      String titleNl,
      String titleEn,
      UiSlot slot,
      String module,
      String element,
      Set<Role> roles,
      Optional<Purpose> purpose,
      int order,
      String bundle,
      String bundleVersion) {
    this(
        id,
        titleNl,
        titleEn,
        slot,
        module,
        element,
        roles,
        purpose,
        order,
        bundle,
        bundleVersion,
        0);
  }

  /**
   * The same entry of this revision of its bundle (its last modification): a bundle updated with
   * the same version (a rebuilt SNAPSHOT in the dev loop) gives another, so the shell loads its
   * module again instead of keeping the old code.
   */
  public UiExtensionEntry ofRevision(long bundleRevision) {
    return new UiExtensionEntry(
        id,
        titleNl,
        titleEn,
        slot,
        module,
        element,
        roles,
        purpose,
        order,
        bundle,
        bundleVersion,
        bundleRevision);
  }

  /** Whether the actor may see it: one of its roles, and a role with its purpose, if any. */
  public boolean visibleTo(Actor actor) {
    boolean role =
        roles.isEmpty()
            ? !actor.roles().isEmpty()
            : actor.roles().stream().anyMatch(roles::contains);
    boolean serves =
        purpose.isEmpty() || actor.roles().stream().anyMatch(r -> r.purpose() == purpose.get());
    return role && serves;
  }

  /** The title in a language of the shell: {@code nl} or {@code en}. */
  public String title(String language) {
    return "en".equals(language) ? titleEn : titleNl;
  }
}
