package nl.steunpunt.partner.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path template such as {@code families/{familyId}/meetings}: slash-separated segments, where a
 * segment in braces is a variable. Lenient (a partner's routes): slashes around the path are
 * ignored and a variable matches any one non-empty segment. Exact (the platform's REST API, whose
 * templates are written as in its OpenAPI document): the path is compared slash for slash and a
 * variable matches only a UUID in its canonical form, so a malformed id is simply a path that does
 * not exist (404).
 */
record PathTemplate(String template, boolean exact) {

  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Matches a request path.
   *
   * @param path the decoded path; null for the base
   * @return the variables by name, in the template's order, or empty when the path does not match
   */
  Optional<Map<String, String>> match(String path) {
    String[] expected = split(template);
    String[] actual = split(path == null ? "" : path);
    if (expected.length != actual.length) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < expected.length; i++) {
      String t = expected[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (!fits(actual[i])) {
          return Optional.empty();
        }
        parameters.put(t.substring(1, t.length() - 1), actual[i]);
      } else if (!t.equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  private boolean fits(String segment) {
    return exact ? UUID_FORM.matcher(segment).matches() : !segment.isEmpty();
  }

  private String[] split(String path) {
    if (exact) {
      return path.split("/", -1);
    }
    String trimmed = path;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
