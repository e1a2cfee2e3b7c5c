package nl.steunpunt.web.internal.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;

/**
 * The rules a {@link UiExtension} must keep (see its Javadoc). An extension is a partner's code:
 * every method is called once, here, and a method that fails counts as a broken rule.
 */
final class UiExtensionRules {

  static final int MAX_TITLE = 100;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
  private static final Pattern MODULE = Pattern.compile("/[A-Za-z0-9._~/-]{1,500}");
  // The HTML standard's PotentialCustomElementName, restricted to ASCII.
  private static final Pattern ELEMENT = Pattern.compile("[a-z][a-z0-9._]*-[a-z0-9._-]*");
  private static final Set<String> RESERVED_ELEMENTS =
      Set.of(
          "annotation-xml",
          "color-profile",
          "font-face",
          "font-face-src",
          "font-face-uri",
          "font-face-format",
          "font-face-name",
          "missing-glyph");

  /** Why an extension is refused. */
  static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;

    Broken(String reason) {
      super(reason, null, false, false);
    }
  }

  private UiExtensionRules() {}

  /**
   * Reads and checks an extension.
   *
   * @throws Broken naming the first rule it breaks
   */
  static UiExtensionEntry check(UiExtension extension, String bundle, String bundleVersion)
      throws Broken {
    try {
      return read(extension, bundle, bundleVersion);
    } catch (RuntimeException e) {
      throw new Broken("one of its methods threw " + e.getClass().getName());
    }
  }

  private static UiExtensionEntry read(UiExtension extension, String bundle, String bundleVersion)
      throws Broken {
    String id = extension.id();
    require(id != null && ID.matcher(id).matches(), "the id must match [a-z][a-z0-9-]{1,62}");
    Map<String, String> titles = extension.titles();
    require(titles != null, "titles() is null");
    String nl = title(titles, "nl");
    String en = title(titles, "en");
    UiSlot slot = extension.slot();
    require(slot != null, "slot() is null");
    String module = extension.module();
    require(
        module != null && MODULE.matcher(module).matches() && pathSegmentsAreSound(module),
        "the module must be an absolute same-origin path starting with a single /");
    String element = extension.element();
    require(
        element != null
            && ELEMENT.matcher(element).matches()
            && !RESERVED_ELEMENTS.contains(element),
        "the element must be a valid custom element name (lowercase, a letter first, a hyphen)");
    Set<Role> roles = extension.roles();
    // contains(null) would throw on an immutable set.
    require(
        roles != null && roles.stream().noneMatch(Objects::isNull),
        "roles() is null or holds null");
    Optional<Purpose> purpose = extension.purpose();
    require(purpose != null, "purpose() is null");
    return new UiExtensionEntry(
        id,
        nl,
        en,
        slot,
        module,
        element,
        roles,
        purpose,
        extension.order(),
        bundle,
        bundleVersion);
  }

  /**
   * Why a partner's extension lies outside its own prefix, or empty when it does not: the module
   * under {@code /plugins/<partner id>/} and the element name starting with {@code <partner id>-}.
   */
  static Optional<String> outsidePrefix(UiExtensionEntry entry, String partnerId) {
    String path = "/plugins/" + partnerId + "/";
    if (!entry.module().startsWith(path)) {
      return Optional.of("its module must lie under " + path);
    }
    if (!entry.element().startsWith(partnerId + "-")) {
      return Optional.of("its element name must start with " + partnerId + "-");
    }
    return Optional.empty();
  }

  private static String title(Map<String, String> titles, String language) throws Broken {
    String title = titles.get(language);
    require(
        title != null && !title.isBlank() && title.length() <= MAX_TITLE,
        "the title for '" + language + "' is missing, blank or longer than " + MAX_TITLE);
    return title.strip();
  }

  /** No empty, {@code .} or {@code ..} segment: {@code //host} and climbing out are refused. */
  private static boolean pathSegmentsAreSound(String path) {
    String[] segments = path.substring(1).split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static void require(boolean condition, String reason) throws Broken {
    if (!condition) {
      throw new Broken(reason);
    }
  }
}
