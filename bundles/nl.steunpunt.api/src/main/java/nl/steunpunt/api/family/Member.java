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

  /**
   * Returns a copy of this member with another role; every other part stays the same. The copy is
   * made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param role the member's place in the family
   * @return the copy
   * @since 2.0
   */
  public Member withRole(MemberRole role) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }

  /**
   * Returns a copy of this member with another givenName; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param givenName the given name
   * @return the copy
   * @since 2.0
   */
  public Member withGivenName(String givenName) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }

  /**
   * Returns a copy of this member with another birthYear; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param birthYear the year of birth
   * @return the copy
   * @since 2.0
   */
  public Member withBirthYear(int birthYear) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }

  /**
   * Returns a copy of this member with another languages; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param languages the languages the member speaks
   * @return the copy
   * @since 2.0
   */
  public Member withLanguages(List<String> languages) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }

  /**
   * Returns a copy of this member with another whereabouts; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param whereabouts where the member is
   * @return the copy
   * @since 2.0
   */
  public Member withWhereabouts(Whereabouts whereabouts) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }

  /**
   * Returns a copy of this member with another version number; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new member.
   *
   * @param version the version
   * @return the copy
   * @since 2.0
   */
  public Member withVersion(long version) {
    return new Member(id, familyId, role, givenName, birthYear, languages, whereabouts, version);
  }
}
