package nl.steunpunt.core.internal.partner.trust;

import java.util.List;
import java.util.Optional;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * What a bundle outside the platform may put on the platform's web face (HTTP Whiteboard): only
 * servlets and resources in the {@code steunpunt} context, every pattern under its own paths {@code
 * /api/v1/partners/<partner id>/} or {@code /plugins/<partner id>/}. No filter, listener, error
 * page, preprocessor or servlet context of its own: those would see, change or take over every
 * request of the platform.
 */
final class WebRegistrations {

  static final String PREFIX = "osgi.http.whiteboard.";
  static final String STEUNPUNT_CONTEXT = "(osgi.http.whiteboard.context.name=steunpunt)";

  private static final List<String> PATTERNS =
      List.of(PREFIX + "servlet.pattern", PREFIX + "resource.pattern");
  private static final List<String> NEVER =
      List.of(
          PREFIX + "filter.pattern",
          PREFIX + "filter.regex",
          PREFIX + "filter.servlet",
          PREFIX + "listener",
          PREFIX + "servlet.errorPage",
          PREFIX + "context.name",
          PREFIX + "context.path",
          PREFIX + "preprocessor");

  private WebRegistrations() {}

  /** Whether the service is a registration on the HTTP Whiteboard. */
  static boolean onWhiteboard(ServiceReference<?> reference) {
    for (String key : reference.getPropertyKeys()) {
      if (key.startsWith(PREFIX)) {
        return true;
      }
    }
    return isA(reference, "org.osgi.service.http.context.ServletContextHelper")
        || isA(reference, "javax.servlet.Filter");
  }

  /** Why the registration may not go on the web face, or empty when it may. */
  static Optional<String> refusal(ServiceReference<?> reference, Optional<String> partnerId) {
    if (partnerId.isEmpty()) {
      return Optional.of("a web registration of a bundle that declares no partner");
    }
    for (String key : NEVER) {
      if (reference.getProperty(key) != null) {
        return Optional.of("a web registration with " + key + " (only servlets and resources)");
      }
    }
    if (isA(reference, "org.osgi.service.http.context.ServletContextHelper")
        || isA(reference, "javax.servlet.Filter")) {
      return Optional.of("a servlet context or filter (only servlets and resources)");
    }
    if (!STEUNPUNT_CONTEXT.equals(reference.getProperty(PREFIX + "context.select"))) {
      return Optional.of("a web registration outside the steunpunt context");
    }
    String id = partnerId.get();
    List<String> own = List.of("/api/v1/partners/" + id + "/", "/plugins/" + id + "/");
    boolean any = false;
    for (String key : PATTERNS) {
      for (String pattern : values(reference.getProperty(key))) {
        any = true;
        if (own.stream().noneMatch(pattern::startsWith)) {
          return Optional.of(
              "a web pattern outside /api/v1/partners/" + id + "/ and /plugins/" + id + "/");
        }
      }
    }
    return any ? Optional.empty() : Optional.of("a web registration without a pattern");
  }

  private static List<String> values(Object value) {
    if (value instanceof String text) {
      return List.of(text);
    }
    if (value instanceof String[] texts) {
      return List.of(texts);
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  private static boolean isA(ServiceReference<?> reference, String type) {
    return reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes
        && List.of(classes).contains(type);
  }
}
