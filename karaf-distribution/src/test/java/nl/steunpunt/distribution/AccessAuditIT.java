package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the real distribution in demo mode and checks the access policy and the audit log as the
 * demo users meet them: what each role sees of the 90 demo families, not found for what is not
 * theirs, break-glass and its review, and the privacy officer's tools over REST and the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessAuditIT {

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  private static JsonNode get(String user, String path) throws IOException {
    HttpResponse<String> response = Http.send("GET", path, user, null, null);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static Set<String> familyIds(String user) throws IOException {
    Set<String> ids = new HashSet<>();
    get(user, "/api/v1/families?limit=200")
        .get("items")
        .forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  private static String familyNotSeenBy(String user) throws IOException {
    Set<String> theirs = familyIds(user);
    for (String id : familyIds("teamlead")) {
      if (!theirs.contains(id)) {
        return id;
      }
    }
    throw new AssertionError("every family is " + user + "'s");
  }

  private static List<JsonNode> audit(String query) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    get("privacy", "/api/v1/audit?limit=200&" + query).get("items").forEach(entries::add);
    return entries;
  }

  @Test
  public void theDemoCounsellorFindsAndCountsOnlyTheFamiliesOfTheirTeam() throws Exception {
    Http.awaitHealthy();

    JsonNode counsellors = get("counsellor", "/api/v1/families?limit=200");
    JsonNode teamLeads = get("teamlead", "/api/v1/families?limit=1");

    assertThat(counsellors.get("total").asLong()).isEqualTo(15);
    assertThat(counsellors.get("items")).hasSize(15);
    assertThat(teamLeads.get("total").asLong()).isGreaterThanOrEqualTo(90);
    for (JsonNode family : counsellors.get("items")) {
      JsonNode trajectory =
          get("counsellor", "/api/v1/families/" + family.get("id").asText() + "/trajectory");
      List<String> team = new ArrayList<>();
      trajectory.get("team").forEach(m -> team.add(m.get("user").asText()));
      assertThat(team).contains("counsellor");
    }
  }

  @Test
  public void theMunicipalityOfficerSeesOnlyAmsterdamsFullTrajectories() throws Exception {
    Http.awaitHealthy();

    JsonNode officers = get("municipality", "/api/v1/families?limit=200");
    long support =
        get("teamlead", "/api/v1/families?municipality=0363&phase=SUPPORT&limit=1")
            .get("total")
            .asLong();
    long aftercare =
        get("teamlead", "/api/v1/families?municipality=0363&phase=AFTERCARE&limit=1")
            .get("total")
            .asLong();

    assertThat(officers.get("total").asLong()).isEqualTo(support + aftercare);
    for (JsonNode family : officers.get("items")) {
      JsonNode trajectory =
          get("municipality", "/api/v1/families/" + family.get("id").asText() + "/trajectory");
      assertThat(trajectory.get("phase").asText()).isIn("SUPPORT", "AFTERCARE");
      assertThat(family.get("municipality").asText()).isIn("0363", "0457");
    }
    String family = officers.get("items").get(0).get("id").asText();
    HttpResponse<String> notes =
        Http.send(
            "GET",
            "/api/v1/trajectories/"
                + get("municipality", "/api/v1/families/" + family + "/trajectory")
                    .get("id")
                    .asText()
                + "/notes",
            "municipality",
            null,
            null);
    assertThat(notes.statusCode()).isEqualTo(403);
  }

  @Test
  public void aFamilyThatIsNotTheirsIsNotFoundAndTheDenialIsAudited() throws Exception {
    Http.awaitHealthy();
    String other = familyNotSeenBy("counsellor");

    // No proxy is trusted here: a client's own X-Forwarded-For changes nothing.
    HttpResponse<String> hidden =
        Http.send(
            Http.request("/api/v1/families/" + other, "counsellor", "demo")
                .header("X-Forwarded-For", "198.51.100.66"));
    HttpResponse<String> missing =
        Http.send(
            "GET",
            "/api/v1/families/00000000-0000-4000-8000-000000000000",
            "counsellor",
            null,
            null);

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(Http.json(hidden).get("detail")).isEqualTo(Http.json(missing).get("detail"));
    List<JsonNode> denials = audit("user=counsellor&family=" + other);
    assertThat(denials).isNotEmpty();
    assertThat(denials.get(0).get("outcome").asText()).isEqualTo("DENIED");
    assertThat(denials.get(0).get("clientAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(denials.get(0).get("channel").asText()).isEqualTo("web");
  }

  @Test
  public void breakGlassOpensAFamilyFlagsTheAccessAndGivesThePrivacyOfficerAReview()
      throws Exception {
    Http.awaitHealthy();
    String other = familyNotSeenBy("counsellor");

    HttpResponse<String> opened =
        Http.send(
            "POST",
            "/api/v1/families/" + other + "/break-glass",
            "counsellor",
            "{\"reason\":\"Mother called at night: son about to leave\"}",
            null);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    String use = Http.json(opened).get("id").asText();
    get("counsellor", "/api/v1/families/" + other);

    List<JsonNode> reads = audit("user=counsellor&family=" + other);
    assertThat(reads.get(0).get("outcome").asText()).isEqualTo("ALLOWED");
    assertThat(reads.get(0).get("breakGlass").asText()).isEqualTo(use);
    assertThat(reads.get(0).get("purpose").asText()).isEqualTo("EMERGENCY");
    List<String> toReview = new ArrayList<>();
    get("privacy", "/api/v1/break-glass?unreviewed=true")
        .get("items")
        .forEach(u -> toReview.add(u.get("id").asText()));
    assertThat(toReview).contains(use);
    HttpResponse<String> reviewed =
        Http.send(
            "POST",
            "/api/v1/break-glass/" + use + "/review",
            "privacy",
            "{\"justified\":true,\"remark\":\"Acute risk, justified\"}",
            null);
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    assertThat(
            Http.send("GET", "/api/v1/break-glass?unreviewed=true", "counsellor", null, null)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  public void theDemoTherapistSeesOnlyTheMembersReferredToThem() throws Exception {
    Http.awaitHealthy();

    JsonNode families = get("therapist", "/api/v1/families?limit=200");

    assertThat(families.get("total").asLong()).isEqualTo(3);
    for (JsonNode family : families.get("items")) {
      JsonNode members =
          get("therapist", "/api/v1/families/" + family.get("id").asText() + "/members");
      JsonNode all = get("teamlead", "/api/v1/families/" + family.get("id").asText() + "/members");
      assertThat(members).hasSize(1);
      assertThat(all.size()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  public void theOperatorAndTheEvaluatorSeeNoFamilies() throws Exception {
    Http.awaitHealthy();

    assertThat(Http.send("GET", "/api/v1/families", "operator", null, null).statusCode())
        .isEqualTo(403);
    assertThat(Http.send("GET", "/api/v1/families", "evaluator", null, null).statusCode())
        .isEqualTo(403);
    assertThat(Http.send("GET", "/api/v1/families", "police", null, null).statusCode())
        .isEqualTo(403);
  }

  @Test
  public void theChainVerifiesOverRestAndOnTheConsole() throws Exception {
    Http.awaitHealthy();
    get("teamlead", "/api/v1/families?limit=5");

    JsonNode verification = get("privacy", "/api/v1/audit/verification");
    String console = Ssh.run("operator", "demo", "steunpunt:audit-verify");

    assertThat(verification.get("intact").asBoolean()).isTrue();
    assertThat(verification.get("checked").asLong()).isPositive();
    assertThat(console).contains("Audit log intact");
    assertThat(
            Http.send("GET", "/api/v1/audit/verification", "counsellor", null, null).statusCode())
        .isEqualTo(403);
  }

  @Test
  public void theOperatorsBackupHoldsTheDatabaseAndTheAnchorsSignedWithTheKeyInEtc()
      throws Exception {
    Http.awaitHealthy();
    get("teamlead", "/api/v1/families?limit=5");
    Path folder = Path.of(System.getProperty("karaf.data"), "backups", "it");

    String console = Ssh.run("operator", "demo", "steunpunt:backup " + folder);

    assertThat(console).contains("Backup written to " + folder).contains("H2");
    assertThat(folder.resolve("steunpunt.sql.gz")).isNotEmptyFile();
    assertThat(folder.resolve("SHA256SUMS")).isNotEmptyFile();
    // The backup anchored the head first: the anchor file under data/ has it, and so does the copy.
    Path anchors = Path.of(System.getProperty("karaf.data"), "steunpunt", "audit-anchors.log");
    assertThat(Files.readAllLines(anchors)).isNotEmpty();
    assertThat(Files.readAllLines(folder.resolve("audit-anchors.log"))).isNotEmpty();
    Path key = Path.of(System.getProperty("karaf.etc"), "steunpunt-audit-anchor.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Ssh.run("operator", "demo", "steunpunt:backup " + folder))
        .startsWith("Not backed up: The backup folder is not empty");
    assertThat(get("privacy", "/api/v1/audit/verification").get("intact").asBoolean()).isTrue();
  }

  @Test
  public void aDataSubjectAccessReportNamesOrganisationsNotStaff() throws Exception {
    Http.awaitHealthy();
    String family = familyIds("counsellor").iterator().next();
    JsonNode members = get("counsellor", "/api/v1/families/" + family + "/members");
    String member = members.get(0).get("id").asText();

    JsonNode report = get("privacy", "/api/v1/members/" + member + "/access-report");

    assertThat(report.get("member").get("id").asText()).isEqualTo(member);
    assertThat(report.get("accesses")).isNotEmpty();
    assertThat(report.get("accesses").get(0).get("organisation").asText()).isEqualTo("steunpunt");
    assertThat(report.toString()).doesNotContain("\"counsellor\"");
    for (int i = 1; i < members.size(); i++) {
      assertThat(report.toString()).doesNotContain(members.get(i).get("id").asText());
    }
  }

  @Test
  public void thePrivacyOfficerAloneErasesAFamilyWithAReasonAndTheAuditChainStillVerifies()
      throws Exception {
    Http.awaitHealthy();
    // The counsellor takes a family in (and is on its team); once erased it is in none of their
    // lists again, so the demo counsellor's 15 families of the other tests are what they were.
    HttpResponse<String> created =
        Http.send(
            "POST",
            "/api/v1/families",
            "counsellor",
            "{\"municipality\":\"0363\",\"languages\":[\"ar\"],\"background\":\"MIGRANT_BACKGROUND\"}",
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String family = Http.json(created).get("id").asText();
    String member =
        Http.json(Http.addMember(family, "SIBLING", "Yasmina", 2008)).get("id").asText();
    String trajectory =
        get("counsellor", "/api/v1/families/" + family + "/trajectory").get("id").asText();
    assertThat(
            Http.send(
                    "POST",
                    "/api/v1/trajectories/" + trajectory + "/notes",
                    "counsellor",
                    "{\"category\":\"COUNSELLING\",\"text\":\"Yasmina talks about Raqqa\"}",
                    null)
                .statusCode())
        .isEqualTo(201);
    String erasure = "/api/v1/families/" + family + "/erasure";

    // A bad body: a problem, and nothing changed.
    for (String body :
        new String[] {
          "{}", "{\"reason\":\"  \"}", "{\"reason\":\"ok\",\"name\":\"Yasmina\"}", "not json"
        }) {
      HttpResponse<String> bad = Http.send("POST", erasure, "privacy", body, null);
      assertThat(bad.statusCode()).as(body).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(bad.body()).doesNotContain("Yasmina");
    }
    // Roles that may not erase: 403, audited as denied, nothing changed.
    for (String user : new String[] {"counsellor", "teamlead", "evaluator", "operator"}) {
      assertThat(
              Http.send("POST", erasure, user, "{\"reason\":\"Request of the family\"}", null)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(
            get("counsellor", "/api/v1/families/" + family + "/members")
                .get(0)
                .get("givenName")
                .asText())
        .isEqualTo("Yasmina");
    assertThat(get("privacy", "/api/v1/erasures?limit=200").toString()).doesNotContain(family);
    assertThat(audit("family=" + family))
        .filteredOn(e -> e.get("action").asText().equals("ERASE"))
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.get("outcome").asText()).isEqualTo("DENIED"));
    assertThat(
            Http.send(
                    "POST",
                    "/api/v1/families/00000000-0000-4000-8000-000000000000/erasure",
                    "privacy",
                    "{\"reason\":\"Request of the family\"}",
                    null)
                .statusCode())
        .isEqualTo(404);

    HttpResponse<String> erased =
        Http.send("POST", erasure, "privacy", "{\"reason\":\"Request by letter, granted\"}", null);

    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(201);
    assertThat(Http.json(erased).get("ground").asText()).isEqualTo("REQUEST");
    assertThat(Http.send("POST", erasure, "privacy", "{\"reason\":\"again\"}", null).statusCode())
        .isEqualTo(409);
    assertThat(
            Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null).statusCode())
        .isEqualTo(404);
    assertThat(familyIds("teamlead")).doesNotContain(family);
    JsonNode report = get("privacy", "/api/v1/members/" + member + "/access-report");
    assertThat(report.get("member").get("givenName").asText()).isEmpty();
    assertThat(report.toString()).doesNotContain("Yasmina");
    assertThat(report.get("accesses").toString()).contains("ERASE");
    assertThat(get("privacy", "/api/v1/erasures?limit=200").toString()).contains(family);
    assertThat(audit("family=" + family).toString()).doesNotContain("Yasmina", "letter");
    JsonNode verification = get("privacy", "/api/v1/audit/verification");
    assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
  }
}
