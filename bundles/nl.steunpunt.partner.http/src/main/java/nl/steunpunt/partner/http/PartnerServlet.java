package nl.steunpunt.partner.http;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerHttp;

/**
 * A partner's REST endpoints as one servlet: each request goes, with the actor the platform's web
 * context set, to the routes for the role served, and the reply or problem is written back. A
 * bundle's DS component extends it and gives its routes.
 */
public abstract class PartnerServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient Dispatcher dispatcher;

  protected PartnerServlet(Router<Handler> routes, Role role) {
    this.dispatcher = new Dispatcher(routes, role);
  }

  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ServletExchange.write(
        dispatcher.dispatch(
            request.getMethod(),
            request.getPathInfo(),
            request.getAttribute(PartnerHttp.ACTOR_ATTRIBUTE),
            ServletExchange.request(request)),
        response);
  }
}
