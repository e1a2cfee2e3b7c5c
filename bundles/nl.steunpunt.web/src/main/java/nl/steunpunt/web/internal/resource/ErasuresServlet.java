package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.erasure.ErasureService;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/v1/erasures}: see {@link ErasureResource}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-erasures")
@HttpWhiteboardServletPattern("/api/v1/erasures")
public final class ErasuresServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public ErasuresServlet(@Reference JsonCodec json, @Reference ErasureService erasures) {
    super(json, new ErasureResource(erasures).routes());
  }
}
