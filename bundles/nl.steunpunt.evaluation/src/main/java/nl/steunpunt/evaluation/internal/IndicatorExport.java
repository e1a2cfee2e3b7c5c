package nl.steunpunt.evaluation.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.partner.http.Json;

/**
 * The export of the indicators of one or more periods, as CSV (RFC 4180) and as JSON: per period
 * every indicator's value after suppression with its definition, and the time of generation. The
 * raw counts go in; only {@link Published} cells come out.
 */
final class IndicatorExport {

  static final String CSV_HEADER =
      "generatedAt,periodFrom,periodToExclusive,indicator,value,definition";

  private final Clock clock;

  IndicatorExport(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * One row per period and indicator cell, CRLF line ends, a header row first; a suppressed cell's
   * definition ends with what {@code <5} means.
   */
  String csv(List<Indicators> periods) {
    String generatedAt = now();
    StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
    for (Indicators raw : periods) {
      Published published = Published.of(raw);
      String from = published.period().from().toString();
      String to = published.period().toExclusive().toString();
      for (Map.Entry<String, Shown> cell : published.counts().entrySet()) {
        row(csv, generatedAt, from, to, cell.getKey(), cell.getValue().text());
      }
      String median = Indicator.MEDIAN_DAYS_TO_FULL_TRAJECTORY.key();
      row(
          csv,
          generatedAt,
          from,
          to,
          median,
          published.medianDaysToFullTrajectory().isPresent()
              ? Double.toString(published.medianDaysToFullTrajectory().getAsDouble())
              : "");
    }
    return csv.toString();
  }

  /**
   * {@code generatedAt}, {@code suppression} (what {@code <5} means) and {@code periods}, each with
   * {@code from}, {@code toExclusive} and {@code indicators}: {@code indicator}, {@code value} (a
   * number, the string {@code <5} when suppressed, or null for a median left out) and {@code
   * definition}.
   */
  ObjectNode json(List<Indicators> periods) {
    ObjectNode json = Json.object();
    json.put("generatedAt", now());
    json.put("suppression", Indicator.SUPPRESSION);
    ArrayNode list = json.putArray("periods");
    for (Indicators raw : periods) {
      Published published = Published.of(raw);
      ObjectNode period = list.addObject();
      period.put("from", published.period().from().toString());
      period.put("toExclusive", published.period().toExclusive().toString());
      ArrayNode indicators = period.putArray("indicators");
      published
          .counts()
          .forEach(
              (key, shown) -> {
                ObjectNode indicator = indicator(indicators, key);
                if (shown instanceof Shown.Count count) {
                  indicator.put("value", count.value());
                } else {
                  indicator.put("value", shown.text());
                }
                indicator.put("definition", Indicator.of(key).definition());
              });
      ObjectNode median = indicator(indicators, Indicator.MEDIAN_DAYS_TO_FULL_TRAJECTORY.key());
      if (published.medianDaysToFullTrajectory().isPresent()) {
        median.put("value", published.medianDaysToFullTrajectory().getAsDouble());
      } else {
        median.putNull("value");
      }
      median.put("definition", Indicator.MEDIAN_DAYS_TO_FULL_TRAJECTORY.definition());
    }
    return json;
  }

  private static ObjectNode indicator(ArrayNode indicators, String key) {
    ObjectNode indicator = indicators.addObject();
    indicator.put("indicator", key);
    return indicator;
  }

  private String now() {
    return Instant.now(clock).toString();
  }

  private static void fields(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields[i]));
    }
    csv.append("\r\n");
  }

  /**
   * One row; a CSV has no place for a legend, so the definition of a suppressed cell says what its
   * mark means.
   */
  private static void row(
      StringBuilder csv, String generatedAt, String from, String to, String key, String value) {
    String definition = Indicator.of(key).definition();
    if (value.equals(Shown.Suppressed.CELL.text())) {
      definition = definition + " " + Indicator.SUPPRESSION;
    }
    fields(csv, generatedAt, from, to, key, value, definition);
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
