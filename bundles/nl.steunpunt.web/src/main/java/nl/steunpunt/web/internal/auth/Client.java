package nl.steunpunt.web.internal.auth;

import javax.servlet.http.HttpServletRequest;

/**
 * The client of a request as the user's browser sees the platform: its address (for the audit log
 * and the login throttle), and the scheme, host and port it used (for the session cookie's {@code
 * Secure} and the Origin check). Behind a trusted proxy that is what the proxy forwarded ({@link
 * TrustedProxies}); otherwise the connection itself. {@link SteunpuntContext} works it out once per
 * request, before anything else.
 *
 * @param address the client's IP address
 * @param secure whether the client used HTTPS
 * @param host the host name the client asked for
 * @param port the port the client used
 */
record Client(String address, boolean secure, String host, int port) {

  /** The request attribute that holds a request's client. */
  static final String ATTRIBUTE = "nl.steunpunt.web.client";

  /** The scheme the client used. */
  String scheme() {
    return secure ? "https" : "http";
  }

  /** The request's client as worked out at the start; the connection's for a request without. */
  static Client of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Client client ? client : direct(request);
  }

  /** The connection's own: no proxy in between, or none that is trusted. */
  static Client direct(HttpServletRequest request) {
    return new Client(
        request.getRemoteAddr(),
        request.isSecure(),
        request.getServerName(),
        request.getServerPort());
  }
}
