package nl.steunpunt.web.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.partner.http.ProblemException;

/** The language of the shell: {@code nl} or {@code en}, from {@code lang} or Accept-Language. */
final class UiLanguage {

  static final List<String> SUPPORTED = List.of("nl", "en");

  private UiLanguage() {}

  /**
   * Chooses the language.
   *
   * @param lang the query parameter, if given: must be {@code nl} or {@code en}
   * @param acceptLanguage the Accept-Language header, if any; a malformed one is ignored
   * @throws ProblemException 400 when {@code lang} is neither
   */
  static String of(Optional<String> lang, String acceptLanguage) {
    if (lang.isPresent()) {
      if (!SUPPORTED.contains(lang.get())) {
        throw ProblemException.invalid(
            "The language is not supported.", List.of(new FieldError("lang", "must be nl or en")));
      }
      return lang.get();
    }
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return "nl";
    }
    try {
      // parse() sorts by weight; a range of weight 0 is refused by the user.
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (range.getWeight() > 0 && SUPPORTED.contains(primary)) {
          return primary;
        }
      }
    } catch (IllegalArgumentException malformed) {
      // A header we cannot read chooses nothing.
    }
    return "nl";
  }
}
