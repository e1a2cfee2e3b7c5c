package nl.steunpunt.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.evaluation.ExportFormat;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.partner.PartnerHttp;
import nl.steunpunt.partner.http.Dispatcher;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.testing.TestRequest;
import org.junit.jupiter.api.Test;

/** The evaluation's endpoints over a hand-written service: routing, parameters, suppression. */
class EvaluationHttpTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final List<Period> asked = new ArrayList<>();
  private final List<String> exported = new ArrayList<>();
  private final EvaluationService service =
      new EvaluationService() {
        @Override
        public Indicators indicators(Actor actor, Period period) {
          asked.add(period);
          return small(period);
        }

        @Override
        public List<Indicators> yearly(Actor actor, int fromYear, int toYear) {
          List<Indicators> years = new ArrayList<>();
          for (int year = fromYear; year <= toYear; year++) {
            years.add(small(Period.year(year)));
          }
          return years;
        }

        @Override
        public List<Indicators> export(Actor actor, int fromYear, int toYear, ExportFormat format) {
          exported.add(fromYear + ".." + toYear + " " + format);
          return yearly(actor, fromYear, toYear);
        }
      };
  private final Dispatcher dispatcher =
      new Dispatcher(
          new EvaluationRoutes(
                  () -> service, Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
              .router(),
          Role.EVALUATOR);
  private final Actor evaluator = actor(Role.EVALUATOR);

  private static Actor actor(Role role) {
    return ISSUER.issue(
        "eval", Set.of(role), new Organisation("evaluation"), Channel.web("127.0.0.1"));
  }

  /** The evaluator's GET of a path with query parameters given as name, value, name, value. */
  private Reply get(String path, String... query) {
    TestRequest request = new TestRequest();
    for (int i = 0; i < query.length; i += 2) {
      request.query(query[i], query[i + 1]);
    }
    return dispatcher.dispatch("GET", path, evaluator, request);
  }

  /** Seven families with contact, three of them of migrant background. */
  private static Indicators small(Period period) {
    return new Indicators(
        period,
        7,
        7,
        20,
        Map.of(Background.DUTCH_ORIGIN, 4L, Background.MIGRANT_BACKGROUND, 3L),
        0,
        List.of(),
        0,
        0,
        0,
        0,
        OptionalDouble.empty());
  }

  @Test
  void theServletPatternIsThePartnersPath() {
    assertThat(EvaluationPartner.PATTERN).isEqualTo(PartnerHttp.path(EvaluationPartner.ID) + "/*");
  }

  @Test
  void onlyAnAuthenticatedEvaluatorIsServed() {
    TestRequest request = new TestRequest().query("from", "2017-01-01").query("to", "2017-12-31");

    assertThat(dispatcher.dispatch("GET", "/indicators", null, request).status()).isEqualTo(401);
    assertThat(
            dispatcher.dispatch("GET", "/indicators", actor(Role.POLICE_LIAISON), request).status())
        .isEqualTo(403);
  }

  @Test
  void indicatorsOfAPeriodIncludeItsLastDayAndAreSuppressed() {
    Reply reply = get("/indicators", "from", "2017-01-01", "to", "2017-12-31");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(asked).containsExactly(Period.year(2017));
    String body = reply.body().toString();
    assertThat(body)
        .contains("\"indicator\":\"familiesByBackground.MIGRANT_BACKGROUND\",\"value\":\"<5\"")
        .contains("\"indicator\":\"familiesByBackground.DUTCH_ORIGIN\",\"value\":\"<5\"")
        .contains("\"indicator\":\"familiesWithContact\",\"value\":7");
  }

  @Test
  void aMissingOrWrongParameterIsAFieldError() {
    Reply missing = get("/indicators", "from", "2017-01-01");
    Reply wrong = get("/export.csv", "fromYear", "x", "toYear", "2018");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body().get("errors").get(0).get("field").asText()).isEqualTo("fromYear");
  }

  @Test
  void aPeriodIsMadeOfWholeMonthsSoThatTwoPeriodsNeverDifferByADay() {
    Reply midMonth = get("/indicators", "from", "2017-01-02", "to", "2017-01-31");
    Reply shortMonth = get("/indicators", "from", "2017-01-01", "to", "2017-02-27");
    Reply leapMonth = get("/indicators", "from", "2016-02-01", "to", "2016-02-29");

    assertThat(midMonth.status()).isEqualTo(400);
    assertThat(midMonth.body().get("errors").get(0).get("field").asText()).isEqualTo("from");
    assertThat(shortMonth.status()).isEqualTo(400);
    assertThat(shortMonth.body().get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(leapMonth.status()).isEqualTo(200);
    assertThat(asked)
        .containsExactly(new Period(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1)));
  }

  @Test
  void theCsvExportIsSentAsTextPerYear() {
    Reply reply = get("/export.csv", "fromYear", "2017", "toYear", "2018");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(exported).containsExactly("2017..2018 CSV");
    assertThat(reply.attachment()).contains("steunpunt-indicators-2017-2018.csv");
    assertThat(reply.isText()).isTrue();
    assertThat(reply.mediaType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(reply.body().asText())
        .startsWith(IndicatorExport.CSV_HEADER + "\r\n")
        .contains("2018-01-01,2019-01-01,familiesByBackground.MIGRANT_BACKGROUND,<5,");
  }

  @Test
  void theJsonExportHoldsEveryYear() {
    Reply reply = get("/export.json", "fromYear", "2017", "toYear", "2019");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(exported).containsExactly("2017..2019 JSON");
    assertThat(reply.attachment()).contains("steunpunt-indicators-2017-2019.json");
    assertThat(reply.body().get("periods")).hasSize(3);
  }

  @Test
  void theYearlyFiguresForThePageAreReadNotExported() {
    Reply reply = get("/yearly", "fromYear", "2017", "toYear", "2018");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.attachment()).isEmpty();
    assertThat(exported).isEmpty();
    assertThat(reply.body().get("periods")).hasSize(2);
    assertThat(reply.body().get("suppression").asText()).startsWith("<5");
  }
}
