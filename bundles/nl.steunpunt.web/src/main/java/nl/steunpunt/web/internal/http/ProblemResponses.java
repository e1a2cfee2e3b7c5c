package nl.steunpunt.web.internal.http;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.web.internal.json.JsonCodec;

/** Writes problem responses: the kit's problem JSON, with the request path as its instance. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void send(
      JsonCodec json, HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    json.write(response.getOutputStream(), problem.at(Paths.of(request)).json());
  }
}
