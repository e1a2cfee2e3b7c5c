package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error in the steunpunt context a problem response, whichever servlet (core or
 * partner) raised it: {@code sendError} calls (wrong method, ...) become problem JSON, and an
 * exception that escapes a servlet becomes a 500 problem naming an incident id. No stack trace and
 * no exception message ever reaches the client.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardFilterName("steunpunt-problems")
@HttpWhiteboardFilterPattern("/*")
// Async, or the container refuses to start the event stream of /api/v1/ui/events behind it.
@HttpWhiteboardFilterAsyncSupported
public final class ProblemFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemFilter.class);

  private final JsonCodec json;

  @Activate
  public ProblemFilter(@Reference JsonCodec json) {
    this.json = json;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    try {
      chain.doFilter(request, new ProblemResponse(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.error(
          "Incident {} on {} {}: {} escaped a servlet",
          incident,
          request.getMethod(),
          Paths.of(request),
          e.getClass().getName());
      ProblemResponses.send(
          json,
          request,
          response,
          Problem.of(500, "Internal Server Error", "Something went wrong. Incident " + incident));
    }
  }

  /** Turns {@code sendError} into a problem response. */
  private final class ProblemResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      // The message of another servlet may carry data; only the status is told.
      ProblemResponses.send(
          json,
          request,
          (HttpServletResponse) getResponse(),
          Problem.of(status, StatusTitles.of(status), null));
    }
  }
}
