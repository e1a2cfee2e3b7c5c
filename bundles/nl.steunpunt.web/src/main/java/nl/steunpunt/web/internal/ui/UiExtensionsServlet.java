package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.RequestActor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/v1/ui/extensions}: the UI extensions the user may see, in the shell's order, with
 * the version of the list (which {@code /api/v1/ui/events} announces when it changes).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-ui-extensions")
@HttpWhiteboardServletPattern("/api/v1/ui/extensions")
public final class UiExtensionsServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /** The body of the response. */
  record ExtensionsJson(long version, List<ExtensionJson> items) {

    /** The extensions the actor may see now, their titles chosen by {@code language}. */
    static ExtensionsJson of(UiExtensions extensions, Actor actor, String language) {
      UiExtensions.Snapshot snapshot = extensions.snapshot();
      return new ExtensionsJson(
          snapshot.version(),
          snapshot.visibleTo(actor).stream().map(e -> ExtensionJson.of(e, language)).toList());
    }
  }

  /** One extension. */
  record ExtensionJson(
      String id,
      String slot,
      String title,
      Map<String, String> titles,
      String module,
      String element,
      int order,
      BundleJson bundle) {

    static ExtensionJson of(UiExtensionEntry e, String language) {
      Map<String, String> titles = new LinkedHashMap<>();
      titles.put("nl", e.titleNl());
      titles.put("en", e.titleEn());
      return new ExtensionJson(
          e.id(),
          e.slot().jsonName(),
          e.title(language),
          titles,
          e.module(),
          e.element(),
          e.order(),
          new BundleJson(e.bundle(), e.bundleVersion(), e.revision()));
    }
  }

  /**
   * The bundle that provides an extension; {@code revision} (its last modification) changes when it
   * is updated, even with the same version.
   */
  record BundleJson(String symbolicName, String version, long revision) {}

  private final transient UiExtensions extensions;

  @Activate
  public UiExtensionsServlet(@Reference JsonCodec json, @Reference UiExtensions extensions) {
    super(json);
    this.extensions = extensions;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Actor actor = RequestActor.of(request);
    String language =
        UiLanguage.of(
            java.util.Optional.ofNullable(request.getParameter("lang")),
            request.getHeader("Accept-Language"));
    sendJson(response, HttpServletResponse.SC_OK, ExtensionsJson.of(extensions, actor, language));
  }
}
