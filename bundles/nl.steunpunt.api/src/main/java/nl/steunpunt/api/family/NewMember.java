package nl.steunpunt.api.family;

import java.util.List;

/**
 * What is needed to add a member to a family.
 *
 * @param role the member's place in the family
 * @param givenName the given name only, 1 to 60 characters
 * @param birthYear the year of birth, not in the future and not before 1900
 * @param languages the languages the member speaks
 * @param whereabouts where the member is now
 * @since 0.1
 */
public record NewMember(
    MemberRole role,
    String givenName,
    Integer birthYear,
    List<String> languages,
    Whereabouts whereabouts) {}
