package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;

/**
 * Reads the fields of one request object and collects every error before failing, so a form can
 * show them all at once. Messages never echo the value.
 */
public final class Fields {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final ObjectNode body;
  private final List<FieldError> errors = new ArrayList<>();

  public Fields(ObjectNode body, Set<String> known) {
    this.body = body;
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    if (!known.containsAll(names)) {
      errors.add(
          new FieldError("body", "may only have the fields " + known.stream().sorted().toList()));
    }
  }

  /** A required date, {@code yyyy-MM-dd}, from 2000 until a year from today. */
  public Optional<LocalDate> date(String name, LocalDate today) {
    Optional<String> text = text(name, 10);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!DATE.matcher(text.get()).matches()) {
      return error(name, "must be a date as yyyy-MM-dd");
    }
    try {
      LocalDate date = LocalDate.parse(text.get());
      if (date.isBefore(LocalDate.of(2000, 1, 1)) || date.isAfter(today.plusYears(1))) {
        return error(name, "must be from 2000-01-01 until a year from today");
      }
      return Optional.of(date);
    } catch (DateTimeParseException e) {
      return error(name, "is not a date of the calendar");
    }
  }

  /** A required string of 1 to {@code max} characters, stripped of surrounding white space. */
  public Optional<String> text(String name, int max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return error(name, "is required");
    }
    if (!node.isTextual()) {
      return error(name, "must be a string");
    }
    String value = node.textValue().strip();
    if (value.isEmpty()) {
      return error(name, "must not be blank");
    }
    if (value.codePointCount(0, value.length()) > max) {
      return error(name, "must be at most " + max + " characters");
    }
    return Optional.of(value);
  }

  /** A required name of an enum constant. */
  public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
    Optional<String> text = text(name, 40);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get())) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return error(name, "must be one of " + names);
  }

  /** A required list of {@code min} to {@code max} strings, each of 1 to {@code length} chars. */
  public Optional<List<String>> texts(String name, int min, int max, int length) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return error(name, "is required");
    }
    if (!node.isArray()) {
      return error(name, "must be a list of strings");
    }
    if (node.size() < min || node.size() > max) {
      return error(name, "must have " + min + " to " + max + " entries");
    }
    List<String> values = new ArrayList<>();
    boolean valid = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String field = name + "[" + i + "]";
      if (!item.isTextual() || item.textValue().isBlank()) {
        errors.add(new FieldError(field, "must be a non-blank string"));
        valid = false;
      } else if (item.textValue().strip().codePointCount(0, item.textValue().strip().length())
          > length) {
        errors.add(new FieldError(field, "must be at most " + length + " characters"));
        valid = false;
      } else {
        values.add(item.textValue().strip());
      }
    }
    return valid ? Optional.of(values) : Optional.empty();
  }

  /**
   * Ends the reading.
   *
   * @throws ValidationException with every error found, when there was any
   */
  public void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private <T> Optional<T> error(String name, String message) {
    errors.add(new FieldError(name, message));
    return Optional.empty();
  }
}
