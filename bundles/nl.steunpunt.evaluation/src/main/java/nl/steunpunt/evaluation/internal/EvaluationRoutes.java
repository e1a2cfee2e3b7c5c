package nl.steunpunt.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.evaluation.ExportFormat;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The evaluation's endpoints below {@code /api/v1/partners/evaluation}, all of them suppressed:
 * {@code GET /indicators?from&to} (whole months, {@code to} included) and {@code GET
 * /yearly?fromYear&toYear} (each calendar year) for the evaluator's page, and the downloads {@code
 * GET /export.json?fromYear&toYear} and {@code GET /export.csv?fromYear&toYear}. Every read is one
 * audited call of the {@link EvaluationService}; a download is audited as an export.
 */
final class EvaluationRoutes {

  static final String CSV = "text/csv; charset=utf-8";

  private final Supplier<EvaluationService> service;
  private final IndicatorExport export;

  EvaluationRoutes(Supplier<EvaluationService> service, Clock clock) {
    this.service = service;
    this.export = new IndicatorExport(clock);
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "indicators", this::indicators)
        .add("GET", "yearly", call -> Reply.ok(export.json(yearly(call))))
        .add("GET", "export.json", this::exportJson)
        .add("GET", "export.csv", this::exportCsv);
  }

  private Reply exportJson(Call call) {
    int from = year(call, "fromYear");
    int to = year(call, "toYear");
    return Reply.ok(export.json(service.get().export(call.actor(), from, to, ExportFormat.JSON)))
        .attachment(filename(from, to, "json"));
  }

  private Reply exportCsv(Call call) {
    int from = year(call, "fromYear");
    int to = year(call, "toYear");
    return Reply.text(
            export.csv(service.get().export(call.actor(), from, to, ExportFormat.CSV)), CSV)
        .attachment(filename(from, to, "csv"));
  }

  /** For example {@code steunpunt-indicators-2017-2019.csv}. */
  static String filename(int fromYear, int toYear, String extension) {
    return "steunpunt-indicators-" + fromYear + "-" + toYear + "." + extension;
  }

  /**
   * The indicators of whole calendar months. Two overlapping periods give away the difference of
   * their counts, which no suppression of either can hide; whole months keep such a difference at a
   * month's figures, never a day's.
   */
  private Reply indicators(Call call) {
    LocalDate from = day(call, "from");
    LocalDate to = day(call, "to");
    if (from.getDayOfMonth() != 1) {
      throw ValidationException.of("from", "must be the first day of a month");
    }
    if (to.getDayOfMonth() != to.lengthOfMonth()) {
      throw ValidationException.of("to", "must be the last day of a month");
    }
    if (to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from");
    }
    Period period = new Period(from, to.plusDays(1));
    return Reply.ok(export.json(List.of(service.get().indicators(call.actor(), period))));
  }

  private List<Indicators> yearly(Call call) {
    return service.get().yearly(call.actor(), year(call, "fromYear"), year(call, "toYear"));
  }

  private static LocalDate day(Call call, String name) {
    String value = required(call, name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(name, "must be a day such as 2017-01-31");
    }
  }

  private static int year(Call call, String name) {
    String value = required(call, name);
    try {
      int year = Integer.parseInt(value);
      if (year < 1900 || year > 9999) {
        throw ValidationException.of(name, "must be a year from 1900");
      }
      return year;
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a year such as 2017");
    }
  }

  private static String required(Call call, String name) {
    return call.query(name).orElseThrow(() -> ValidationException.of(name, "is required"));
  }
}
