package nl.steunpunt.web.internal.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.web.internal.http.ApiServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** The form login of the browser: shows the form, checks it, and starts a session. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-login")
@HttpWhiteboardServletPattern("/login")
public final class LoginServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /** Where a browser goes after logging in. */
  static final String HOME = "/ui/";

  static final int TOO_MANY_REQUESTS = 429;

  private final transient Authenticator authenticator;
  private final transient Sessions sessions;
  private final transient LoginThrottle throttle;

  @Activate
  public LoginServlet(
      @Reference JsonCodec json,
      @Reference Authenticator authenticator,
      @Reference Sessions sessions,
      @Reference LoginThrottle throttle) {
    super(json);
    this.authenticator = authenticator;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sendPage(response, HttpServletResponse.SC_OK, LoginPage.Notice.NONE);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String user = request.getParameter("username");
    String password = request.getParameter("password");
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lockedFor(user, address);
    if (locked.isPresent()) {
      // Refused without checking the password, or guessing would go on.
      response.setHeader(
          "Retry-After", Long.toString(SteunpuntContext.retryAfterSeconds(locked.get())));
      sendPage(response, TOO_MANY_REQUESTS, LoginPage.Notice.LOCKED);
      return;
    }
    Optional<Actor> actor = Optional.empty();
    if (user != null && password != null) {
      char[] secret = password.toCharArray();
      try {
        actor = authenticator.authenticate(user.strip(), secret, ClientChannel.of(request));
      } finally {
        Arrays.fill(secret, '\0');
      }
    }
    if (actor.isEmpty()) {
      throttle.failed(user, address);
      sendPage(response, HttpServletResponse.SC_UNAUTHORIZED, LoginPage.Notice.FAILED);
      return;
    }
    throttle.succeeded(user);
    // A new token at every login, so a token planted before the login is worthless.
    SessionCookie.read(request).ifPresent(sessions::end);
    String token = sessions.start(actor.get());
    SessionCookie.write(request, response, token, sessions.maxAge());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", HOME);
  }

  private static void sendPage(HttpServletResponse response, int status, LoginPage.Notice notice)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(LoginPage.render(notice));
  }
}
