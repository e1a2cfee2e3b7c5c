package nl.steunpunt.web.internal.auth;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Ends the browser session. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-logout")
@HttpWhiteboardServletPattern("/logout")
public final class LogoutServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  private final transient WebSessions sessions;

  @Activate
  public LogoutServlet(@Reference JsonCodec json, @Reference WebSessions sessions) {
    super(json);
    this.sessions = sessions;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    SessionCookie.read(request).ifPresent(sessions::end);
    SessionCookie.clear(request, response);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/login");
  }
}
