package nl.steunpunt.api.family;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person in a family.
 *
 * @param id the member's id
 * @param familyId the family
 * @param role the member's place in the family
 * @param givenName the given name only (the surname is never stored)
 * @param birthYear the year of birth
 * @param languages the languages the member speaks (ISO 639 codes)
 * @param whereabouts where the member is; changed only through an event
 * @param version the version, for optimistic concurrency
 * @since 0.1
 */
public record Member(
    UUID id,
    UUID familyId,
    MemberRole role,
    String givenName,
    int birthYear,
    List<String> languages,
    Whereabouts whereabouts,
    long version) {

  /** Creates a member; the languages are copied. */
  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(givenName, "givenName");
    languages = List.copyOf(languages);
    Objects.requireNonNull(whereabouts, "whereabouts");
  }
}
