package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import nl.steunpunt.api.common.FieldError;

/**
 * An RFC 9457 problem, the body of every error answer of the platform's REST API and of every
 * partner's endpoints: safe to show, so never data of a record, never a stack trace. One type for
 * both, so a client reads the platform's errors and a partner's the same way.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title the short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, or null when the status says it all
 * @param instance the request path the problem occurred on, or null when not told
 * @param errors what is wrong per field, for a 400; empty otherwise
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** The media type of problem answers. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The type of a problem its status names well enough. */
  public static final String BLANK = "about:blank";

  /** Creates a problem; the errors are copied, null for none. */
  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A problem of the generic kind with errors per field (none when empty). */
  public Problem(int status, String title, String detail, List<FieldError> errors) {
    this(BLANK, title, status, detail, null, errors);
  }

  /** A problem of the generic kind, without field errors. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(status, title, detail, List.of());
  }

  /** The same problem, with errors per field. */
  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  /** The same problem, occurred on the given path. */
  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  /**
   * The problem as JSON: {@code type}, {@code title}, {@code status}, and {@code detail}, {@code
   * instance} and {@code errors} ({@code field}, {@code message}) when there are any.
   */
  public ObjectNode json() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      ArrayNode list = body.putArray("errors");
      errors.forEach(e -> list.addObject().put("field", e.field()).put("message", e.message()));
    }
    return body;
  }
}
