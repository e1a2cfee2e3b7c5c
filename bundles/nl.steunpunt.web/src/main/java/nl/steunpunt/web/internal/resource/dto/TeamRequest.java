package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.trajectory.TeamAssignment;

/** The body of {@code PUT /trajectories/{id}/team}. */
public record TeamRequest(List<TeamMemberJson> team) {

  /**
   * The assignments. {@link TeamAssignment} refuses missing parts with an exception, so they are
   * checked here and told as field errors; the service checks the rest.
   *
   * @return the assignments, or null when the team is missing (the service then says it is
   *     required)
   */
  public List<TeamAssignment> toAssignments() {
    if (team == null) {
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    List<TeamAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < team.size(); i++) {
      TeamMemberJson member = team.get(i);
      String field = "team[" + i + "]";
      if (member == null) {
        errors.add(new FieldError(field, "is required"));
        continue;
      }
      if (member.user() == null) {
        errors.add(new FieldError(field + ".user", "is required"));
      }
      if (member.expertise() == null) {
        errors.add(new FieldError(field + ".expertise", "is required"));
      }
      List<String> languages = member.languages() == null ? List.of() : member.languages();
      if (languages.stream().anyMatch(Objects::isNull)) {
        errors.add(new FieldError(field + ".languages", "must not contain null"));
      }
      if (errors.isEmpty()) {
        assignments.add(new TeamAssignment(member.user(), member.expertise(), languages));
      }
    }
    Errors.throwIfAny(errors);
    return assignments;
  }
}
