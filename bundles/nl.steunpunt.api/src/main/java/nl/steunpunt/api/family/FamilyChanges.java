package nl.steunpunt.api.family;

import java.util.List;

/**
 * The new values of a family's changeable fields (all of them: an update replaces them).
 *
 * @param municipality the CBS code of the municipality
 * @param languages the languages spoken at home
 * @param background the background
 * @since 0.1
 */
public record FamilyChanges(String municipality, List<String> languages, Background background) {}
