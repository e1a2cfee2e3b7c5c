package nl.steunpunt.core.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;

/**
 * Collects what is wrong with a request, field by field, so the caller learns every error at once.
 * Messages never echo the value.
 */
public final class Check {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final List<FieldError> errors = new ArrayList<>();

  /** Records an error when the condition fails; returns the condition. */
  public boolean that(boolean condition, String field, String message) {
    if (!condition) {
      errors.add(new FieldError(field, message));
    }
    return condition;
  }

  /** Records an error when the value is missing; returns whether it is present. */
  public boolean present(Object value, String field) {
    return that(value != null, field, "is required");
  }

  /** Checks a short text: present, not blank, within a length, no control characters. */
  public boolean text(String value, String field, int maxLength) {
    if (!present(value, field)) {
      return false;
    }
    return that(!value.isBlank(), field, "must not be blank")
        && that(value.length() <= maxLength, field, "at most " + maxLength + " characters")
        && that(!CONTROL.matcher(value).find(), field, "must not contain control characters");
  }

  /** Runs a check that throws a validation exception, keeping its errors. */
  public <T> T capture(java.util.function.Supplier<T> check, T fallback) {
    try {
      return check.get();
    } catch (ValidationException e) {
      errors.addAll(e.errors());
      return fallback;
    }
  }

  /** Throws the collected errors, if any. */
  public void done() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
