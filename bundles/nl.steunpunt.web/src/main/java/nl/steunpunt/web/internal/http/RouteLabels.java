package nl.steunpunt.web.internal.http;

import java.util.Set;

/**
 * The route label of a request in the metrics: the template its {@link ApiRoutes} matched, one of
 * the web face's fixed paths, a prefix for the shell's files and the partners' paths, and {@link
 * #OTHER} for everything else. Never the path as sent: it would carry ids, and every unknown path
 * would be a label of its own.
 */
public final class RouteLabels {

  /** The label of every path the platform does not know. */
  public static final String OTHER = "other";

  private static final Set<String> FIXED =
      Set.of(
          "/health",
          "/login",
          "/login.js",
          "/logout",
          "/metrics",
          "/api/v1/me",
          "/api/v1/municipalities",
          "/api/v1/openapi.json",
          "/api/v1/ui/extensions",
          "/api/v1/ui/events");

  private RouteLabels() {}

  /**
   * The label of a request.
   *
   * @param routed the template a router matched, or null
   * @param path the decoded request path within the context
   */
  public static String of(Object routed, String path) {
    // A partner's servlet shares the request and could set the attribute: its paths are one label,
    // and only a template the platform's ApiRoutes made (a type no partner can make) is believed.
    if (path != null && path.startsWith("/api/v1/partners/")) {
      return "/api/v1/partners/*";
    }
    if (routed instanceof RouteTemplate route) {
      return route.template();
    }
    if (path == null) {
      return OTHER;
    }
    if (FIXED.contains(path)) {
      return path;
    }
    if (path.equals("/ui") || path.startsWith("/ui/")) {
      return "/ui/*";
    }
    if (path.startsWith("/api/v1/partners/")) {
      return "/api/v1/partners/*";
    }
    if (path.startsWith("/plugins/")) {
      return "/plugins/*";
    }
    return OTHER;
  }
}
