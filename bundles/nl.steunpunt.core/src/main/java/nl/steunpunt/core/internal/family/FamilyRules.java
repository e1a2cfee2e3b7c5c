package nl.steunpunt.core.internal.family;

import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import nl.steunpunt.api.family.Languages;
import nl.steunpunt.api.family.Municipality;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.core.internal.validation.Check;

/** The rules of family and member data, checked before anything is stored. */
public final class FamilyRules {

  static final Pattern REFERENCE = Pattern.compile("F-\\d{4}-\\d{4}");
  static final int MAX_NAME = 60;
  static final int FIRST_BIRTH_YEAR = 1900;

  private final MunicipalityRegister municipalities;

  FamilyRules(MunicipalityRegister municipalities) {
    this.municipalities = municipalities;
  }

  /** A family must live in a municipality that exists today. */
  void municipality(Check check, String code) {
    if (!check.present(code, "municipality")) {
      return;
    }
    var found = municipalities.find(code);
    if (check.that(found.isPresent(), "municipality", "is not a known CBS municipality code")) {
      Municipality municipality = found.get();
      check.that(
          municipality.mergedInto().isEmpty(),
          "municipality",
          "merged into "
              + municipalities.current(code).map(Municipality::code).orElse("another")
              + "; use the new code");
    }
  }

  List<String> languages(Check check, String field, List<String> languages) {
    return check.capture(() -> Languages.check(field, languages), List.of());
  }

  void givenName(Check check, String name) {
    check.text(name, "givenName", MAX_NAME);
  }

  void birthYear(Check check, Integer birthYear, Year now) {
    if (check.present(birthYear, "birthYear")) {
      check.that(birthYear <= now.getValue(), "birthYear", "must not be in the future");
      check.that(
          birthYear >= FIRST_BIRTH_YEAR, "birthYear", "must be " + FIRST_BIRTH_YEAR + " or later");
    }
  }

  /** The pseudonymous reference of the {@code number}th family of a year: F-2026-0042. */
  public static String reference(int year, int number) {
    if (number > 9999) {
      throw new IllegalStateException("more than 9999 families registered in " + year);
    }
    return String.format("F-%04d-%04d", year, number);
  }
}
