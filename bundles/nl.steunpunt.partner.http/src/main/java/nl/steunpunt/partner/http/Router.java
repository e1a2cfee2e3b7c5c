package nl.steunpunt.partner.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the handler of a request by method and path below the partner's base path. Templates are
 * slash-separated segments; a segment in braces ({@code {familyId}}) matches any one non-empty
 * segment and is handed to the handler by name.
 *
 * @param <H> the type of handler
 */
public final class Router<H> {

  private record Route<H>(String method, String template, String[] segments, H handler) {}

  /** A handler found, with the path's parameters and the template, for the log. */
  public record Match<H>(H handler, String template, Map<String, String> parameters) {}

  private final List<Route<H>> routes = new ArrayList<>();

  /** Adds a route; the template has no leading slash, e.g. {@code families/{familyId}/meetings}. */
  public Router<H> add(String method, String template, H handler) {
    routes.add(new Route<>(method, template, split(template), handler));
    return this;
  }

  /**
   * Finds the route of a request.
   *
   * @param method the HTTP method
   * @param path the path below the base, with or without a leading slash; null for the base
   * @return the match
   * @throws ProblemException 404 when no route has the path, 405 when none has it for the method
   */
  public Match<H> route(String method, String path) {
    String[] segments = split(path == null ? "" : path);
    Set<String> allowed = new TreeSet<>();
    for (Route<H> route : routes) {
      Optional<Map<String, String>> parameters = match(route.segments(), segments);
      if (parameters.isPresent()) {
        if (route.method().equals(method)) {
          return new Match<>(route.handler(), route.template(), parameters.get());
        }
        allowed.add(route.method());
      }
    }
    if (allowed.isEmpty()) {
      throw new ProblemException(404, "Not Found", "There is no such resource.");
    }
    throw new ProblemException(
        405, "Method Not Allowed", "This resource allows " + String.join(", ", allowed) + ".");
  }

  private static Optional<Map<String, String>> match(String[] template, String[] path) {
    if (template.length != path.length) {
      return Optional.empty();
    }
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (path[i].isEmpty()) {
          return Optional.empty();
        }
        parameters.put(t.substring(1, t.length() - 1), path[i]);
      } else if (!t.equals(path[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  private static String[] split(String path) {
    String trimmed = path;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
