package nl.steunpunt.api.family;

import java.util.List;

/**
 * The new values of a member's changeable fields. Whereabouts are not among them: they change only
 * through {@link FamilyService#changeWhereabouts}, which records an event.
 *
 * @param role the member's place in the family
 * @param givenName the given name
 * @param birthYear the year of birth
 * @param languages the languages the member speaks
 * @since 0.1
 */
public record MemberChanges(
    MemberRole role, String givenName, Integer birthYear, List<String> languages) {}
