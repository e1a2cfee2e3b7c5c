package nl.steunpunt.web.internal.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * The defences against cross-site requests. A browser session must prove each state-changing
 * request with its CSRF token (the SameSite cookie alone leaves same-site subdomains and old
 * browsers); an HTTP Basic request that a browser sent for another origin is refused, since a
 * browser may replay cached Basic credentials.
 */
final class CrossSite {

  /** The header that carries the session's CSRF token. */
  static final String HEADER = "X-CSRF-Token";

  /** The form field that carries it in the logout form. */
  static final String FORM_FIELD = "csrf";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private CrossSite() {}

  /** Whether the method changes nothing, so it needs no token. */
  static boolean safe(String method) {
    return SAFE_METHODS.contains(method);
  }

  /**
   * Whether the request carries the session's CSRF token: in the header, or for a form POST to
   * {@code /logout} in the form field.
   */
  static boolean carriesToken(HttpServletRequest request, String path, String expected) {
    String given = request.getHeader(HEADER);
    if (given == null && path.equals("/logout") && isForm(request.getContentType())) {
      given = request.getParameter(FORM_FIELD);
    }
    // A session always has a token; an empty one (a session that ended meanwhile) proves nothing.
    return given != null
        && !expected.isEmpty()
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether an Origin header, if present, names the request's own scheme, host and port. */
  static boolean sameOriginOrNone(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI uri = new URI(origin.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return false; // "null", or not an origin at all
      }
      int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
      Client client = Client.of(request);
      return scheme.equalsIgnoreCase(client.scheme())
          && host.equalsIgnoreCase(client.host())
          && port == client.port();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isForm(String contentType) {
    return contentType != null
        && contentType
            .split(";", 2)[0]
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals("application/x-www-form-urlencoded");
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
