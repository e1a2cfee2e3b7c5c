package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.trajectory.TeamSuggestion;
import nl.steunpunt.api.trajectory.Trajectory;

/** The body of {@code GET /trajectories/{id}/team}: the team and who else would fit. */
public record TeamJson(List<TeamMemberJson> team, List<SuggestionJson> suggestions) {

  public static TeamJson of(Trajectory trajectory, List<TeamSuggestion> suggestions) {
    return new TeamJson(
        trajectory.team().stream().map(TeamMemberJson::of).toList(),
        suggestions.stream().map(SuggestionJson::of).toList());
  }
}
