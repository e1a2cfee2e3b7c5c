package nl.steunpunt.web.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail an explanation of this occurrence, safe to show: never data or a stack trace
 * @param instance the request path the problem occurred on
 * @param errors an extension member for invalid requests: what is wrong, field by field; absent
 *     (null) for other problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors) {

  /** The media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * What is wrong with one field of a request.
   *
   * @param field the field, e.g. {@code birthYear} or {@code team[1].user}
   * @param message what is wrong, never echoing the value
   */
  public record FieldProblem(String field, String message) {}

  /** Creates a problem; the errors, when given, are copied. */
  public Problem {
    errors = errors == null ? null : List.copyOf(errors);
  }

  /** A problem of the generic kind, named by its status. */
  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  /** The same problem, with errors per field. */
  public Problem withErrors(List<FieldProblem> fieldProblems) {
    return new Problem(type, title, status, detail, instance, fieldProblems);
  }

  /** The same problem, occurred on the given path. */
  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }
}
