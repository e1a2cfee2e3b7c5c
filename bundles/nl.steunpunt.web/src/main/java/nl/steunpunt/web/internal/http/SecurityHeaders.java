package nl.steunpunt.web.internal.http;

import javax.servlet.http.HttpServletResponse;

/** The security headers every response of the steunpunt context carries. */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  /**
   * HSTS for a year: a browser that reached the platform over HTTPS never uses plain HTTP again.
   */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  /**
   * The headers; with HSTS when the client came over HTTPS (directly or through a trusted proxy
   * that terminated TLS). Over plain HTTP a browser ignores HSTS, so it is not sent then.
   */
  public static void apply(HttpServletResponse response, boolean secure) {
    if (secure) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
  }
}
