package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /health}, open without a login: 200 when every core component is active, 503
 * otherwise, so a load balancer or a start script can wait for it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-health")
@HttpWhiteboardServletPattern("/health")
public final class HealthServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /** The body of the health response. */
  record Health(String status, String version, boolean ready, boolean demo) {}

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile PlatformStatus platform;

  @Activate
  public HealthServlet(@Reference JsonCodec json) {
    super(json);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Health health = health(platform);
    sendJson(response, health.ready() ? 200 : 503, health);
  }

  static Health health(PlatformStatus platform) {
    if (platform == null) {
      return new Health("DOWN", "unknown", false, false);
    }
    boolean ready = platform.readiness().ready();
    return new Health(ready ? "UP" : "STARTING", platform.version(), ready, platform.demoMode());
  }
}
