package nl.steunpunt.web.internal.http;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.web.internal.json.JsonCodec;

/** A JSON resource servlet whose paths and methods are given by {@link ApiRoutes}. */
public abstract class RoutedServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  private final transient ApiRoutes router;

  protected RoutedServlet(JsonCodec json, ApiRoutes router) {
    super(json);
    this.router = router;
  }

  /** The routes, for the check that the OpenAPI document describes each of them. */
  public ApiRoutes router() {
    return router;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    router.dispatch(request, response, json);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    router.dispatch(request, response, json);
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    router.dispatch(request, response, json);
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    router.dispatch(request, response, json);
  }
}
