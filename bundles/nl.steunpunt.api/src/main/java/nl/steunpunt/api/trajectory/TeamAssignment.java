package nl.steunpunt.api.trajectory;

import java.util.List;
import java.util.Objects;

/**
 * A staff member assigned to a trajectory's team.
 *
 * @param user the staff member's login name
 * @param expertise what they bring
 * @param languages the languages they counsel in (ISO 639 codes)
 * @since 0.1
 */
public record TeamAssignment(String user, Expertise expertise, List<String> languages) {
  /** Creates an assignment; the languages are copied. */
  public TeamAssignment {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expertise, "expertise");
    languages = List.copyOf(languages);
  }
}
