package nl.steunpunt.web.internal.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * Tells a browser's request from an API client's, and where a browser goes to log in and back.
 *
 * <p>A browser never gets an HTTP Basic challenge: it would show its own password prompt, keep the
 * credentials it was given and send them with every request after, ahead of the session cookie, so
 * that logging out would no longer log out. A request is a browser's when it is the shell's (which
 * names itself in {@value #SHELL_HEADER}), asks for HTML, carries the {@code Sec-Fetch-Mode} header
 * browsers add, or carries a session cookie (a session that expired).
 */
final class BrowserRequests {

  /** The header the shell's API calls carry (lib/api.js). */
  static final String SHELL_HEADER = "X-Steunpunt-Shell";

  /** The login page's parameter for where to go after the login. */
  static final String RETURN_PARAMETER = "return";

  /** The longest return path taken; a longer one goes to the shell's start. */
  private static final int MAX_RETURN_LENGTH = 2048;

  private BrowserRequests() {}

  static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return request.getHeader(SHELL_HEADER) != null
        || request.getHeader("Sec-Fetch-Mode") != null
        || (accept != null && accept.contains("text/html"))
        || SessionCookie.read(request).isPresent();
  }

  /** The login page, with the page asked for to return to when that is a page of the shell. */
  static String loginFor(HttpServletRequest request) {
    String query = request.getQueryString();
    String asked = request.getRequestURI() + (query == null ? "" : "?" + query);
    return safeReturn(asked)
        .map(
            path ->
                "/login?"
                    + RETURN_PARAMETER
                    + "="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8))
        .orElse("/login");
  }

  /**
   * A path to return to after the login, when it is one of the shell's pages: {@code /ui/…} on this
   * server, never another host (no {@code //}, no backslash, no control character).
   */
  static Optional<String> safeReturn(String path) {
    if (path == null
        || path.length() > MAX_RETURN_LENGTH
        || !path.startsWith(LoginServlet.HOME)
        || path.contains("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    return Optional.of(path);
  }
}
