package nl.steunpunt.web.internal.auth;

import java.time.Duration;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Reads and writes the session cookie. The Set-Cookie header is written by hand because the Servlet
 * 4 cookie API cannot say SameSite.
 */
final class SessionCookie {

  /** The name of the session cookie. */
  public static final String NAME = "STEUNPUNT_SESSION";

  private SessionCookie() {}

  static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    // More than one: a cookie planted beside ours (from a sibling subdomain, with a narrower path)
    // would come first; rather no session than someone else's.
    Optional<String> found = Optional.empty();
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = Optional.ofNullable(cookie.getValue());
      }
    }
    return found;
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, String token, Duration maxAge) {
    response.addHeader(
        "Set-Cookie", header(token, maxAge.toSeconds(), Client.of(request).secure()));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Set-Cookie", header("", 0, Client.of(request).secure()));
  }

  static String header(String value, long maxAgeSeconds, boolean secure) {
    return NAME
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
