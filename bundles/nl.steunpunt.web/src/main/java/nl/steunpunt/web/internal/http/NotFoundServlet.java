package nl.steunpunt.web.internal.http;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** The default servlet of the steunpunt context: whatever nothing else serves is a 404 problem. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-not-found")
@HttpWhiteboardServletPattern("/")
public final class NotFoundServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public NotFoundServlet(@Reference JsonCodec json) {
    super(json);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sendProblem(
        request, response, Problem.of(404, "Not Found", "There is no resource at this address."));
  }
}
