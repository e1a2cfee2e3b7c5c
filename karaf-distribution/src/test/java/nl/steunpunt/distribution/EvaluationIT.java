package nl.steunpunt.distribution;

import static nl.steunpunt.distribution.ReferencePartner.EVALUATION;
import static nl.steunpunt.distribution.ReferencePartner.MUNICIPALITY;
import static nl.steunpunt.distribution.ReferencePartner.POLICE;
import static nl.steunpunt.distribution.ReferencePartner.THERAPY;
import static nl.steunpunt.distribution.ReferencePartner.audit;
import static nl.steunpunt.distribution.ReferencePartner.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The evaluation plugin in the demo distribution: the evaluator exports the programme's indicators,
 * suppressed, as CSV and JSON, each export audited; and the evaluator reaches nothing person-level
 * anywhere in the platform: no endpoint of the core's REST API that holds a family, a member, a
 * note, a task or a report, and no route of a partner plugin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EvaluationIT {

  private static final int THIS_YEAR = LocalDate.now().getYear();
  private static final String YEARS = "fromYear=" + (THIS_YEAR - 4) + "&toYear=" + THIS_YEAR;
  private static final String BASE = "/api/v1/partners/evaluation";

  /**
   * The core's endpoints that hold no person: the shell, who one is, the page list, the API
   * document, the municipality register and the legal bases of a report.
   */
  private static final Set<String> NOT_PERSON_LEVEL =
      Set.of(
          "/health",
          "/login",
          "/login.js",
          "/logout",
          "/ui",
          "/ui/{path}",
          "/api/v1/me",
          "/api/v1/ui/extensions",
          "/api/v1/ui/events",
          "/api/v1/openapi.json",
          "/api/v1/municipalities",
          "/api/v1/reports/legal-bases");

  @Inject BundleContext context;

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  @Before
  public void onlyOnThisRunsOwnPorts() throws Exception {
    Http.awaitHealthy();
    ReferencePartner.assertOwnPorts();
  }

  @Test
  public void theEvaluatorExportsSuppressedIndicatorsAsCsvAndJsonAndEachExportIsAudited()
      throws Exception {
    EVALUATION.deploy(context);

    HttpResponse<String> csv =
        Http.send("GET", BASE + "/export.csv?" + YEARS, "evaluator", null, null);
    HttpResponse<String> json =
        Http.send("GET", BASE + "/export.json?" + YEARS, "evaluator", null, null);

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo(
            "attachment; filename=\"steunpunt-indicators-"
                + (THIS_YEAR - 4)
                + "-"
                + THIS_YEAR
                + ".csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("generatedAt,periodFrom,periodToExclusive,indicator,value,definition");
    Map<String, String> csvValues = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", 6);
      assertThat(fields[5]).as("a definition with every row").isNotBlank();
      csvValues.put(fields[1] + " " + fields[3], fields[4]);
    }
    assertThat(csvValues.values())
        .as("no count from 1 to 4 leaves the platform")
        .noneMatch(value -> value.matches("[1-4]"));
    assertThat(csvValues)
        .as("five years of demo data: families with contact in the last year")
        .containsKey(THIS_YEAR + "-01-01 familiesWithContact");
    assertThat(csvValues.get(THIS_YEAR + "-01-01 familiesWithContact")).matches("[1-9][0-9]+");

    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    JsonNode document = Http.json(json);
    assertThat(document.get("generatedAt").asText()).isNotBlank();
    assertThat(document.get("periods")).hasSize(5);
    Map<String, String> jsonValues = new TreeMap<>();
    for (JsonNode period : document.get("periods")) {
      for (JsonNode indicator : period.get("indicators")) {
        assertThat(indicator.get("definition").asText()).isNotBlank();
        JsonNode value = indicator.get("value");
        jsonValues.put(
            period.get("from").asText() + " " + indicator.get("indicator").asText(),
            value.isNull() ? "" : value.asText());
      }
    }
    assertThat(jsonValues).as("the JSON export holds the CSV's figures").isEqualTo(csvValues);

    List<JsonNode> exports = new ArrayList<>();
    for (JsonNode entry : audit("evaluator")) {
      if ("EXPORT".equals(entry.get("action").asText())) {
        exports.add(entry);
      }
    }
    assertThat(exports)
        .extracting(e -> e.get("objectId").asText())
        .contains(
            (THIS_YEAR - 4) + ".." + THIS_YEAR + " csv",
            (THIS_YEAR - 4) + ".." + THIS_YEAR + " json");
    assertThat(exports)
        .allSatisfy(
            e -> {
              assertThat(e.get("category").asText()).isEqualTo("EVALUATION_AGGREGATES");
              assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
              assertThat(e.get("purpose").asText()).isEqualTo("EVALUATION");
              assertThat(e.get("channel").asText()).startsWith(EVALUATION.channelPrefix());
              assertThat(e.get("familyId").isNull()).isTrue();
            });
  }

  @Test
  public void aWrongPeriodIsAProblemWithTheFieldAndNoOneButTheEvaluatorGetsTheFigures()
      throws Exception {
    EVALUATION.deploy(context);

    HttpResponse<String> backwards =
        Http.send("GET", BASE + "/export.csv?fromYear=2026&toYear=2020", "evaluator", null, null);
    HttpResponse<String> notAYear =
        Http.send("GET", BASE + "/indicators?from=2026-01-01&to=soon", "evaluator", null, null);

    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Http.json(notAYear).get("errors").get(0).get("field").asText()).isEqualTo("to");
    for (String user : List.of("counsellor", "teamlead", "municipality", "police", "privacy")) {
      assertThat(Http.send("GET", BASE + "/export.csv?" + YEARS, user, null, null).statusCode())
          .as(user)
          .isEqualTo(403);
    }
  }

  @Test
  public void theEvaluatorIsRefusedOnEveryPersonLevelEndpointOfTheCoreAndOfEveryPartner()
      throws Exception {
    for (ReferencePartner partner : List.of(MUNICIPALITY, POLICE, THERAPY)) {
      partner.deploy(context);
    }
    Map<String, String> ids = demoIds();
    JsonNode paths = get("evaluator", "/api/v1/openapi.json").get("paths");
    Map<String, Integer> answers = new LinkedHashMap<>();
    int personLevel = 0;
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (NOT_PERSON_LEVEL.contains(template)) {
        continue;
      }
      personLevel++;
      String path = fill(template, ids);
      for (Iterator<String> methods = paths.get(template).fieldNames(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase();
        if (!Set.of("GET", "POST", "PUT", "DELETE").contains(method)) {
          continue;
        }
        String body = method.equals("GET") ? null : validBody(method + " " + template, ids);
        answers.put(
            method + " " + path, Http.send(method, path, "evaluator", body, "\"1\"").statusCode());
      }
    }
    for (ReferencePartner partner : List.of(MUNICIPALITY, POLICE, THERAPY)) {
      answers.put(
          "GET " + partner.route,
          Http.send("GET", partner.route, "evaluator", null, null).statusCode());
    }

    assertThat(personLevel)
        .as("the API document lists the person-level endpoints")
        .isGreaterThan(30);
    assertThat(answers)
        .as("every answer to the evaluator")
        .allSatisfy((call, status) -> assertThat(status).as(call).isEqualTo(403));
    assertThat(audit("evaluator"))
        .as("the evaluator's refusals are audited, no person-level read allowed")
        .anySatisfy(e -> assertThat(e.get("outcome").asText()).isEqualTo("DENIED"))
        .noneSatisfy(
            e -> {
              assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
              assertThat(e.get("category").asText()).isNotEqualTo("EVALUATION_AGGREGATES");
            });
  }

  /**
   * A body the endpoint would accept from someone allowed, so that a refusal is the access policy's
   * and not a field error. A write the test does not know fails the test, so a new endpoint cannot
   * slip past it.
   */
  private static String validBody(String call, Map<String, String> ids) {
    String now = "\"" + java.time.Instant.now().minusSeconds(3600) + "\"";
    String today = "\"" + LocalDate.now().minusDays(1) + "\"";
    String member = "\"" + ids.get("members") + "\"";
    String parent = "\"" + ids.get("parent") + "\"";
    String legalBasis = "\"" + ids.get("legal-basis") + "\"";
    String family =
        "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}";
    return switch (call) {
      case "POST /api/v1/families", "PUT /api/v1/families/{id}" -> family;
      case "POST /api/v1/families/{id}/members" ->
          "{\"role\":\"SIBLING\",\"givenName\":\"Sam\",\"birthYear\":2010,\"whereabouts\":\"AT_HOME_NL\"}";
      case "PUT /api/v1/members/{id}" ->
          "{\"role\":\"SIBLING\",\"givenName\":\"Sam\",\"birthYear\":2010}";
      case "POST /api/v1/families/{id}/break-glass" -> "{\"reason\":\"Evaluating the programme\"}";
      case "POST /api/v1/families/{id}/erasure" -> "{\"reason\":\"Evaluating the programme\"}";
      case "POST /api/v1/members/{id}/whereabouts" ->
          "{\"whereabouts\":\"UNKNOWN\",\"occurredAt\":" + now + "}";
      case "POST /api/v1/trajectories/{id}/phase" -> "{\"phase\":\"AFTERCARE\"}";
      case "PUT /api/v1/trajectories/{id}/team" ->
          "{\"team\":[{\"user\":\"evaluator\",\"expertise\":\"COUNSELLOR\"}]}";
      case "PUT /api/v1/trajectories/{id}/partners" -> "{\"partners\":[\"police\"]}";
      case "POST /api/v1/trajectories/{id}/events" ->
          "{\"type\":\"SESSION_HELD\",\"occurredAt\":" + now + "}";
      case "POST /api/v1/trajectories/{id}/tasks" ->
          "{\"title\":\"Look\",\"owner\":{\"kind\":\"STAFF\",\"name\":\"evaluator\"},\"due\":"
              + today
              + "}";
      case "POST /api/v1/trajectories/{id}/notes" ->
          "{\"category\":\"COUNSELLING\",\"text\":\"An evaluator's note\"}";
      case "POST /api/v1/trajectories/{id}/referrals" ->
          "{\"memberId\":"
              + member
              + ",\"organisation\":\"therapy-demo\",\"consent\":{\"by\":\"PARENTS\",\"parentIds\":["
              + parent
              + "],\"givenOn\":"
              + today
              + ",\"form\":\"WRITTEN\"}}";
      case "POST /api/v1/trajectories/{id}/reports" ->
          "{\"memberId\":" + member + ",\"reason\":\"DEPARTURE_RISK\"}";
      case "PUT /api/v1/tasks/{id}/state" -> "{\"state\":\"DONE\"}";
      case "PUT /api/v1/tasks/{id}/owner" ->
          "{\"owner\":{\"kind\":\"STAFF\",\"name\":\"evaluator\"}}";
      case "POST /api/v1/break-glass" ->
          "{\"reference\":\""
              + ids.get("reference")
              + "\",\"reason\":\"Evaluating the programme\"}";
      case "POST /api/v1/break-glass/{id}/review" -> "{\"justified\":true,\"remark\":\"Fine\"}";
      case "POST /api/v1/reports/{id}/consultation" ->
          "{\"consultedAt\":"
              + now
              + ",\"consulted\":["
              + parent
              + "],\"reporter\":\"CENTRE\",\"recipient\":\"POLICE\"}";
      case "POST /api/v1/reports/{id}/report" -> "{\"legalBasis\":" + legalBasis + "}";
      case "POST /api/v1/reports/{id}/override" ->
          "{\"legalBasis\":"
              + legalBasis
              + ",\"recipient\":\"POLICE\",\"reason\":\"Acute danger\"}";
      case "POST /api/v1/reports/{id}/withdrawal" -> "{\"reason\":\"No longer needed\"}";
      case "POST /api/v1/reports/{id}/acknowledgement",
          "POST /api/v1/reports/{id}/closure",
          "POST /api/v1/received-reports/{id}/acknowledgement",
          "POST /api/v1/referrals/{id}/end" ->
          "{}";
      default -> throw new AssertionError("No valid body known for " + call);
    };
  }

  /** A real id of each kind in the demo data, read by those who may. */
  private static Map<String, String> demoIds() throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode family : get("teamlead", "/api/v1/families?limit=50").get("items")) {
      for (JsonNode member :
          get("teamlead", "/api/v1/families/" + family.get("id").asText() + "/members")) {
        if (member.get("role").asText().equals("PARENT") && !ids.containsKey("parent")) {
          ids.put("families", family.get("id").asText());
          ids.put("reference", family.get("reference").asText());
          ids.put("parent", member.get("id").asText());
        }
      }
    }
    assertThat(ids).as("a demo family with a parent").containsKey("parent");
    String familyId = ids.get("families");
    ids.put("legal-basis", get("teamlead", "/api/v1/reports/legal-bases").get(0).asText());
    ids.put(
        "members",
        get("teamlead", "/api/v1/families/" + familyId + "/members").get(0).get("id").asText());
    String trajectory =
        get("teamlead", "/api/v1/families/" + familyId + "/trajectory").get("id").asText();
    ids.put("trajectories", trajectory);
    ids.put(
        "tasks", get("counsellor", "/api/v1/tasks?limit=1").get("items").get(0).get("id").asText());
    ids.put(
        "reports",
        get("teamlead", "/api/v1/reports?limit=1").get("items").get(0).get("id").asText());
    ids.put(
        "received-reports",
        get("police", "/api/v1/received-reports?limit=1").get("items").get(0).get("id").asText());
    ids.put("break-glass", firstId(get("privacy", "/api/v1/break-glass?limit=1"), familyId));
    ids.put("referrals", firstReferral());
    return ids;
  }

  private static String firstId(JsonNode page, String fallback) {
    return page.get("items").isEmpty() ? fallback : page.get("items").get(0).get("id").asText();
  }

  /** A referral of some demo family: the therapist's worklist holds them. */
  private static String firstReferral() throws Exception {
    JsonNode referrals = get("therapist", THERAPY.route).get("items");
    assertThat(referrals).as("the demo has a referral").isNotEmpty();
    return referrals.get(0).get("referralId").asText();
  }

  /** The path with each {id} replaced by a real id of the collection before it. */
  private static String fill(String template, Map<String, String> ids) {
    String[] parts = template.split("/");
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.startsWith("{")) {
        part = ids.getOrDefault(parts[i - 1], "00000000-0000-0000-0000-000000000000");
      }
      path.append('/').append(part);
    }
    return path.toString();
  }
}
