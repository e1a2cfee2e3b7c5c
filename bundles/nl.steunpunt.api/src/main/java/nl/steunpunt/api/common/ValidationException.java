package nl.steunpunt.api.common;

import java.util.List;

/**
 * A request broke a rule of the domain; nothing was changed.
 *
 * @since 0.1
 */
public class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The errors, one per field; never empty. */
  private final List<FieldError> errors;

  /**
   * Creates the exception.
   *
   * @param errors what is wrong; at least one
   */
  public ValidationException(List<FieldError> errors) {
    super(describe(errors), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  /**
   * Creates the exception for one field.
   *
   * @param field the field
   * @param message what is wrong with it
   * @return the exception
   */
  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  /**
   * Returns what is wrong, one error per field.
   *
   * @return the errors
   */
  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ": " + e.message()).toList().toString();
  }
}
