package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.StaleVersionException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class ReportsResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final UUID TRAJECTORY = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private static final UUID MEMBER = UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e");
  private static final UUID PARENT = UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");
  private static final UUID REPORT = UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");
  private static final String REPORTS = "/api/v1/trajectories/" + TRAJECTORY + "/reports";
  private static final String THE_REPORT = "/api/v1/reports/" + REPORT;
  private static final String CONSULTATION =
      "{\"consultedAt\":\"2026-11-27T09:00:00Z\",\"consulted\":[\""
          + PARENT
          + "\"],\"reporter\":\"CENTRE\",\"recipient\":\"POLICE\"}";

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeReportService reports = new FakeReportService();
  private final FakeTrajectoryService trajectories = new FakeTrajectoryService();
  private final TrajectoriesServlet onTrajectory =
      new TrajectoriesServlet(json, trajectories, reports);
  private final ReportsServlet servlet = new ReportsServlet(json, reports);
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  private static SecurityReport draft(long version) {
    return new SecurityReport(
        REPORT,
        TRAJECTORY,
        MEMBER,
        ReportReason.DEPARTURE_RISK,
        ReportState.DRAFT,
        AT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        version);
  }

  private static SecurityReport reported(long version, Optional<String> override) {
    return new SecurityReport(
        REPORT,
        TRAJECTORY,
        MEMBER,
        ReportReason.DEPARTURE_RISK,
        ReportState.REPORTED,
        AT,
        override.isPresent()
            ? Optional.empty()
            : Optional.of(
                new Consultation(
                    AT.plusSeconds(60),
                    List.of(PARENT),
                    Reporter.CENTRE,
                    Recipient.POLICE,
                    "anna")),
        Optional.of(
            new Disclosure(
                AT.plusSeconds(120),
                Reporter.CENTRE,
                Recipient.POLICE,
                "Wpg art. 4",
                Optional.of(
                    new MinimalDataSet(
                        "F-2026-0042",
                        "Yusuf",
                        2010,
                        ReportReason.DEPARTURE_RISK,
                        LocalDate.parse("2026-11-28"),
                        "anna")),
                override,
                "anna")),
        Optional.empty(),
        Optional.empty(),
        version);
  }

  private FakeRequest transition(String path, String body, String ifMatch) {
    FakeRequest request =
        body == null
            ? FakeRequest.post(THE_REPORT + path)
            : FakeRequest.post(THE_REPORT + path, body);
    return ifMatch == null ? request.as(anna) : request.header("If-Match", ifMatch).as(anna);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void aDraftIsCreatedWithItsVersionAndAddress() {
    reports.answer = draft(1);

    FakeResponse response =
        FakeResponse.send(
            onTrajectory,
            FakeRequest.post(
                    REPORTS, "{\"memberId\":\"" + MEMBER + "\",\"reason\":\"DEPARTURE_RISK\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("ETag")).isEqualTo("\"1\"");
    assertThat(response.header("Location")).isEqualTo(THE_REPORT);
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":\"886313e1-3b8a-5372-9b90-0c9aee199e5d\","
                + "\"trajectoryId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                + "\"memberId\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"reason\":\"DEPARTURE_RISK\",\"state\":\"DRAFT\","
                + "\"createdAt\":\"2026-11-28T10:15:30Z\",\"consultation\":null,"
                + "\"disclosure\":null,\"acknowledgedAt\":null,\"withdrawal\":null,"
                + "\"overridden\":false,\"version\":1}");
    assertThat(reports.called).isEqualTo("draft");
    assertThat(reports.actor).isEqualTo(anna);
    assertThat(reports.id).isEqualTo(TRAJECTORY);
    assertThat(reports.memberId).isEqualTo(MEMBER);
    assertThat(reports.reason).isEqualTo(ReportReason.DEPARTURE_RISK);
  }

  @Test
  void aDraftWithoutMemberAndReasonNamesBothAndNeverReachesTheService() {
    JsonNode problem =
        FakeResponse.send(onTrajectory, FakeRequest.post(REPORTS, "{}").as(anna)).json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(fields(problem)).containsExactly("memberId", "reason");
    assertThat(reports.called).isNull();
  }

  @Test
  void aDraftWithAnUnknownFieldOrReasonIsABadRequest() {
    FakeResponse unknownField =
        FakeResponse.send(
            onTrajectory,
            FakeRequest.post(
                    REPORTS,
                    "{\"memberId\":\"" + MEMBER + "\",\"reason\":\"DEPARTED\",\"note\":\"x\"}")
                .as(anna));
    JsonNode unknownReason =
        FakeResponse.send(
                onTrajectory,
                FakeRequest.post(REPORTS, "{\"memberId\":\"" + MEMBER + "\",\"reason\":\"LEFT\"}")
                    .as(anna))
            .json();

    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownReason.get("status").asInt()).isEqualTo(400);
    assertThat(unknownReason.at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(reports.called).isNull();
  }

  @Test
  void theReportsOfATrajectoryAreListed() {
    reports.reports = List.of(reported(5, Optional.empty()), draft(1));

    JsonNode list = FakeResponse.send(onTrajectory, FakeRequest.get(REPORTS).as(anna)).json();

    assertThat(list).hasSize(2);
    assertThat(list.at("/0/state").asText()).isEqualTo("REPORTED");
    assertThat(list.at("/1/state").asText()).isEqualTo("DRAFT");
    assertThat(reports.id).isEqualTo(TRAJECTORY);
  }

  @Test
  void aReportIsReadWithItsETagAndEveryPart() {
    reports.stored = Optional.of(reported(5, Optional.empty()));

    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get(THE_REPORT).as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"5\"");
    assertThat(response.json().get("consultation").toString())
        .isEqualTo(
            "{\"consultedAt\":\"2026-11-28T10:16:30Z\",\"consulted\":[\""
                + PARENT
                + "\"],\"reporter\":\"CENTRE\",\"recipient\":\"POLICE\",\"recordedBy\":\"anna\"}");
    assertThat(response.json().get("disclosure").toString())
        .isEqualTo(
            "{\"reportedAt\":\"2026-11-28T10:17:30Z\",\"reporter\":\"CENTRE\","
                + "\"recipient\":\"POLICE\",\"legalBasis\":\"Wpg art. 4\",\"dataSet\":"
                + "{\"familyReference\":\"F-2026-0042\",\"givenName\":\"Yusuf\","
                + "\"birthYear\":2010,\"reason\":\"DEPARTURE_RISK\",\"date\":\"2026-11-28\","
                + "\"centreContact\":\"anna\"},\"override\":null,\"recordedBy\":\"anna\"}");
    assertThat(response.json().get("overridden").asBoolean()).isFalse();
  }

  @Test
  void anAbsentReportIsNotFound() {
    assertThat(FakeResponse.send(servlet, FakeRequest.get(THE_REPORT).as(anna)).status())
        .isEqualTo(404);
  }

  @Test
  void theConsultationIsRecordedWithTheVersionRead() {
    reports.stored = Optional.of(draft(3));
    reports.answer = reported(4, Optional.empty());

    FakeResponse response =
        FakeResponse.send(servlet, transition("/consultation", CONSULTATION, "\"3\""));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"4\"");
    assertThat(reports.called).isEqualTo("consult");
    assertThat(reports.id).isEqualTo(REPORT);
    assertThat(reports.expectedVersion).isEqualTo(3);
    assertThat(reports.consultation.consultedAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    assertThat(reports.consultation.consulted()).containsExactly(PARENT);
    assertThat(reports.consultation.reporter()).isEqualTo(Reporter.CENTRE);
    assertThat(reports.consultation.recipient()).isEqualTo(Recipient.POLICE);
  }

  @Test
  void aTransitionWithoutIfMatchIsPreconditionRequired() {
    reports.stored = Optional.of(draft(3));

    FakeResponse response =
        FakeResponse.send(servlet, transition("/consultation", CONSULTATION, null));

    assertThat(response.status()).isEqualTo(428);
    assertThat(reports.called).isNull();
  }

  @Test
  void aTransitionOnAStaleVersionFailsItsPrecondition() {
    reports.stored = Optional.of(draft(3));

    FakeResponse response =
        FakeResponse.send(servlet, transition("/consultation", CONSULTATION, "\"2\""));

    assertThat(response.status()).isEqualTo(412);
    assertThat(reports.called).isNull();
  }

  @Test
  void aChangeThatSlipsInBetweenIsAlsoAFailedPrecondition() {
    reports.stored = Optional.of(draft(3));
    reports.failure = new StaleVersionException("The report was changed.");

    FakeResponse response = FakeResponse.send(servlet, transition("/closure", null, "\"3\""));

    assertThat(response.status()).isEqualTo(412);
  }

  @Test
  void aMalformedIfMatchIsABadRequest() {
    reports.stored = Optional.of(draft(3));

    FakeResponse response = FakeResponse.send(servlet, transition("/closure", null, "W/\"3\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(reports.called).isNull();
  }

  @Test
  void aConsultationWithoutItsPartsNamesEachAndNeverReachesTheService() {
    reports.stored = Optional.of(draft(3));

    JsonNode problem =
        FakeResponse.send(servlet, transition("/consultation", "{}", "\"3\"")).json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(fields(problem))
        .containsExactly("consultedAt", "consulted", "reporter", "recipient");
    assertThat(reports.called).isNull();
  }

  @Test
  void aConsultationWithAMalformedTimeOrRecipientIsNamed() {
    reports.stored = Optional.of(draft(3));

    JsonNode time =
        FakeResponse.send(
                servlet,
                transition(
                    "/consultation",
                    CONSULTATION.replace("2026-11-27T09:00:00Z", "gisteren"),
                    "\"3\""))
            .json();
    JsonNode recipient =
        FakeResponse.send(
                servlet,
                transition("/consultation", CONSULTATION.replace("POLICE", "MAYOR"), "\"3\""))
            .json();
    JsonNode consulted =
        FakeResponse.send(
                servlet,
                transition(
                    "/consultation", CONSULTATION.replace(PARENT.toString(), "mother"), "\"3\""))
            .json();

    assertThat(fields(time)).containsExactly("consultedAt");
    assertThat(fields(recipient)).containsExactly("recipient");
    assertThat(consulted.get("status").asInt()).isEqualTo(400);
    assertThat(consulted.toString()).doesNotContain("mother");
    assertThat(reports.called).isNull();
  }

  @Test
  void theServicesFieldErrorsOnAConsultationAreShown() {
    reports.stored = Optional.of(draft(3));
    reports.failure = ValidationException.of("consulted", "must be parents or guardians");

    JsonNode problem =
        FakeResponse.send(servlet, transition("/consultation", CONSULTATION, "\"3\"")).json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo("must be parents or guardians");
  }

  @Test
  void aReportIsMadeOnALegalBasisAndWhenTheFamilyReportedIsPassedOn() {
    reports.stored = Optional.of(draft(4));
    reports.answer = reported(5, Optional.empty());

    FakeResponse byCentre =
        FakeResponse.send(
            servlet, transition("/report", "{\"legalBasis\":\"Wpg art. 4\"}", "\"4\""));

    assertThat(byCentre.status()).isEqualTo(200);
    assertThat(byCentre.header("ETag")).isEqualTo("\"5\"");
    assertThat(reports.called).isEqualTo("report");
    assertThat(reports.legalBasis).isEqualTo("Wpg art. 4");
    assertThat(reports.reportedAt).isEmpty();

    FakeResponse.send(
        servlet,
        transition(
            "/report",
            "{\"legalBasis\":\"Wpg art. 4\",\"reportedAt\":\"2026-11-28T08:00:00Z\"}",
            "\"4\""));

    assertThat(reports.reportedAt).contains(Instant.parse("2026-11-28T08:00:00Z"));
  }

  @Test
  void aReportWithoutLegalBasisOrWithAMalformedTimeIsNamed() {
    reports.stored = Optional.of(draft(4));

    JsonNode missing = FakeResponse.send(servlet, transition("/report", "{}", "\"4\"")).json();
    JsonNode malformed =
        FakeResponse.send(
                servlet,
                transition("/report", "{\"legalBasis\":\"x\",\"reportedAt\":\"today\"}", "\"4\""))
            .json();

    assertThat(fields(missing)).containsExactly("legalBasis");
    assertThat(fields(malformed)).containsExactly("reportedAt");
    assertThat(reports.called).isNull();
  }

  @Test
  void anOverrideIsReportedAndShownAsOverridden() {
    reports.stored = Optional.of(draft(1));
    reports.answer = reported(2, Optional.of("acute danger"));

    FakeResponse response =
        FakeResponse.send(
            servlet,
            transition(
                "/override",
                "{\"legalBasis\":\"Wpg art. 4\",\"recipient\":\"POLICE\","
                    + "\"reason\":\"acute danger\"}",
                "\"1\""));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("overridden").asBoolean()).isTrue();
    assertThat(response.json().at("/disclosure/override").asText()).isEqualTo("acute danger");
    assertThat(response.json().get("consultation").isNull()).isTrue();
    assertThat(reports.called).isEqualTo("reportWithoutConsultation");
    assertThat(reports.legalBasis).isEqualTo("Wpg art. 4");
    assertThat(reports.recipient).isEqualTo(Recipient.POLICE);
    assertThat(reports.text).isEqualTo("acute danger");
  }

  @Test
  void anOverrideWithoutItsPartsNamesEach() {
    reports.stored = Optional.of(draft(1));

    JsonNode problem = FakeResponse.send(servlet, transition("/override", "{}", "\"1\"")).json();

    assertThat(fields(problem)).containsExactly("legalBasis", "recipient", "reason");
    assertThat(reports.called).isNull();
  }

  @Test
  void anOverrideByAnotherRoleThanTeamLeadIsForbidden() {
    reports.stored = Optional.of(draft(1));
    reports.failure =
        new AccessDeniedException("Only a team lead may report without consultation.");

    FakeResponse response =
        FakeResponse.send(
            servlet,
            transition(
                "/override",
                "{\"legalBasis\":\"x\",\"recipient\":\"MUNICIPALITY\",\"reason\":\"y\"}",
                "\"1\""));

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void acknowledgementAndClosureTakeNoBody() {
    reports.stored = Optional.of(reported(5, Optional.empty()));
    reports.answer = reported(6, Optional.empty());

    FakeResponse acknowledged =
        FakeResponse.send(servlet, transition("/acknowledgement", null, "\"5\""));

    assertThat(acknowledged.status()).isEqualTo(200);
    assertThat(acknowledged.header("ETag")).isEqualTo("\"6\"");
    assertThat(reports.called).isEqualTo("acknowledge");
    assertThat(reports.expectedVersion).isEqualTo(5);

    FakeResponse closed = FakeResponse.send(servlet, transition("/closure", null, "\"5\""));

    assertThat(closed.status()).isEqualTo(200);
    assertThat(reports.called).isEqualTo("close");
  }

  @Test
  void aTransitionOnAnAbsentReportIsNotFound() {
    FakeResponse response =
        FakeResponse.send(servlet, transition("/acknowledgement", null, "\"5\""));

    assertThat(response.status()).isEqualTo(404);
    assertThat(reports.called).isNull();
  }

  @Test
  void aTransitionTheStateDoesNotAllowIsAConflict() {
    reports.stored = Optional.of(draft(1));
    reports.failure = new ConflictException("A draft cannot be closed.");

    FakeResponse response = FakeResponse.send(servlet, transition("/closure", null, "\"1\""));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asText()).isEqualTo("A draft cannot be closed.");
  }

  @Test
  void aWithdrawalNeedsAReason() {
    reports.stored = Optional.of(draft(1));
    reports.answer = draft(2);

    JsonNode problem = FakeResponse.send(servlet, transition("/withdrawal", "{}", "\"1\"")).json();

    assertThat(fields(problem)).containsExactly("reason");
    assertThat(reports.called).isNull();

    FakeResponse response =
        FakeResponse.send(
            servlet, transition("/withdrawal", "{\"reason\":\"family moved away\"}", "\"1\""));

    assertThat(response.status()).isEqualTo(200);
    assertThat(reports.called).isEqualTo("withdraw");
    assertThat(reports.text).isEqualTo("family moved away");
  }

  @Test
  void aTransitionWithoutJsonIsUnsupported() {
    reports.stored = Optional.of(draft(1));

    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.post(THE_REPORT + "/withdrawal")
                .body("application/x-www-form-urlencoded", "reason=x")
                .header("If-Match", "\"1\"")
                .as(anna));

    assertThat(response.status()).isEqualTo(415);
  }

  @Test
  void transitionsAreOnlyPosts() {
    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get(THE_REPORT + "/closure").as(anna));

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("POST");
  }

  @Test
  void theLegalBasesAreListed() {
    reports.legalBases = List.of("Wpg art. 4", "Jeugdwet art. 7.3.11");

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/reports/legal-bases").as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[\"Wpg art. 4\",\"Jeugdwet art. 7.3.11\"]");
  }

  @Test
  void aRequestWithoutActorIsUnauthorized() {
    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/reports/legal-bases"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(reports.called).isNull();
  }

  @Test
  void theCriticalMomentsOfATrajectoryAreListed() {
    trajectories.moments = List.of(new CriticalMoment(TRAJECTORY, 17, MEMBER, AT));

    FakeResponse response =
        FakeResponse.send(
            onTrajectory,
            FakeRequest.get("/api/v1/trajectories/" + TRAJECTORY + "/critical-moments").as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "[{\"trajectoryId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"eventSequence\":17,"
                + "\"memberId\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"occurredAt\":\"2026-11-28T10:15:30Z\"}]");
    assertThat(trajectories.id).isEqualTo(TRAJECTORY);
  }

  @Test
  void theOverviewListsThePageTheServiceGivesAndRefusesAnUnknownState() {
    FakeResponse listed =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/reports?state=DRAFT").as(anna));
    JsonNode bad =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/reports?state=SENT").as(anna)).json();

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().get("total").asLong()).isZero();
    assertThat(reports.called).isEqualTo("list");
    assertThat(bad.get("status").asInt()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("state");
  }
}
