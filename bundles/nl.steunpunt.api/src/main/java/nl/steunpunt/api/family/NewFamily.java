package nl.steunpunt.api.family;

import java.util.List;

/**
 * What is needed to register a family. The reference is generated.
 *
 * @param municipality the CBS code of the municipality (e.g. {@code 0363}); must be a current or
 *     merged municipality of the register
 * @param languages the languages spoken at home
 * @param background the background, or {@link Background#NOT_RECORDED}
 * @since 0.1
 */
public record NewFamily(String municipality, List<String> languages, Background background) {}
