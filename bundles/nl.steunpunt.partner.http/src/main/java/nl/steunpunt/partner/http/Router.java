package nl.steunpunt.partner.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the handler of a request by method and path: the one router of the platform's REST API and
 * of every partner's endpoints. Templates are slash-separated segments; a segment in braces ({@code
 * {familyId}}) is a variable, handed to the handler by name. A path no route has is a 404 problem,
 * a path routes have for other methods a 405 problem that names them.
 *
 * <p>A partner's router ({@link #Router()}) is lenient: slashes around the path are ignored and a
 * variable matches any one non-empty segment. The platform's ({@link #exact()}) compares the path
 * slash for slash, and its variables match only UUIDs.
 *
 * @param <H> the type of handler
 */
public final class Router<H> {

  /** The detail of a 404 for a path no route has. */
  static final String NO_RESOURCE = "There is no resource at this address.";

  /** One route: method, template as written, handler. */
  public record Route<H>(String method, String template, H handler) {}

  /** A handler found, with the path's parameters and the template, for the log. */
  public record Match<H>(H handler, String template, Map<String, String> parameters) {}

  private record Entry<H>(Route<H> route, PathTemplate path) {}

  private final boolean exact;
  private final List<Entry<H>> routes = new ArrayList<>();

  /** A lenient router, as a partner's endpoints use. */
  public Router() {
    this(false);
  }

  private Router(boolean exact) {
    this.exact = exact;
  }

  /** An exact router: paths compared slash for slash, variables only UUIDs. */
  public static <H> Router<H> exact() {
    return new Router<>(true);
  }

  /**
   * Adds a route.
   *
   * @param template e.g. {@code families/{familyId}/meetings} (a partner's, below its base path) or
   *     {@code /api/v1/families/{id}} (the platform's, as in its OpenAPI document)
   */
  public Router<H> add(String method, String template, H handler) {
    routes.add(
        new Entry<>(new Route<>(method, template, handler), new PathTemplate(template, exact)));
    return this;
  }

  /** The routes, in the order added. */
  public List<Route<H>> routes() {
    return routes.stream().map(Entry::route).toList();
  }

  /**
   * Finds the route of a request.
   *
   * @param method the HTTP method
   * @param path the path; for a lenient router with or without a leading slash, null for the base
   * @return the match
   * @throws ProblemException 404 when no route has the path, 405 when none has it for the method
   */
  public Match<H> route(String method, String path) {
    Set<String> allowed = new TreeSet<>();
    for (Entry<H> entry : routes) {
      Optional<Map<String, String>> parameters = entry.path().match(path);
      if (parameters.isPresent()) {
        Route<H> route = entry.route();
        if (route.method().equals(method)) {
          return new Match<>(route.handler(), route.template(), parameters.get());
        }
        allowed.add(route.method());
      }
    }
    if (allowed.isEmpty()) {
      throw ProblemException.notFound(NO_RESOURCE);
    }
    throw new ProblemException(
        405, "Method Not Allowed", "This resource allows " + String.join(", ", allowed) + ".");
  }

  /** The methods of the routes that have a path, sorted: the {@code Allow} of a 405. */
  public Set<String> methods(String path) {
    Set<String> methods = new TreeSet<>();
    for (Entry<H> entry : routes) {
      if (entry.path().match(path).isPresent()) {
        methods.add(entry.route().method());
      }
    }
    return methods;
  }

  /** The template of the first route that has a path, whatever its method. */
  public Optional<String> template(String path) {
    return routes.stream()
        .filter(e -> e.path().match(path).isPresent())
        .map(e -> e.route().template())
        .findFirst();
  }
}
