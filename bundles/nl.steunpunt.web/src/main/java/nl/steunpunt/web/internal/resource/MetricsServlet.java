package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.platform.PlatformMetrics;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /metrics}: the platform's metrics in the Prometheus text format, for an operator (HTTP
 * Basic from a Prometheus scrape job, or an operator's session). Who may read them the core decides
 * ({@link PlatformMetrics#scrape}): without a login 401, any other user 403, both as problems.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-metrics")
@HttpWhiteboardServletPattern("/metrics")
public final class MetricsServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile PlatformMetrics metrics;

  @Activate
  public MetricsServlet(@Reference JsonCodec json) {
    super(json);
  }

  /** For tests: with the metrics given. */
  MetricsServlet(JsonCodec json, PlatformMetrics metrics) {
    super(json);
    this.metrics = metrics;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var actor = RequestActor.of(request);
    PlatformMetrics current = metrics;
    if (current == null) {
      sendProblem(
          request,
          response,
          Problem.of(503, "Service Unavailable", "The metrics are not available yet."));
      return;
    }
    byte[] text = current.scrape(actor).getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType(PlatformMetrics.CONTENT_TYPE);
    response.setContentLength(text.length);
    response.getOutputStream().write(text);
  }
}
