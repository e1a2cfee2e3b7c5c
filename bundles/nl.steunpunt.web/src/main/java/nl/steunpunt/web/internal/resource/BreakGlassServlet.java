package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/v1/break-glass}: see {@link BreakGlassResource}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-break-glass")
@HttpWhiteboardServletPattern({"/api/v1/break-glass", "/api/v1/break-glass/*"})
public final class BreakGlassServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public BreakGlassServlet(@Reference JsonCodec json, @Reference AccessService access) {
    super(json, new BreakGlassResource(access).routes());
  }
}
