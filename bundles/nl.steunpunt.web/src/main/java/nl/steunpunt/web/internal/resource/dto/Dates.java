package nl.steunpunt.web.internal.resource.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.steunpunt.api.common.FieldError;

/**
 * Dates in JSON are ISO-8601 strings; they are parsed here rather than by a Jackson module so that
 * a malformed one becomes an error of its field.
 */
final class Dates {

  private Dates() {}

  /** Parses an instant such as {@code 2026-11-28T10:15:30Z}; null stays null. */
  static Instant instant(String value, String field, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-11-28T10:15:30Z"));
      return null;
    }
  }

  /** Parses a date such as {@code 2026-11-30}; null stays null. */
  static LocalDate date(String value, String field, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO-8601 date such as 2026-11-30"));
      return null;
    }
  }

  /** Formats an instant; null stays null. */
  static String format(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
