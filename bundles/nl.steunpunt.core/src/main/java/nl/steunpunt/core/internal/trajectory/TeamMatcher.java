package nl.steunpunt.core.internal.trajectory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.TeamSuggestion;

/**
 * Suggests staff who speak the family's languages: most shared languages first, then whoever speaks
 * the family's first language, then by name. Staff already on the team are left out.
 */
final class TeamMatcher {

  private TeamMatcher() {}

  static List<TeamSuggestion> suggest(
      List<String> familyLanguages, List<TeamAssignment> staff, Set<String> onTeam) {
    return staff.stream()
        .filter(s -> !onTeam.contains(s.user()))
        .map(
            s ->
                new TeamSuggestion(
                    s.user(),
                    s.expertise(),
                    familyLanguages.stream().filter(s.languages()::contains).toList()))
        .filter(s -> !s.sharedLanguages().isEmpty())
        .sorted(
            Comparator.comparing((TeamSuggestion s) -> -s.sharedLanguages().size())
                .thenComparing(s -> familyLanguages.indexOf(s.sharedLanguages().get(0)))
                .thenComparing(TeamSuggestion::user))
        .collect(Collectors.toList());
  }
}
