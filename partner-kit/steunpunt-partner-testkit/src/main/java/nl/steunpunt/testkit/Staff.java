package nl.steunpunt.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A demo user calling the platform's HTTP API with Basic authentication (every demo user's password
 * is {@code demo}), as {@code curl -u} does. Basic needs no CSRF token, so a test reads like the
 * README's examples; the platform applies the same access policy and audit to either login.
 */
public final class Staff {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;
  private final String user;

  Staff(int port, String user) {
    this.port = port;
    this.user = user;
  }

  /** The login name. */
  public String user() {
    return user;
  }

  /** {@code GET path} ({@code /api/v1/…}). */
  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  /** {@code POST path} with a JSON body. */
  public Reply post(String path, String json) {
    return send("POST", path, json, null);
  }

  /**
   * A request with a JSON body (or none, when null).
   *
   * @param ifMatch the {@code If-Match} header a change needs (the version read), or null
   */
  public Reply send(String method, String path, String json, String ifMatch) {
    String token =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + token)
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  /** Sends a request as is: no login, or one the caller built. */
  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Fails unless the answer has the status, naming the request and the answer.
   *
   * @return the answer
   */
  static Reply expect(int status, Reply reply, String what) {
    if (reply.status() != status) {
      throw new AssertionError(what + ": expected " + status + ", got " + reply);
    }
    return reply;
  }
}
