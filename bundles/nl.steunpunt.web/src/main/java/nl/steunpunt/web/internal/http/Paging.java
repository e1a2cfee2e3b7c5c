package nl.steunpunt.web.internal.http;

import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;

/** The paging query parameters {@code offset} (default 0) and {@code limit} (default 50). */
public final class Paging {

  static final int DEFAULT_LIMIT = 50;

  private Paging() {}

  /**
   * Reads a page request from the parameter values.
   *
   * @param offset the value of {@code offset}, or null
   * @param limit the value of {@code limit}, or null
   * @throws ValidationException naming each parameter that is not a number in range
   */
  public static PageRequest of(String offset, String limit) {
    List<FieldError> errors = new ArrayList<>();
    Integer from = number(offset, 0, "offset", errors);
    Integer size = number(limit, DEFAULT_LIMIT, "limit", errors);
    if (from != null && from < 0) {
      errors.add(new FieldError("offset", "must be 0 or more"));
    }
    if (size != null && (size < 1 || size > PageRequest.MAX_LIMIT)) {
      errors.add(new FieldError("limit", "must be from 1 to " + PageRequest.MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new PageRequest(from, size);
  }

  /** The number, the fallback when absent, or null (and an error) when it is not a number. */
  private static Integer number(String value, int fallback, String field, List<FieldError> errors) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    if (!value.matches("-?\\d{1,9}")) {
      errors.add(new FieldError(field, "must be a whole number"));
      return null;
    }
    return Integer.parseInt(value);
  }
}
