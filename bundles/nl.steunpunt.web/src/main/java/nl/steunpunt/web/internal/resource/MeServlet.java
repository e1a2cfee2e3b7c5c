package nl.steunpunt.web.internal.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/v1/me}: the logged-in user, their roles and organisation. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-me")
@HttpWhiteboardServletPattern("/api/v1/me")
public final class MeServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /**
   * The body of the response. The CSRF token is there only for a browser session, whose shell must
   * send it with every state-changing request; an HTTP Basic client needs none.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Me(String user, List<String> roles, String organisation, String csrfToken) {

    /** The request's user, with its session's CSRF token if it has one. */
    public static Me of(HttpServletRequest request) {
      Object csrf = request.getAttribute(SteunpuntHttp.CSRF_ATTRIBUTE);
      return of(RequestActor.of(request), csrf instanceof String token ? token : null);
    }

    static Me of(Actor actor, String csrfToken) {
      return new Me(
          actor.user(),
          actor.roles().stream().sorted().map(Role::roleName).toList(),
          actor.organisation().id(),
          csrfToken);
    }
  }

  @Activate
  public MeServlet(@Reference JsonCodec json) {
    super(json);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sendJson(response, 200, Me.of(request));
  }
}
