package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.partner.http.Problems;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the JSON resources: turns a {@link ProblemException} or a failure the API defines (see
 * {@link Problems}) into its problem response, and any other failure into a 500 problem that names
 * an incident id, never the exception.
 */
public abstract class ApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

  /** The codec; transient because servlets are never serialised here. */
  protected final transient JsonCodec json;

  protected ApiServlet(JsonCodec json) {
    this.json = json;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    try {
      super.service(request, response);
    } catch (ProblemException e) {
      sendProblem(request, response, e.problem());
    } catch (RuntimeException e) {
      var known = Problems.of(e);
      if (known.isPresent()) {
        if (known.get().status() >= 500) {
          // Nothing was done. The operator gets the cause's class and stack (its message may
          // carry data), the client only the message written for it.
          LOG.warn(
              "Unavailable on {} {}: {}",
              request.getMethod(),
              Paths.of(request),
              e.getMessage(),
              e.getCause() == null ? null : stackOnly(e.getCause()));
        }
        sendProblem(request, response, known.get());
        return;
      }
      String incident = UUID.randomUUID().toString();
      // The exception class and stack go to the log for the operator; the message may carry
      // data and is left out, like anything of the request.
      LOG.error(
          "Incident {} on {} {}: {}",
          incident,
          request.getMethod(),
          Paths.of(request),
          e.getClass().getName(),
          stackOnly(e));
      sendProblem(
          request,
          response,
          Problem.of(500, "Internal Server Error", "Something went wrong. Incident " + incident));
    }
  }

  protected void sendJson(HttpServletResponse response, int status, Object body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.write(response.getOutputStream(), body);
  }

  protected void sendProblem(
      HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    ProblemResponses.send(json, request, response, problem);
  }

  private static Throwable stackOnly(Throwable e) {
    Throwable copy = new Throwable(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
