package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.common.FieldError;

/**
 * Required fields of a request body. A transition of a security report is checked here, field by
 * field, before the service is asked at all: a missing part never reaches it.
 */
final class Required {

  private Required() {}

  /** Adds an error for the field when the value is missing. */
  static void check(Object value, String field, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
    }
  }
}
