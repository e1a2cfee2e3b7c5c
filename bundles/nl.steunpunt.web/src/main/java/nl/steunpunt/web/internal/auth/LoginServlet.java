package nl.steunpunt.web.internal.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.LoginLocks;
import nl.steunpunt.api.access.WebSessions;
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
 * The form login of the browser: shows the form, checks it, starts a session and goes to the page
 * the browser was on (a {@code return} path of the shell) or to the shell's start.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-login")
@HttpWhiteboardServletPattern({"/login", LoginServlet.SCRIPT})
public final class LoginServlet extends ApiServlet {

  private static final long serialVersionUID = 1L;

  /** Where a browser goes after logging in. */
  static final String HOME = "/ui/";

  static final int TOO_MANY_REQUESTS = 429;

  /** The login page's one script, open like the page itself. */
  static final String SCRIPT = "/login.js";

  /**
   * The login page's script (login/login.js in this bundle): it keeps the shell's route (the part
   * of the address after {@code #}, which the server never sees) in the path to return to, and logs
   * in in place, posting the same form to the same address, so that the page becomes the shell's
   * page without a navigation. The form works without it.
   */
  static final String SCRIPT_TEXT = resource("/login/login.js");

  private final transient Authenticator authenticator;
  private final transient WebSessions sessions;
  private final transient LoginLocks throttle;

  @Activate
  public LoginServlet(
      @Reference JsonCodec json,
      @Reference Authenticator authenticator,
      @Reference WebSessions sessions,
      @Reference LoginLocks throttle) {
    super(json);
    this.authenticator = authenticator;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (SCRIPT.equals(request.getServletPath())) {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/javascript");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(SCRIPT_TEXT);
      return;
    }
    sendPage(response, HttpServletResponse.SC_OK, LoginPage.Notice.NONE, returnTo(request));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String user = request.getParameter("username");
    String password = request.getParameter("password");
    String address = Client.of(request).address();
    Optional<Duration> locked = throttle.lockedFor(user, address);
    if (locked.isPresent()) {
      // Refused without checking the password, or guessing would go on.
      response.setHeader(
          "Retry-After", Long.toString(SteunpuntContext.retryAfterSeconds(locked.get())));
      sendPage(response, TOO_MANY_REQUESTS, LoginPage.Notice.LOCKED, returnTo(request));
      return;
    }
    Optional<Actor> actor = Optional.empty();
    if (user != null && password != null) {
      char[] secret = password.toCharArray();
      try {
        actor = authenticator.authenticate(user.strip(), secret, ClientChannel.of(request));
      } catch (IllegalStateException e) {
        // The realm could not check the password: no answer, and no failed login to count.
        response.setHeader("Retry-After", Long.toString(SteunpuntContext.REALM_RETRY_SECONDS));
        sendPage(
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            LoginPage.Notice.UNAVAILABLE,
            returnTo(request));
        return;
      } finally {
        Arrays.fill(secret, '\0');
      }
    }
    if (actor.isEmpty()) {
      throttle.failed(user, address);
      sendPage(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          LoginPage.Notice.FAILED,
          returnTo(request));
      return;
    }
    throttle.succeeded(user);
    // A new token at every login, so a token planted before the login is worthless.
    SessionCookie.read(request).ifPresent(sessions::end);
    String token = sessions.start(actor.get()).token();
    SessionCookie.write(request, response, token, sessions.maxAge());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", returnTo(request).orElse(HOME));
  }

  private static String resource(String path) {
    try (InputStream in = LoginServlet.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Not in the bundle: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shell's page the browser asked for before it was sent here, if it is one. */
  private static Optional<String> returnTo(HttpServletRequest request) {
    return BrowserRequests.safeReturn(request.getParameter(BrowserRequests.RETURN_PARAMETER));
  }

  private static void sendPage(
      HttpServletResponse response, int status, LoginPage.Notice notice, Optional<String> returnTo)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(LoginPage.render(notice, returnTo));
  }
}
