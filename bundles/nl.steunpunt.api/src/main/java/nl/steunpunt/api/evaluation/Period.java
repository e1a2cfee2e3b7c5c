package nl.steunpunt.api.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of whole days, {@code from} included and {@code toExclusive} excluded. Days are those of
 * the Netherlands (Europe/Amsterdam): a period starts at midnight there.
 *
 * @param from the first day
 * @param toExclusive the day after the last day
 * @since 0.1
 */
public record Period(LocalDate from, LocalDate toExclusive) {

  /**
   * Creates the period.
   *
   * @throws NullPointerException when a day is missing
   * @throws IllegalArgumentException when the period holds no day
   */
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toExclusive, "toExclusive");
    if (!from.isBefore(toExclusive)) {
      throw new IllegalArgumentException("A period ends after it starts");
    }
  }

  /**
   * The calendar year.
   *
   * @param year the year, e.g. 2017
   * @return 1 January of the year up to 1 January of the next
   */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }
}
