package nl.steunpunt.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/**
 * An answer of the platform.
 *
 * @param status the HTTP status
 * @param body the body as text (an RFC 9457 problem on an error)
 * @param headers the headers
 */
public record Reply(int status, String body, HttpHeaders headers) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body as JSON; fails with the status and body when it is not JSON. */
  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("not JSON (" + this + ")", e);
    }
  }

  /** The {@code ETag} header, for the {@code If-Match} of a change. */
  public String etag() {
    return headers.firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag"));
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
