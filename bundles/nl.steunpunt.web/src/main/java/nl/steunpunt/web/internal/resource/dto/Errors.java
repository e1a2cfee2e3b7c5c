package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;

/** Ends a mapping that found errors of its own, before the service sees the request. */
final class Errors {

  private Errors() {}

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
