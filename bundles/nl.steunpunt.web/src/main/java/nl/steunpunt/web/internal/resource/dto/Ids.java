package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.steunpunt.api.common.FieldError;

/** Ids in query parameters: UUIDs in their canonical form only, unlike {@link UUID#fromString}. */
final class Ids {

  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  /** Parses a UUID; null (and an error) when it is malformed. */
  static UUID uuid(String value, String field, List<FieldError> errors) {
    if (!UUID_FORM.matcher(value).matches()) {
      errors.add(new FieldError(field, "must be a UUID"));
      return null;
    }
    return UUID.fromString(value);
  }
}
