package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.Html;
import nl.steunpunt.web.internal.http.Paths;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.resource.MeServlet;
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

  /** How long a versioned file may be kept: a year, without asking again. */
  static final String IMMUTABLE = "private, max-age=31536000, immutable";

  /** The boot script the shell's page runs first (ui/boot.js, bundled). */
  static final String BOOT = "boot.bundle.js";

  /** Where the shell's page (index.html) takes what it needs first ({@link #first}). */
  static final String FIRST = "<meta name=\"steunpunt-first\" content=\"\">";

  /** What the shell needs first and the server knows already (boot.js reads it). */
  record First(
      String lang,
      MeServlet.Me me,
      UiExtensionsServlet.ExtensionsJson extensions,
      CentreDay centreDay) {}

  private final transient UiFiles.Source files;
  private final transient UiVersion version;
  private final transient UiExtensions extensions;
  private final transient Clock clock;

  /** The shell's page at its versioned paths, once read (see {@link #shell}). */
  private transient volatile String shell;

  @Activate
  public UiFilesServlet(
      @Reference JsonCodec json,
      @Reference UiVersion version,
      @Reference UiExtensions extensions,
      BundleContext context) {
    this(
        json,
        version,
        extensions,
        path -> Optional.ofNullable(context.getBundle().getEntry("ui/" + path)),
        Clock.systemUTC());
  }

  UiFilesServlet(
      JsonCodec json,
      UiVersion version,
      UiExtensions extensions,
      UiFiles.Source files,
      Clock clock) {
    super(json);
    this.files = files;
    this.version = version;
    this.extensions = extensions;
    this.clock = clock;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestActor.of(request);
    String path = Paths.of(request);
    // /ui/v/<version>/<file>: the file, which may be cached for ever if the version is this one's
    // (an older page asking for its version's file gets today's, not to be kept).
    boolean immutable = false;
    if (path.startsWith(UiVersion.PREFIX)) {
      String after = path.substring(UiVersion.PREFIX.length());
      int slash = after.indexOf('/');
      if (slash > 0) {
        immutable = after.substring(0, slash).equals(version.version());
        path = BASE + "/" + after.substring(slash + 1);
      }
    }
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
    if (relative.equals(UiFiles.INDEX)) {
      // Never cached (the context's no-store): it names the version of everything else, and it
      // holds the user's CSRF token.
      String page = shell(file).replace(FIRST, first(request));
      response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (immutable) {
      response.setHeader("Cache-Control", IMMUTABLE);
    }
    try (InputStream in = file.openStream()) {
      in.transferTo(response.getOutputStream());
    }
  }

  /**
   * The shell's page, versioned, read once: it is on the path of every login, and the bundle's
   * files do not change while this servlet serves them (an update of the bundle is a new servlet).
   */
  private String shell(URL file) throws IOException {
    String page = shell;
    if (page == null) {
      try (InputStream in = file.openStream()) {
        page = versioned(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      shell = page;
    }
    return page;
  }

  /**
   * The user's language (chosen in this browser, else the browser's), the user, as {@code GET
   * /api/v1/me} gives them, and the extensions they may see, as {@code GET /api/v1/ui/extensions}
   * lists them in that language, in the shell's page: the server knows all three while it sends the
   * page, and the first page then waits for two requests fewer and reads no browser storage. With
   * them, today in the Netherlands ({@link CentreDay}). In an attribute (escaped), so the page
   * still has no inline script.
   */
  private String first(HttpServletRequest request) {
    String language = UiLanguage.ofBrowser(request);
    First first =
        new First(
            language,
            MeServlet.Me.of(request),
            UiExtensionsServlet.ExtensionsJson.of(extensions, RequestActor.of(request), language),
            CentreDay.at(clock.instant()));
    return FIRST.replace(
        "content=\"\"", "content=\"" + Html.escape(json.writeString(first)) + "\"");
  }

  /**
   * The shell's page with its style sheet and its two scripts at their versioned paths: the boot
   * script, which starts the first page's requests at once, and the bundle, built from {@code
   * app.js} and every module it imports, so a cold page loads one module rather than about fifty in
   * seven waves (docs/benchmarks.md, ui-benchmark).
   */
  String versioned(String index) {
    return index
        .replace("href=\"/ui/styles.css\"", "href=\"" + version.path("styles.css") + "\"")
        .replace("src=\"/ui/" + BOOT + "\"", "src=\"" + version.path(BOOT) + "\"")
        .replace(
            "src=\"/ui/" + CorePage.BUNDLE + "\"", "src=\"" + version.path(CorePage.BUNDLE) + "\"");
  }
}
