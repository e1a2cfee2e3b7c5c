package nl.steunpunt.web.internal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in the Netherlands, the platform's calendar (the rules set due dates by it), as the shell's
 * page is sent: its date and the instants (epoch milliseconds) it begins and ends there. The page
 * counts days from it while the day lasts, so a page that shows due dates makes no date formatter
 * with a time zone: in Chromium the first one costs a new page 40-60 ms on the main thread
 * (docs/benchmarks.md).
 *
 * @param date the day, ISO ({@code yyyy-mm-dd})
 * @param from when it begins: midnight in the Netherlands
 * @param until when the next day begins (a day is 23 or 25 hours long when the clocks change)
 */
record CentreDay(String date, long from, long until) {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** The day in the Netherlands that {@code now} falls on. */
  static CentreDay at(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, NETHERLANDS);
    return new CentreDay(
        day.toString(),
        day.atStartOfDay(NETHERLANDS).toInstant().toEpochMilli(),
        day.plusDays(1).atStartOfDay(NETHERLANDS).toInstant().toEpochMilli());
  }
}
