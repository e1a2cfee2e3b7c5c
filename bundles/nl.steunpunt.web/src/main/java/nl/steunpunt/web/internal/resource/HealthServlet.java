package nl.steunpunt.web.internal.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /health}, open without a login: 200 when every core component is active and the HTTP
 * runtime serves every servlet and filter of the web face ({@link WebServing}), 503 otherwise, so a
 * load balancer or a start script can wait for it. It counts the platform's alerts (such as a
 * partner bundle that is not on the allow-list); their texts name bundles and configurations, so
 * only a logged-in operator gets them. Alerts do not make the platform unready.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-health")
@HttpWhiteboardServletPattern("/health")
public final class HealthServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /** The body of the health response. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Health(
      String status,
      String version,
      boolean ready,
      boolean demo,
      int alerts,
      List<String> alertDetails) {}

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile PlatformStatus platform;

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile HttpServiceRuntime runtime;

  private final transient Bundle bundle;

  @Activate
  public HealthServlet(@Reference JsonCodec json, BundleContext context) {
    super(json);
    this.bundle = context.getBundle();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean operator =
        request.getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE) instanceof Actor actor
            && actor.has(Role.OPERATOR);
    PlatformStatus status = platform;
    Health health =
        health(
            status, operator, status == null ? List.of() : WebServing.notServed(runtime, bundle));
    sendJson(response, health.ready() ? 200 : 503, health);
  }

  /**
   * @param notServed the web face's servlets and filters the HTTP runtime does not serve yet
   */
  static Health health(PlatformStatus platform, boolean operator, List<String> notServed) {
    if (platform == null) {
      return new Health("DOWN", "unknown", false, false, 0, null);
    }
    boolean ready = platform.readiness().ready() && notServed.isEmpty();
    List<String> alerts = platform.alerts();
    return new Health(
        ready ? "UP" : "STARTING",
        platform.version(),
        ready,
        platform.demoMode(),
        alerts.size(),
        operator ? alerts : null);
  }
}
