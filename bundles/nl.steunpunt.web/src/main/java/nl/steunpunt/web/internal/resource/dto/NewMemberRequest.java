package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;

/** The body of {@code POST /families/{id}/members}. */
public record NewMemberRequest(
    MemberRole role,
    String givenName,
    Integer birthYear,
    List<String> languages,
    Whereabouts whereabouts) {

  public NewMember toNew() {
    return new NewMember(role, givenName, birthYear, languages, whereabouts);
  }

  /** Leaves the name out, so a request can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "NewMemberRequest[role=" + role + "]";
  }
}
