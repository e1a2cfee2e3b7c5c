package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;

/**
 * An answer: status, JSON body (null for none), media type and, for one versioned record, its ETag.
 */
public record Reply(int status, JsonNode body, String mediaType, OptionalLong version) {

  /** The media type of JSON answers. */
  public static final String JSON = "application/json; charset=utf-8";

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
    ObjectNode body = JsonBodies.MAPPER.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    if (!problem.errors().isEmpty()) {
      ArrayNode errors = body.putArray("errors");
      problem
          .errors()
          .forEach(e -> errors.addObject().put("field", e.field()).put("message", e.message()));
    }
    return new Reply(problem.status(), body, Problem.MEDIA_TYPE, OptionalLong.empty());
  }
}
