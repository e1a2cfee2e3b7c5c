package nl.steunpunt.api.family;

import java.util.List;
import java.util.regex.Pattern;
import nl.steunpunt.api.common.ValidationException;

/**
 * Language codes: ISO 639-1 (two letters, {@code nl}, {@code ar}) or, for languages without one,
 * ISO 639-3 (three letters, {@code tzm} for Tamazight).
 *
 * @since 0.1
 */
public final class Languages {

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  /** The most languages one person or family may list. */
  public static final int MAX = 10;

  private Languages() {}

  /**
   * Checks and copies a list of language codes.
   *
   * @param field the field name, for the error
   * @param codes the codes
   * @return an unmodifiable copy without duplicates, in the given order
   * @throws ValidationException when a code is malformed or the list is too long
   */
  public static List<String> check(String field, List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    List<String> distinct = codes.stream().distinct().toList();
    if (distinct.size() > MAX) {
      throw ValidationException.of(field, "at most " + MAX + " languages");
    }
    for (String code : distinct) {
      if (code == null || !CODE.matcher(code).matches()) {
        throw ValidationException.of(field, "language codes are ISO 639 codes such as nl or ar");
      }
    }
    return distinct;
  }
}
