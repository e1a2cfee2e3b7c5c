package nl.steunpunt.web.internal.resource.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.steunpunt.api.trajectory.CaseFile;

/**
 * A family's case file as the REST API shows it: the family, its members and its trajectory (left
 * out when the user's roles never see trajectories), each as its own endpoint shows it.
 */
public record CaseFileJson(
    FamilyJson family,
    List<MemberJson> members,
    @JsonInclude(JsonInclude.Include.NON_NULL) TrajectoryJson trajectory) {

  public static CaseFileJson of(CaseFile file) {
    return new CaseFileJson(
        FamilyJson.of(file.family()),
        file.members().stream().map(MemberJson::of).toList(),
        file.trajectory().map(TrajectoryJson::of).orElse(null));
  }
}
