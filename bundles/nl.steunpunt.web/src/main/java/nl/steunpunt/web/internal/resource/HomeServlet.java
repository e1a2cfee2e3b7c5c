package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.Html;
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
 * The landing page after a form login, in Dutch and English: who is logged in, and a logout button.
 * The staff UI shell grows from here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-home")
@HttpWhiteboardServletPattern({"/ui", "/ui/"})
public final class HomeServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public HomeServlet(@Reference JsonCodec json) {
    super(json);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Actor actor = RequestActor.of(request);
    String roles =
        actor.roles().stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>Steunpunt</title></head>
            <body>
              <main>
                <h1>Steunpunt</h1>
                <p id="who">Ingelogd als <strong>%s</strong> (%s, %s).
                  <span lang="en">Logged in as %s.</span></p>
                <form method="post" action="/logout">
                  <button type="submit">Uitloggen <span lang="en">/ Log out</span></button>
                </form>
              </main>
            </body>
            </html>
            """
                .formatted(
                    Html.escape(actor.user()),
                    Html.escape(roles),
                    Html.escape(actor.organisation().id()),
                    Html.escape(actor.user())));
  }
}
