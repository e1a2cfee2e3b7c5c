package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;

/** A trajectory as the REST API shows it; partners sorted, so equal sets read the same. */
public record TrajectoryJson(
    UUID id,
    UUID familyId,
    Phase phase,
    List<TeamMemberJson> team,
    List<String> partners,
    String openedAt,
    long version) {

  public static TrajectoryJson of(Trajectory trajectory) {
    return new TrajectoryJson(
        trajectory.id(),
        trajectory.familyId(),
        trajectory.phase(),
        trajectory.team().stream().map(TeamMemberJson::of).toList(),
        trajectory.partners().stream().sorted().toList(),
        Dates.format(trajectory.openedAt()),
        trajectory.version());
  }
}
