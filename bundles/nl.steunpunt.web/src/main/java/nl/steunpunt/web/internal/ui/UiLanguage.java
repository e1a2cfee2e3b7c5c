package nl.steunpunt.web.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.partner.http.ProblemException;

/**
 * The language of the shell: {@code nl} or {@code en}, from {@code lang}, the language cookie or
 * Accept-Language.
 */
final class UiLanguage {

  static final List<String> SUPPORTED = List.of("nl", "en");

  /** The cookie in which the shell keeps the language chosen in a browser (lib/locale.js). */
  static final String COOKIE = "steunpunt_lang";

  private UiLanguage() {}

  /**
   * The language of the shell in this browser: the one its user chose there (the cookie the shell
   * sets, {@value #COOKIE}), else the first of the browser's languages the shell has.
   */
  static String ofBrowser(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
          return cookie.getValue();
        }
      }
    }
    return of(Optional.empty(), request.getHeader("Accept-Language"));
  }

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
