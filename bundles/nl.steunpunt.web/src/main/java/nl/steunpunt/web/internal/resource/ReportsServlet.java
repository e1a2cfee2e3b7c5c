package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/v1/reports}: see {@link ReportsResource}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-reports")
@HttpWhiteboardServletPattern("/api/v1/reports/*")
public final class ReportsServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public ReportsServlet(@Reference JsonCodec json, @Reference ReportService reports) {
    super(json, new ReportsResource(reports).routes());
  }
}
