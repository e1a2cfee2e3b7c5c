package nl.steunpunt.web.internal.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.partner.http.ProblemException;

/**
 * Turns Jackson's binding failures into 400 problems that name the field and what it should be.
 * Field names are told only where they are names of the target types (never keys of a map, which
 * are input) and values never are: Jackson's own message quotes them.
 */
final class BindingProblems {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private BindingProblems() {}

  static ProblemException unknownField(UnrecognizedPropertyException e) {
    String known =
        e.getKnownPropertyIds() == null
            ? ""
            : e.getKnownPropertyIds().stream()
                .map(String::valueOf)
                .sorted()
                .collect(Collectors.joining(", "));
    List<Reference> path = e.getPath();
    String parent = field(path.subList(0, Math.max(0, path.size() - 1)));
    String where = parent.equals("body") ? "The request body" : "The object " + parent;
    return ProblemException.invalid(
        where + " has a field this resource does not know.",
        List.of(new FieldError(parent, "unknown field; the fields are: " + known)));
  }

  static ProblemException mismatch(MismatchedInputException e) {
    return ProblemException.invalid(
        "The request body is not of the expected form; see errors.",
        List.of(new FieldError(field(e.getPath()), expectation(e.getTargetType()))));
  }

  /** The path of a field as in the API's field errors: {@code team[1].user}. */
  static String field(List<Reference> path) {
    StringBuilder field = new StringBuilder();
    for (Reference reference : path) {
      if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null
          && isTypeProperty(reference.getFrom())
          && NAME.matcher(reference.getFieldName()).matches()) {
        field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else {
        break;
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static boolean isTypeProperty(Object from) {
    return !(from instanceof Map<?, ?>)
        && !(from instanceof JsonNode)
        && !(from instanceof Class<?> c
            && (Map.class.isAssignableFrom(c) || JsonNode.class.isAssignableFrom(c)));
  }

  static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (type == UUID.class) {
      return "must be a UUID";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "must be an ISO-8601 date or time";
    }
    return "must be an object";
  }
}
