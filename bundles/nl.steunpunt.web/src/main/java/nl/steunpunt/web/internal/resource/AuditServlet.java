package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/v1/audit}: see {@link AuditResource}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-audit")
@HttpWhiteboardServletPattern({"/api/v1/audit", "/api/v1/audit/*"})
public final class AuditServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public AuditServlet(@Reference JsonCodec json, @Reference AuditService audit) {
    super(json, new AuditResource(audit).routes());
  }
}
