package nl.steunpunt.web.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail an explanation of this occurrence, safe to show: never data or a stack trace
 * @param instance the request path the problem occurred on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

  /** The media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem of the generic kind, named by its status. */
  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }

  /** The same problem, occurred on the given path. */
  public Problem at(String path) {
    return new Problem(type, title, status, detail, path);
  }
}
