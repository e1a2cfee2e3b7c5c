package nl.steunpunt.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.evaluation.ReportTally;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import org.junit.jupiter.api.Test;

/**
 * The export of one year, worked out by hand.
 *
 * <p>Families by background: Dutch origin 40, migrant 3, not recorded 0, total 43. The 3 is
 * suppressed and, since 40, 0 and 43 would give it away, so is 40.
 *
 * <p>Reports, reason × recipient (municipality, police): departure risk 12 | 2 (total 14), departed
 * 9 | 8 (17), the others 0; totals 21 | 10, 31. The 2 is suppressed; then 12 (its row), 9 (column
 * municipality) and 8 (row departed): the four cells, every total shown. No suppressed value equals
 * a shown one, so the exports can be searched for them.
 *
 * <p>Siblings reviewed 4: suppressed. Critical moments 6, all in time: shown (the rest is 0). The
 * median 31.25 over the 20 families whose guidance started: shown as 31.3.
 */
class IndicatorExportTest {

  private static final String AT = "2026-11-29T10:15:30Z";
  private static final Clock CLOCK = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
  private static final long[] SUPPRESSED_VALUES = {3, 40, 2, 12, 9, 8, 4};

  private static Indicators year2017() {
    return new Indicators(
        Period.year(2017),
        43,
        20,
        150,
        Map.of(Background.DUTCH_ORIGIN, 40L, Background.MIGRANT_BACKGROUND, 3L),
        0,
        List.of(
            new ReportTally(ReportReason.DEPARTURE_RISK, Recipient.MUNICIPALITY, 12),
            new ReportTally(ReportReason.DEPARTURE_RISK, Recipient.POLICE, 2),
            new ReportTally(ReportReason.DEPARTED, Recipient.MUNICIPALITY, 9),
            new ReportTally(ReportReason.DEPARTED, Recipient.POLICE, 8)),
        6,
        6,
        4,
        20,
        OptionalDouble.of(31.25));
  }

  /** Every published cell and what it shows, in the export's order. */
  private static Map<String, String> expected() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("familiesWithContact", "43");
    cells.put("familiesWithFullTrajectory", "20");
    cells.put("familiesGuidanceStarted", "20");
    cells.put("familiesByBackground.DUTCH_ORIGIN", "<5");
    cells.put("familiesByBackground.MIGRANT_BACKGROUND", "<5");
    cells.put("familiesByBackground.NOT_RECORDED", "0");
    cells.put("membersReached", "150");
    cells.put("departuresAfterGuidanceStarted", "0");
    cells.put("reports.DEPARTURE_RISK.MUNICIPALITY", "<5");
    cells.put("reports.DEPARTURE_RISK.POLICE", "<5");
    cells.put("reports.DEPARTURE_RISK.total", "14");
    cells.put("reports.DEPARTED.MUNICIPALITY", "<5");
    cells.put("reports.DEPARTED.POLICE", "<5");
    cells.put("reports.DEPARTED.total", "17");
    for (String reason : List.of("RETURN_EXPECTED", "RETURNED")) {
      cells.put("reports." + reason + ".MUNICIPALITY", "0");
      cells.put("reports." + reason + ".POLICE", "0");
      cells.put("reports." + reason + ".total", "0");
    }
    cells.put("reports.total.MUNICIPALITY", "21");
    cells.put("reports.total.POLICE", "10");
    cells.put("reports.total", "31");
    cells.put("criticalMoments", "6");
    cells.put("criticalMomentsFollowedUpInTime", "6");
    cells.put("siblingsReviewed", "<5");
    cells.put("medianDaysToFullTrajectory", "31.3");
    return cells;
  }

  @Test
  void csvIsExactlyTheSuppressedCellsWithTheirDefinitions() {
    String csv = new IndicatorExport(CLOCK).csv(List.of(year2017()));

    StringBuilder expected =
        new StringBuilder(
            "generatedAt,periodFrom,periodToExclusive,indicator,value,definition\r\n");
    // The first row in full, to pin the quoting of a definition with commas.
    expected.append(
        "2026-11-29T10:15:30Z,2017-01-01,2018-01-01,familiesWithContact,43,\"Families active in"
            + " the period: their trajectory was opened before the period ended and was not closed"
            + " when the period began, or changed phase during the period.\"\r\n");
    expected()
        .forEach(
            (key, value) -> {
              if (!key.equals("familiesWithContact")) {
                String definition = Indicator.of(key).definition();
                if (value.equals("<5")) {
                  definition += " " + Indicator.SUPPRESSION;
                }
                expected
                    .append(AT + ",2017-01-01,2018-01-01," + key + "," + value + ",")
                    .append(IndicatorExport.field(definition))
                    .append("\r\n");
              }
            });
    assertThat(csv).isEqualTo(expected.toString());
  }

  @Test
  void jsonIsExactlyTheSuppressedCellsWithTheirDefinitions() {
    ObjectNode json = new IndicatorExport(CLOCK).json(List.of(year2017()));

    assertThat(fieldNames(json)).containsExactly("generatedAt", "suppression", "periods");
    assertThat(json.get("generatedAt").asText()).isEqualTo(AT);
    assertThat(json.get("suppression").asText()).startsWith("<5 marks a suppressed count");
    assertThat(json.get("periods")).hasSize(1);
    JsonNode period = json.get("periods").get(0);
    assertThat(fieldNames(period)).containsExactly("from", "toExclusive", "indicators");
    assertThat(period.get("from").asText()).isEqualTo("2017-01-01");
    assertThat(period.get("toExclusive").asText()).isEqualTo("2018-01-01");
    Map<String, String> shown = new LinkedHashMap<>();
    for (JsonNode indicator : period.get("indicators")) {
      String key = indicator.get("indicator").asText();
      assertThat(fieldNames(indicator)).containsExactly("indicator", "value", "definition");
      JsonNode value = indicator.get("value");
      // Shown counts are numbers; the mark is the only string.
      assertThat(value.isNumber() || value.asText().equals("<5")).as(key).isTrue();
      shown.put(key, value.asText());
      assertThat(indicator.get("definition").asText()).isEqualTo(Indicator.of(key).definition());
    }
    assertThat(shown).containsExactlyEntriesOf(expected());
  }

  @Test
  void noSuppressedValueAppearsInEitherExport() {
    IndicatorExport export = new IndicatorExport(CLOCK);
    List<String> csvValues = new ArrayList<>();
    for (String line : export.csv(List.of(year2017())).split("\r\n")) {
      csvValues.add(line.split(",")[4]); // no comma before the value column
    }
    List<String> jsonValues = new ArrayList<>();
    export
        .json(List.of(year2017()))
        .get("periods")
        .get(0)
        .get("indicators")
        .forEach(i -> jsonValues.add(i.get("value").asText()));

    for (long value : SUPPRESSED_VALUES) {
      assertThat(csvValues).doesNotContain(Long.toString(value));
      assertThat(jsonValues).doesNotContain(Long.toString(value));
    }
    assertThat(Published.of(year2017()).toString()).doesNotContain("=3,", "=2,", "=12,", "=40,");
  }

  @Test
  void theMedianIsLeftOutWhenTheGuidanceOfFewerThanFiveFamiliesStarted() {
    Indicators few =
        new Indicators(
            Period.year(2018),
            10,
            8,
            30,
            Map.of(Background.DUTCH_ORIGIN, 10L),
            0,
            List.of(),
            0,
            0,
            0,
            4,
            OptionalDouble.of(12.0));

    ObjectNode json = new IndicatorExport(CLOCK).json(List.of(few));

    JsonNode last = json.get("periods").get(0).get("indicators").get(26);
    assertThat(last.get("indicator").asText()).isEqualTo("medianDaysToFullTrajectory");
    assertThat(last.get("value").isNull()).isTrue();
    assertThat(new IndicatorExport(CLOCK).csv(List.of(few)))
        .contains("2018-01-01,2019-01-01,medianDaysToFullTrajectory,,\"Of the families");
  }

  @Test
  void yearsFollowEachOtherInOneExport() {
    Indicators empty =
        new Indicators(
            Period.year(2018), 0, 0, 0, Map.of(), 0, List.of(), 0, 0, 0, 0, OptionalDouble.empty());

    ObjectNode json = new IndicatorExport(CLOCK).json(List.of(year2017(), empty));
    String csv = new IndicatorExport(CLOCK).csv(List.of(year2017(), empty));

    assertThat(json.get("periods")).hasSize(2);
    assertThat(json.get("periods").get(1).get("from").asText()).isEqualTo("2018-01-01");
    assertThat(csv.split("\r\n")).hasSize(1 + 2 * 27);
  }

  @Test
  void countsThatDoNotAddUpAreNotPublished() {
    Indicators contradictory =
        new Indicators(
            Period.year(2018),
            10,
            12,
            30,
            Map.of(Background.DUTCH_ORIGIN, 10L),
            0,
            List.of(),
            0,
            0,
            0,
            0,
            OptionalDouble.empty());

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new IndicatorExport(CLOCK).csv(List.of(contradictory)));
  }

  @Test
  void csvFieldsAreQuotedAsRfc4180Says() {
    assertThat(IndicatorExport.field("plain")).isEqualTo("plain");
    assertThat(IndicatorExport.field("<5")).isEqualTo("<5");
    assertThat(IndicatorExport.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(IndicatorExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(IndicatorExport.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
