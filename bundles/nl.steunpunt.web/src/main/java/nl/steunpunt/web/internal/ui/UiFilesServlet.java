package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.Paths;
import nl.steunpunt.web.internal.http.ProblemException;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The staff UI: the files of this bundle's {@code ui/} folder at {@code /ui/*}, for logged-in users
 * only (the steunpunt context sends a browser without a session to the login page). {@code /ui},
 * {@code /ui/} and any path without a file extension (a route of the shell) answer the shell's
 * {@code index.html}. A servlet rather than a whiteboard resource: it decides the content types and
 * which paths exist, independent of the container's defaults.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-ui")
@HttpWhiteboardServletPattern("/ui/*")
public final class UiFilesServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;
  private static final String BASE = "/ui";

  private final transient UiFiles.Source files;

  @Activate
  public UiFilesServlet(@Reference JsonCodec json, BundleContext context) {
    this(json, path -> Optional.ofNullable(context.getBundle().getEntry("ui/" + path)));
  }

  UiFilesServlet(JsonCodec json, UiFiles.Source files) {
    super(json);
    this.files = files;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestActor.of(request);
    String path = Paths.of(request);
    String relative;
    if (path.equals(BASE) || path.equals(BASE + "/")) {
      relative = UiFiles.INDEX;
    } else if (path.startsWith(BASE + "/")) {
      String rest = path.substring(BASE.length() + 1);
      relative =
          UiFiles.relative(rest)
              .orElseGet(
                  () -> UiFiles.isRoute(rest) && !rest.contains("..") ? UiFiles.INDEX : null);
    } else {
      relative = null;
    }
    URL file = relative == null ? null : files.find(relative).orElse(null);
    if (file == null) {
      throw ProblemException.notFound("There is no resource at this address.");
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(UiFiles.contentType(relative).orElseThrow());
    try (InputStream in = file.openStream()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
