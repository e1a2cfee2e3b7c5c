package nl.steunpunt.web.internal.resource.dto;

import java.util.Optional;
import nl.steunpunt.api.common.ValidationException;

/** The query parameter of {@code GET /break-glass}: {@code unreviewed}, true or false (default). */
public record BreakGlassQuery(Optional<String> unreviewed) {

  /**
   * Whether only the uses still to review are asked for.
   *
   * @throws ValidationException when the value is neither true nor false
   */
  public boolean unreviewedOnly() {
    return unreviewed
        .map(
            value ->
                switch (value) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw ValidationException.of("unreviewed", "must be true or false");
                })
        .orElse(false);
  }
}
