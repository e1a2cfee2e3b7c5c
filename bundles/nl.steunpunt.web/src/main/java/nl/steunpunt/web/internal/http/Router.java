package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.web.internal.json.JsonCodec;

/**
 * The routes of one servlet: method and path template to handler. A path no route matches is a 404
 * problem, a known path with another method a 405 problem with {@code Allow}.
 */
public final class Router {

  /** Handles one matched request. */
  @FunctionalInterface
  public interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  /** One route. */
  public record Route(String method, PathTemplate path, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router get(String template, Handler handler) {
    return add("GET", template, handler);
  }

  public Router post(String template, Handler handler) {
    return add("POST", template, handler);
  }

  public Router put(String template, Handler handler) {
    return add("PUT", template, handler);
  }

  private Router add(String method, String template, Handler handler) {
    routes.add(new Route(method, new PathTemplate(template), handler));
    return this;
  }

  /** The routes, for the check that the OpenAPI document describes each of them. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Finds the route of a request and runs it. */
  public void dispatch(HttpServletRequest request, HttpServletResponse response, JsonCodec json)
      throws IOException {
    String path = Paths.of(request);
    // HEAD is answered as GET; the container drops the body.
    String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Optional<List<UUID>> ids = route.path().match(path);
      if (ids.isEmpty()) {
        continue;
      }
      if (allowed.isEmpty()) {
        request.setAttribute(
            SteunpuntHttp.ROUTE_ATTRIBUTE, new RouteTemplate(route.path().template()));
      }
      if (route.method().equals(method)) {
        route.handler().handle(new Exchange(request, response, json, ids.get()));
        return;
      }
      allowed.add(route.method());
    }
    if (allowed.isEmpty()) {
      throw ProblemException.notFound("There is no resource at this address.");
    }
    response.setHeader("Allow", String.join(", ", allowed));
    throw new ProblemException(
        405, "Method Not Allowed", "This resource does not support the method; see Allow.");
  }
}
