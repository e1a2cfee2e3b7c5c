package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests, talking to the test Karaf on localhost. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static URI uri(String path) {
    return uri(SteunpuntKaraf.HTTP_PORT, path);
  }

  /** On another port of the loopback address: a second node, or the load balancer. */
  static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static HttpRequest.Builder request(String path) {
    return request(SteunpuntKaraf.HTTP_PORT, path);
  }

  static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(20));
  }

  static HttpRequest.Builder request(String path, String user, String password) {
    return request(SteunpuntKaraf.HTTP_PORT, path, user, password);
  }

  static HttpRequest.Builder request(int port, String path, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request(port, path).header("Authorization", "Basic " + token);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /**
   * Sends a request with a JSON body (or none, when null) as a demo user.
   *
   * @param ifMatch the If-Match header, or null for none
   */
  static HttpResponse<String> send(
      String method, String path, String user, String body, String ifMatch) throws IOException {
    return send(SteunpuntKaraf.HTTP_PORT, method, path, user, body, ifMatch);
  }

  /** {@link #send(String, String, String, String, String)} to another port. */
  static HttpResponse<String> send(
      int port, String method, String path, String user, String body, String ifMatch)
      throws IOException {
    HttpRequest.Builder request =
        request(port, path, user, "demo")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** Adds a member living at home to a family as the demo counsellor; returns the 201 answer. */
  static HttpResponse<String> addMember(String family, String role, String name, int born)
      throws IOException {
    return send(
        "POST",
        "/api/v1/families/" + family + "/members",
        "counsellor",
        "{\"role\":\""
            + role
            + "\",\"givenName\":\""
            + name
            + "\",\"birthYear\":"
            + born
            + ",\"languages\":[\"nl\"],\"whereabouts\":\"AT_HOME_NL\"}",
        null);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** Waits until /health answers 200: the web bundle registers its servlets asynchronously. */
  static HttpResponse<String> awaitHealthy() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = send(request("/health"));
        if (last.statusCode() == 200) {
          return last;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "not healthy in time: "
            + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  /** A form login, as the browser's; the session cookie ({@code name=value}). */
  static String formLogin(String user, String password) throws IOException {
    return formLogin(SteunpuntKaraf.HTTP_PORT, user, password);
  }

  static String formLogin(int port, String user, String password) throws IOException {
    HttpResponse<String> login =
        send(
            request(port, "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + password, StandardCharsets.UTF_8)));
    if (login.statusCode() != 303) {
      throw new IOException(
          "the login of " + user + " answered " + login.statusCode() + NodeLog.here());
    }
    return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  /** {@code GET /api/v1/me} with a session cookie only. */
  static HttpResponse<String> meWithCookie(String cookie) throws IOException {
    return meWithCookie(SteunpuntKaraf.HTTP_PORT, cookie);
  }

  static HttpResponse<String> meWithCookie(int port, String cookie) throws IOException {
    return send(
        request(port, "/api/v1/me").header("Cookie", cookie).header("Accept", "application/json"));
  }
}
