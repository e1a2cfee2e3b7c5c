package nl.steunpunt.partner.http;

import java.util.List;
import java.util.Objects;
import nl.steunpunt.api.common.FieldError;

/**
 * An RFC 9457 problem, the body of every error answer: safe to show, so never data of a record,
 * never a stack trace.
 *
 * @param status the HTTP status
 * @param title the short summary of the kind of problem
 * @param detail what went wrong this time
 * @param errors what is wrong per field, for a 400; empty otherwise
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

  /** The media type of problem answers. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Creates a problem; the errors are copied. */
  public Problem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
  }

  /** A problem without field errors. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(status, title, detail, List.of());
  }
}
