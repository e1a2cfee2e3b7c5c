package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the real distribution in demo mode and walks a departure risk from the event to the report
 * acknowledged by the police user, as the demo users would: the rule drafts the report, the
 * counsellor records the consultation and reports, the police see the minimal data set and nothing
 * else, and the audit log holds every step.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityReportIT {

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  private static JsonNode ok(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response);
  }

  private static JsonNode member(String family, String role, String name, int born)
      throws IOException {
    return ok(Http.addMember(family, role, name, born), 201);
  }

  @Test
  public void aDepartureRiskIsConsultedReportedAndAcknowledgedByThePolice() throws Exception {
    Http.awaitHealthy();
    String family =
        ok(
                Http.send(
                    "POST",
                    "/api/v1/families",
                    "counsellor",
                    "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}",
                    null),
                201)
            .get("id")
            .asText();
    JsonNode mother = member(family, "PARENT", "Khadija", 1975);
    JsonNode son = member(family, "SIBLING", "Yusuf", 2007);
    String trajectory =
        ok(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null),
                200)
            .get("id")
            .asText();

    ok(
        Http.send(
            "POST",
            "/api/v1/trajectories/" + trajectory + "/events",
            "counsellor",
            "{\"type\":\"DEPARTURE_RISK\",\"memberId\":\""
                + son.get("id").asText()
                + "\",\"occurredAt\":\"2026-01-01T10:00:00Z\"}",
            null),
        201);
    JsonNode drafts =
        ok(
            Http.send(
                "GET", "/api/v1/trajectories/" + trajectory + "/reports", "counsellor", null, null),
            200);
    assertThat(drafts).hasSize(1);
    JsonNode draft = drafts.get(0);
    assertThat(draft.get("state").asText()).isEqualTo("DRAFT");
    String report = "/api/v1/reports/" + draft.get("id").asText();

    HttpResponse<String> tooEarly =
        Http.send(
            "POST",
            report + "/report",
            "counsellor",
            "{\"legalBasis\":\"Consent of the parents (toestemming)\"}",
            "\"" + draft.get("version").asLong() + "\"");
    assertThat(tooEarly.statusCode()).isEqualTo(409);

    JsonNode consulted =
        ok(
            Http.send(
                "POST",
                report + "/consultation",
                "counsellor",
                "{\"consultedAt\":\"2026-01-02T10:00:00Z\",\"consulted\":[\""
                    + mother.get("id").asText()
                    + "\"],\"reporter\":\"CENTRE\",\"recipient\":\"POLICE\"}",
                "\"" + draft.get("version").asLong() + "\""),
            200);
    String legalBasis =
        ok(Http.send("GET", "/api/v1/reports/legal-bases", "counsellor", null, null), 200)
            .get(0)
            .asText();
    JsonNode reported =
        ok(
            Http.send(
                "POST",
                report + "/report",
                "counsellor",
                "{\"legalBasis\":\"" + legalBasis + "\"}",
                "\"" + consulted.get("version").asLong() + "\""),
            200);
    assertThat(reported.get("state").asText()).isEqualTo("REPORTED");

    JsonNode received = null;
    for (JsonNode r :
        ok(Http.send("GET", "/api/v1/received-reports", "police", null, null), 200).get("items")) {
      if (r.get("id").asText().equals(draft.get("id").asText())) {
        received = r;
      }
    }
    assertThat(received).isNotNull();
    List<String> fields = new ArrayList<>();
    received.get("dataSet").fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "familyReference", "givenName", "birthYear", "reason", "date", "centreContact");
    assertThat(received.get("dataSet").get("givenName").asText()).isEqualTo("Yusuf");
    assertThat(received.toString()).doesNotContain("Khadija").doesNotContain("legalBasis");
    JsonNode acknowledged =
        ok(
            Http.send(
                "POST",
                "/api/v1/received-reports/" + draft.get("id").asText() + "/acknowledgement",
                "police",
                null,
                "\"" + received.get("version").asLong() + "\""),
            200);
    assertThat(acknowledged.get("state").asText()).isEqualTo("ACKNOWLEDGED");

    List<String> trail = new ArrayList<>();
    for (JsonNode e :
        ok(Http.send("GET", "/api/v1/audit?limit=200&family=" + family, "privacy", null, null), 200)
            .get("items")) {
      if ("report".equals(e.get("objectType").asText())) {
        trail.add(e.get("user").asText() + " " + e.get("action").asText());
      }
    }
    assertThat(trail)
        .contains("counsellor CREATE", "counsellor UPDATE", "counsellor DISCLOSE", "police UPDATE");
    assertThat(Http.send("GET", "/api/v1/families/" + family, "police", null, null).statusCode())
        .isEqualTo(403);
  }

  @Test
  public void aDeathAbroadFlagsTheFamilyAndPutsTheSiblingsReviewsInTheTaskInbox() throws Exception {
    Http.awaitHealthy();
    String family =
        ok(
                Http.send(
                    "POST",
                    "/api/v1/families",
                    "counsellor",
                    "{\"municipality\":\"0599\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}",
                    null),
                201)
            .get("id")
            .asText();
    JsonNode son = member(family, "CHILD_ABROAD", "Ilias", 2001);
    JsonNode sister = member(family, "SIBLING", "Nora", 2010);
    String trajectory =
        ok(
                Http.send(
                    "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null),
                200)
            .get("id")
            .asText();
    JsonNode before =
        ok(Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null), 200);
    assertThat(before.get("lastCriticalMoment").isNull()).isTrue();

    ok(
        Http.send(
            "POST",
            "/api/v1/trajectories/" + trajectory + "/events",
            "counsellor",
            "{\"type\":\"DEATH_ABROAD\",\"memberId\":\""
                + son.get("id").asText()
                + "\",\"occurredAt\":\"2026-02-01T10:00:00Z\"}",
            null),
        201);

    JsonNode after =
        ok(Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null), 200);
    assertThat(after.get("lastCriticalMoment").asText()).isEqualTo("2026-02-01T10:00:00Z");
    String reference = after.get("reference").asText();
    List<String> titles = new ArrayList<>();
    for (JsonNode t :
        ok(Http.send("GET", "/api/v1/tasks?limit=200", "counsellor", null, null), 200)
            .get("items")) {
      if (t.get("title").asText().startsWith(reference)) {
        titles.add(t.get("title").asText());
      }
    }
    assertThat(titles)
        .containsExactlyInAnyOrder(
            reference + ": support plan for the family",
            reference
                + ": risk review of sibling (member "
                + sister.get("id").asText().substring(0, 8)
                + ")");
    assertThat(
            ok(
                Http.send(
                    "GET",
                    "/api/v1/trajectories/" + trajectory + "/critical-moments",
                    "counsellor",
                    null,
                    null),
                200))
        .hasSize(1);
  }
}
