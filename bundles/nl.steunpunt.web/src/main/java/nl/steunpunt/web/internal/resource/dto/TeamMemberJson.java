package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.TeamAssignment;

/** A team member: {@code {user, expertise, languages}}, in requests and responses alike. */
public record TeamMemberJson(String user, Expertise expertise, List<String> languages) {

  public static TeamMemberJson of(TeamAssignment assignment) {
    return new TeamMemberJson(assignment.user(), assignment.expertise(), assignment.languages());
  }
}
