package nl.steunpunt.web.internal.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.LoginLocks;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.web.internal.http.Paths;
import nl.steunpunt.web.internal.http.ProblemResponses;
import nl.steunpunt.web.internal.http.SecurityHeaders;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The {@code steunpunt} servlet context that every Steunpunt servlet, core or partner, selects. It
 * authenticates each request (HTTP Basic for API clients, the session cookie of a form login for
 * browsers), puts the actor on the request with the client's address in its channel, and adds the
 * security headers. Only the health check and the login page are open without a login.
 *
 * <p>The context is bundle-scoped: each bundle whose servlets select it gets its own instance, so
 * it knows whose servlet serves the request. The web face's own servlets get the logged-in user;
 * any other bundle's servlet gets the user acting through that bundle's partner channel, an actor
 * the platform opens for this request only and ends when it is over, and only for an allow-listed,
 * granted partner; any other bundle gets no actor at all.
 *
 * <p>An API client without credentials is challenged for HTTP Basic; a browser never is: a page it
 * navigates to sends it to the login page and back, and the shell's API calls get a plain 401
 * ({@link BrowserRequests}).
 *
 * <p>It also keeps cross-site requests out: a state-changing request of a browser session must
 * carry the session's CSRF token, and HTTP Basic credentials from a browser of another origin are
 * refused. Repeated failed Basic logins are locked out by the platform's {@link LoginLocks}
 * (counted in the database, so on every node).
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = SteunpuntHttp.CONTEXT_NAME, path = "/")
public final class SteunpuntContext extends ServletContextHelper {

  static final Set<String> OPEN_PATHS = Set.of("/health", "/login", LoginServlet.SCRIPT);

  private final WebSessions sessions;
  private final JsonCodec json;
  private final LoginLocks throttle;
  private final TrustedProxies proxies;

  /** The bundle whose servlets this instance serves, and whether that is the web face itself. */
  private final long servingBundle;

  private final boolean platformServlets;

  /** The partner calls of the requests this thread is in, each closed when its request is done. */
  private final ThreadLocal<Deque<Authenticator.PartnerCall>> partnerCalls =
      ThreadLocal.withInitial(ArrayDeque::new);

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile Authenticator authenticator;

  @Activate
  public SteunpuntContext(
      ComponentContext context,
      @Reference WebSessions sessions,
      @Reference JsonCodec json,
      @Reference LoginLocks throttle,
      @Reference TrustedProxies proxies) {
    super(context.getUsingBundle());
    this.sessions = sessions;
    this.json = json;
    this.throttle = throttle;
    this.proxies = proxies;
    this.servingBundle = context.getUsingBundle().getBundleId();
    this.platformServlets = context.getUsingBundle().equals(context.getBundleContext().getBundle());
  }

  /** For tests: a context for the web face's own servlets, without a bundle. */
  SteunpuntContext(
      WebSessions sessions, JsonCodec json, LoginLocks throttle, Authenticator authenticator) {
    this(sessions, json, throttle, authenticator, -1, new TrustedProxies(java.util.List.of()));
  }

  /** For tests: a context for the servlets of another bundle (a partner's), without a bundle. */
  SteunpuntContext(
      WebSessions sessions,
      JsonCodec json,
      LoginLocks throttle,
      Authenticator authenticator,
      long servingBundle) {
    this(
        sessions,
        json,
        throttle,
        authenticator,
        servingBundle,
        new TrustedProxies(java.util.List.of()));
  }

  /** For tests: as above, behind the given proxies. */
  SteunpuntContext(
      WebSessions sessions,
      JsonCodec json,
      LoginLocks throttle,
      Authenticator authenticator,
      long servingBundle,
      TrustedProxies proxies) {
    super(null);
    this.sessions = sessions;
    this.json = json;
    this.throttle = throttle;
    this.proxies = proxies;
    this.authenticator = authenticator;
    this.servingBundle = servingBundle;
    this.platformServlets = servingBundle < 0;
  }

  @Override
  public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Who the client is, through the trusted proxies: everything below and the servlets use it.
    Client client = proxies.clientOf(request);
    request.setAttribute(Client.ATTRIBUTE, client);
    SecurityHeaders.apply(response, client.secure());
    String path = Paths.of(request);
    Optional<BasicCredentials> basic = BasicCredentials.parse(request.getHeader("Authorization"));
    Optional<Actor> actor;
    if (basic.isPresent()) {
      if (!CrossSite.sameOriginOrNone(request)) {
        return refuse(
            request,
            response,
            forbidden("HTTP Basic credentials are not accepted from another origin."));
      }
      Authenticator current = authenticator;
      if (current == null) {
        return refuse(request, response, unavailable());
      }
      String user = basic.get().user();
      String address = client.address();
      Optional<Duration> locked = throttle.lockedFor(user, address);
      if (locked.isPresent()) {
        // Refused without checking the password, or guessing would go on.
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds(locked.get())));
        return refuse(request, response, tooManyAttempts());
      }
      char[] password = basic.get().password();
      try {
        actor = current.authenticate(user, password, ClientChannel.of(request));
      } catch (IllegalStateException e) {
        // The realm could not check the password: no answer, and no failed login to count.
        response.setHeader("Retry-After", Long.toString(REALM_RETRY_SECONDS));
        return refuse(request, response, realmUnavailable());
      } finally {
        Arrays.fill(password, '\0');
      }
      if (actor.isEmpty()) {
        throttle.failed(user, address);
        // Wrong credentials are refused even on open paths: a client must learn they are wrong.
        return refuse(request, response, unauthorized("The user name or password is not valid."));
      }
      throttle.succeeded(user);
      request.setAttribute(AUTHENTICATION_TYPE, HttpServletRequest.BASIC_AUTH);
    } else {
      Optional<WebSessions.Live> live =
          SessionCookie.read(request).flatMap(t -> sessions.find(t, ClientChannel.of(request)));
      actor = live.map(WebSessions.Live::actor);
      if (live.isPresent()) {
        String csrf = live.get().csrfToken();
        if (!CrossSite.safe(request.getMethod())
            && !path.equals("/login")
            && !CrossSite.carriesToken(request, path, csrf)) {
          return refuse(
              request, response, forbidden("The request did not carry this session's CSRF token."));
        }
        request.setAttribute(AUTHENTICATION_TYPE, HttpServletRequest.FORM_AUTH);
        request.setAttribute(SteunpuntHttp.CSRF_ATTRIBUTE, csrf);
      }
    }
    if (actor.isPresent()) {
      Authenticator current = authenticator;
      if (current == null) {
        return refuse(request, response, unavailable());
      }
      // A session's actor keeps the channel of its login; each request names its own client.
      Actor user = current.onChannel(actor.get(), ClientChannel.of(request));
      if (platformServlets) {
        request.setAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE, user);
      } else {
        // Another bundle's servlet: the user through that bundle's channel, for this request.
        current
            .partnerCall(user, servingBundle)
            .ifPresent(
                call -> {
                  partnerCalls.get().push(call);
                  request.setAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE, call.actor());
                });
      }
      request.setAttribute(REMOTE_USER, user.user());
      return true;
    }
    if (OPEN_PATHS.contains(path)) {
      return true;
    }
    if (wantsPage(request, path)) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", BrowserRequests.loginFor(request));
      // Committed, or the container would turn a refusal into its own 403.
      response.flushBuffer();
      return false;
    }
    return refuse(request, response, unauthorized("Log in to use this resource."));
  }

  /** Ends the partner call of the request, so its actor is refused from now on. */
  @Override
  public void finishSecurity(HttpServletRequest request, HttpServletResponse response) {
    // A dispatch inside the request (include, forward) has its own call, finished first.
    Authenticator.PartnerCall call = partnerCalls.get().poll();
    if (call != null) {
      call.close();
    }
  }

  private boolean refuse(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    // API clients are challenged; a browser never is (BrowserRequests says why).
    if (problem.status() == HttpServletResponse.SC_UNAUTHORIZED
        && !BrowserRequests.fromBrowser(request)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Steunpunt\", charset=\"UTF-8\"");
    }
    ProblemResponses.send(json, request, response, problem);
    response.flushBuffer();
    return false;
  }

  private static Problem unauthorized(String detail) {
    return Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  private static Problem forbidden(String detail) {
    return Problem.of(HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
  }

  /** Seconds a client is asked to wait when the login realm could not check its credentials. */
  static final long REALM_RETRY_SECONDS = 5;

  private static Problem realmUnavailable() {
    return Problem.of(
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Service Unavailable",
        "Logins cannot be checked at the moment. Try again shortly.");
  }

  private static Problem tooManyAttempts() {
    return Problem.of(429, "Too Many Requests", "Too many failed logins. Try again later.");
  }

  /** Whole seconds, rounded up: a client that waits that long is no longer refused. */
  static long retryAfterSeconds(Duration left) {
    long seconds = left.toSeconds();
    return left.equals(Duration.ofSeconds(seconds)) ? Math.max(1, seconds) : seconds + 1;
  }

  private static Problem unavailable() {
    return Problem.of(
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Service Unavailable",
        "Logins are not possible while the platform starts.");
  }

  /** A browser navigating to a page (not an API client) is sent to the login page. */
  private static boolean wantsPage(HttpServletRequest request, String path) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && !path.startsWith("/api/")
        && accept != null
        && accept.contains("text/html");
  }
}
