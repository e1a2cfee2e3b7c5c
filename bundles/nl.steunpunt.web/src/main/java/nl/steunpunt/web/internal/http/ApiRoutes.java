package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.partner.http.Router;
import nl.steunpunt.web.internal.json.JsonCodec;

/**
 * The routes of one REST servlet on the kit's exact {@link Router}: method and path template (as in
 * the OpenAPI document) to handler. Adds what the platform's API does beyond routing: HEAD answered
 * as GET, {@code Allow} on a 405, and the matched template as the request's route label.
 */
public final class ApiRoutes {

  /** Handles one matched request. */
  @FunctionalInterface
  public interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  private final Router<Handler> router = Router.exact();

  public ApiRoutes get(String template, Handler handler) {
    router.add("GET", template, handler);
    return this;
  }

  public ApiRoutes post(String template, Handler handler) {
    router.add("POST", template, handler);
    return this;
  }

  public ApiRoutes put(String template, Handler handler) {
    router.add("PUT", template, handler);
    return this;
  }

  /** The routes, for the check that the OpenAPI document describes each of them. */
  public List<Router.Route<Handler>> routes() {
    return router.routes();
  }

  /** Finds the route of a request and runs it. */
  public void dispatch(HttpServletRequest request, HttpServletResponse response, JsonCodec json)
      throws IOException {
    String path = Paths.of(request);
    // HEAD is answered as GET; the container drops the body.
    String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
    Router.Match<Handler> match;
    try {
      match = router.route(method, path);
    } catch (ProblemException e) {
      router.template(path).ifPresent(t -> label(request, t));
      if (e.problem().status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
        response.setHeader("Allow", String.join(", ", router.methods(path)));
      }
      throw e;
    }
    label(request, match.template());
    List<UUID> ids = match.parameters().values().stream().map(UUID::fromString).toList();
    match.handler().handle(new Exchange(request, response, json, ids));
  }

  private static void label(HttpServletRequest request, String template) {
    request.setAttribute(SteunpuntHttp.ROUTE_ATTRIBUTE, new RouteTemplate(template));
  }
}
