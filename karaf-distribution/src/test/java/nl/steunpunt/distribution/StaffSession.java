package nl.steunpunt.distribution;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A staff member's browser session for the benchmarks: one form login, then the session cookie and
 * its CSRF token on every request, as the shell sends them. (HTTP Basic would check the password's
 * bcrypt hash on every request and measure that instead.)
 */
final class StaffSession {

  private final int port;
  private final String cookie;
  private final String csrf;

  private StaffSession(int port, String cookie, String csrf) {
    this.port = port;
    this.cookie = cookie;
    this.csrf = csrf;
  }

  static StaffSession login(String user) throws IOException {
    return login(SteunpuntKaraf.HTTP_PORT, user);
  }

  /** A login on the platform at {@code port} of the loopback address (a node, a balancer). */
  static StaffSession login(int port, String user) throws IOException {
    HttpResponse<String> login =
        Http.send(
            Http.request(port, "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=demo", StandardCharsets.UTF_8)));
    String cookie =
        login
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow(
                () -> new IOException("no session: " + login.statusCode() + NodeLog.here()))
            .split(";")[0];
    HttpResponse<String> me = Http.send(Http.request(port, "/api/v1/me").header("Cookie", cookie));
    return new StaffSession(port, cookie, Http.json(me).get("csrfToken").asText());
  }

  /** The session cookie, {@code name=value}. */
  String cookie() {
    return cookie;
  }

  /** The same session, sent to another port: another node of a cluster. */
  StaffSession at(int otherPort) {
    return new StaffSession(otherPort, cookie, csrf);
  }

  HttpResponse<String> get(String path) throws IOException {
    return Http.send(Http.request(port, path).header("Cookie", cookie));
  }

  HttpResponse<String> post(String path, String json) throws IOException {
    return Http.send(
        Http.request(port, path)
            .header("Cookie", cookie)
            .header("X-CSRF-Token", csrf)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }
}
