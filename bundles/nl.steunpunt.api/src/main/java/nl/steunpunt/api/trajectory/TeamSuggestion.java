package nl.steunpunt.api.trajectory;

import java.util.List;

/**
 * A staff member suggested for a family's team because they speak the family's languages.
 *
 * @param user the staff member's login name
 * @param expertise what they bring
 * @param sharedLanguages the family's languages they speak, in the family's order
 * @since 0.1
 */
public record TeamSuggestion(String user, Expertise expertise, List<String> sharedLanguages) {
  /** Creates a suggestion; the languages are copied. */
  public TeamSuggestion {
    sharedLanguages = List.copyOf(sharedLanguages);
  }
}
