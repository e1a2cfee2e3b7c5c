package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.family.MemberChanges;
import nl.steunpunt.api.family.MemberRole;

/** The body of {@code PUT /members/{id}}: whereabouts change only through their own resource. */
public record MemberRequest(
    MemberRole role, String givenName, Integer birthYear, List<String> languages) {

  public MemberChanges toChanges() {
    return new MemberChanges(role, givenName, birthYear, languages);
  }

  /** Leaves the name out, so a request can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "MemberRequest[role=" + role + "]";
  }
}
