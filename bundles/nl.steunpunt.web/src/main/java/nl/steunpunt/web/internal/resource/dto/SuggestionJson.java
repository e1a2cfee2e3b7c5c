package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.TeamSuggestion;

/** A suggested team member and the family's languages they speak. */
public record SuggestionJson(String user, Expertise expertise, List<String> sharedLanguages) {

  public static SuggestionJson of(TeamSuggestion suggestion) {
    return new SuggestionJson(
        suggestion.user(), suggestion.expertise(), suggestion.sharedLanguages());
  }
}
