package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.time.Duration;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.platform.PlatformMetrics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Counts and times every request the servlets of the context answer, by method, route label ({@link
 * RouteLabels}) and status. Ranked first, so the status is the one the problem filter inside it
 * made. Requests the context refuses before any filter (no or wrong credentials) are not seen here;
 * failed logins have their own metrics.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardFilterName("steunpunt-request-metrics")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
@ServiceRanking(1000)
public final class RequestMetricsFilter implements Filter {

  private static final String HEALTH = "/health";

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile PlatformMetrics metrics;

  public RequestMetricsFilter() {}

  /** For tests: with the metrics given. */
  RequestMetricsFilter(PlatformMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && HEALTH.equals(Paths.of(http))) {
      // The load balancer's check stays as cheap as it was: nothing is measured.
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      record(request, response, failed, System.nanoTime() - start);
    }
  }

  private void record(
      ServletRequest request, ServletResponse response, boolean failed, long nanos) {
    PlatformMetrics current = metrics;
    if (current == null
        || !(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      return;
    }
    String route = RouteLabels.of(http.getAttribute(SteunpuntHttp.ROUTE_ATTRIBUTE), Paths.of(http));
    int status = failed ? 500 : answer.getStatus();
    try {
      current.request(http.getMethod(), route, status, Duration.ofNanos(nanos));
    } catch (RuntimeException ignored) {
      // Metrics never fail a request.
    }
  }
}
