package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;

/** A family member as the REST API shows it. */
public record MemberJson(
    UUID id,
    UUID familyId,
    MemberRole role,
    String givenName,
    int birthYear,
    List<String> languages,
    Whereabouts whereabouts,
    long version) {

  public static MemberJson of(Member member) {
    return new MemberJson(
        member.id(),
        member.familyId(),
        member.role(),
        member.givenName(),
        member.birthYear(),
        member.languages(),
        member.whereabouts(),
        member.version());
  }

  /** Leaves the name out, so a member can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "MemberJson[id=" + id + "]";
  }
}
