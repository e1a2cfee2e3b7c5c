package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/v1/openapi.json}: the hand-written OpenAPI 3.1 description of this API, shipped
 * in the bundle. The build lints it and checks that it describes every route.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-openapi")
@HttpWhiteboardServletPattern(OpenApiServlet.PATH)
public final class OpenApiServlet extends ApiServlet {

  static final String PATH = "/api/v1/openapi.json";

  /** Where the document lies in the bundle. */
  public static final String RESOURCE = "/openapi/openapi.json";

  private static final long serialVersionUID = 1L;

  private final byte[] document;

  @Activate
  public OpenApiServlet(@Reference JsonCodec json) {
    super(json);
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundle lacks " + RESOURCE);
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(document);
  }
}
