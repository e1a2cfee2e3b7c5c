package nl.steunpunt.web.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A resource path such as {@code /api/v1/families/{id}/members}, written as in the OpenAPI
 * document. A variable segment matches only a UUID in its canonical form, so a malformed id is
 * simply a path that does not exist (404).
 */
public record PathTemplate(String template) {

  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Matches a request path.
   *
   * @param path the decoded request path
   * @return the ids of the variable segments in order, or empty when the path does not match
   */
  public Optional<List<UUID>> match(String path) {
    String[] expected = template.split("/", -1);
    String[] actual = path.split("/", -1);
    if (expected.length != actual.length) {
      return Optional.empty();
    }
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      if (expected[i].startsWith("{")) {
        if (!UUID_FORM.matcher(actual[i]).matches()) {
          return Optional.empty();
        }
        ids.add(UUID.fromString(actual[i]));
      } else if (!expected[i].equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(ids));
  }
}
