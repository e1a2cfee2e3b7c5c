package nl.steunpunt.api.common;

import java.util.Objects;

/**
 * What is wrong with one field of a request.
 *
 * @param field the name of the field, as in the API (e.g. {@code municipality} or {@code
 *     members[2].birthYear})
 * @param message what is wrong, in English, without echoing the value
 * @since 0.1
 */
public record FieldError(String field, String message) {
  /** Creates a field error; both parts are required. */
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
