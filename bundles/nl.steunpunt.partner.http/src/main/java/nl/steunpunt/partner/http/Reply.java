package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An answer: status, body (JSON, or the text of a {@link #text} reply; null for none), media type,
 * for one versioned record its ETag, and for a download the file name it is saved as.
 */
public record Reply(
    int status,
    JsonNode body,
    String mediaType,
    OptionalLong version,
    Optional<String> attachment) {

  /** An answer that is not a download. */
  public Reply(int status, JsonNode body, String mediaType, OptionalLong version) {
    this(status, body, mediaType, version, Optional.empty());
  }

  /**
   * The same answer, sent as a download saved as {@code filename}.
   *
   * @param filename letters, digits, dots, dashes and underscores only, so it needs no quoting
   */
  public Reply attachment(String filename) {
    if (!filename.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new IllegalArgumentException("A download's name is plain letters, digits and . - _");
    }
    return new Reply(status, body, mediaType, version, Optional.of(filename));
  }

  /** The media type of JSON answers. */
  public static final String JSON = "application/json; charset=utf-8";

  /**
   * A 200 with a text body sent as it is, not as JSON (an export such as CSV).
   *
   * @param mediaType a {@code text/…} media type, with its charset
   */
  public static Reply text(String text, String mediaType) {
    if (!mediaType.startsWith("text/")) {
      throw new IllegalArgumentException("A text reply has a text media type");
    }
    return new Reply(200, TextNode.valueOf(text), mediaType, OptionalLong.empty());
  }

  /** Whether the body is sent as plain text (see {@link #text}) rather than as JSON. */
  public boolean isText() {
    return body != null && body.isTextual() && mediaType.startsWith("text/");
  }

  public static Reply ok(JsonNode body) {
    return new Reply(200, body, JSON, OptionalLong.empty());
  }

  public static Reply ok(JsonNode body, long version) {
    return new Reply(200, body, JSON, OptionalLong.of(version));
  }

  public static Reply created(JsonNode body, long version) {
    return new Reply(201, body, JSON, OptionalLong.of(version));
  }

  public static Reply noContent() {
    return new Reply(204, null, null, OptionalLong.empty());
  }

  /** The answer for a problem. */
  public static Reply problem(Problem problem) {
    return new Reply(problem.status(), problem.json(), Problem.MEDIA_TYPE, OptionalLong.empty());
  }
}
