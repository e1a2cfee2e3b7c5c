package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class AuditResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final UUID FAMILY = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private static final UUID MEMBER = UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e");
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeAuditService audit = new FakeAuditService();
  private final AuditServlet servlet = new AuditServlet(json, audit);
  private final MembersServlet members = new MembersServlet(json, null, audit);
  private final Actor pieter =
      ISSUER.issue("pieter", Set.of(Role.PRIVACY_OFFICER), Organisation.CENTRE, Channel.WEB);

  private static AuditEntry plainEntry() {
    return new AuditEntry(
        7,
        AT,
        "anna",
        "counsellor",
        "steunpunt",
        Optional.empty(),
        "web",
        Action.SEARCH,
        "family",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Outcome.DENIED,
        Purpose.CARE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("ab12"));
  }

  private JsonNode problemOf(String pathAndQuery) {
    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get(pathAndQuery).as(pieter));
    assertThat(response.status()).isEqualTo(400);
    return response.json();
  }

  @Test
  void theSearchPassesEveryCriterionAndThePage() {
    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.get(
                    "/api/v1/audit?family="
                        + FAMILY
                        + "&member="
                        + MEMBER
                        + "&user=anna&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z"
                        + "&offset=20&limit=10")
                .as(pieter));

    assertThat(response.status()).isEqualTo(200);
    assertThat(audit.search)
        .isEqualTo(
            new AuditSearch(
                Optional.of(FAMILY),
                Optional.of(MEMBER),
                Optional.of("anna"),
                Optional.of(Instant.parse("2026-11-01T00:00:00Z")),
                Optional.of(Instant.parse("2026-12-01T00:00:00Z"))));
    assertThat(audit.page).isEqualTo(new PageRequest(20, 10));
    assertThat(audit.actor).isEqualTo(pieter);
  }

  @Test
  void withoutCriteriaEverythingIsSearched() {
    FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit?user=").as(pieter));

    assertThat(audit.search).isEqualTo(AuditSearch.ALL);
  }

  @Test
  void anEntryShowsEveryFieldWithNullsForWhatItHasNot() {
    audit.entries = List.of(plainEntry());

    JsonNode entry =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit").as(pieter))
            .json()
            .at("/items/0");

    assertThat(entry.toString())
        .isEqualTo(
            "{\"sequence\":7,\"at\":\"2026-11-28T10:15:30Z\",\"user\":\"anna\","
                + "\"roles\":\"counsellor\",\"organisation\":\"steunpunt\",\"onBehalfOf\":null,"
                + "\"channel\":\"web\",\"action\":\"SEARCH\",\"objectType\":\"family\","
                + "\"objectId\":null,\"familyId\":null,\"memberId\":null,\"category\":null,"
                + "\"outcome\":\"DENIED\",\"purpose\":\"CARE\",\"clientAddress\":null,"
                + "\"breakGlass\":null,\"detail\":null,\"hash\":\"ab12\"}");
  }

  @Test
  void anEntryShowsItsOptionalFieldsWhenItHasThem() {
    UUID use = UUID.randomUUID();
    audit.entries =
        List.of(
            new AuditEntry(
                8,
                AT,
                "anna",
                "counsellor",
                "steunpunt",
                Optional.of("bram"),
                "web",
                Action.READ,
                "member",
                Optional.of(MEMBER.toString()),
                Optional.of(FAMILY),
                Optional.of(MEMBER),
                Optional.of(DataCategory.IDENTITY),
                Outcome.ALLOWED,
                Purpose.EMERGENCY,
                Optional.of("192.0.2.10"),
                Optional.of(use),
                Optional.of("break-glass"),
                Optional.of("cd34")));

    JsonNode entry =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit").as(pieter))
            .json()
            .at("/items/0");

    assertThat(entry.get("onBehalfOf").asText()).isEqualTo("bram");
    assertThat(entry.get("objectId").asText()).isEqualTo(MEMBER.toString());
    assertThat(entry.get("familyId").asText()).isEqualTo(FAMILY.toString());
    assertThat(entry.get("memberId").asText()).isEqualTo(MEMBER.toString());
    assertThat(entry.get("category").asText()).isEqualTo("IDENTITY");
    assertThat(entry.get("clientAddress").asText()).isEqualTo("192.0.2.10");
    assertThat(entry.get("breakGlass").asText()).isEqualTo(use.toString());
    assertThat(entry.get("detail").asText()).isEqualTo("break-glass");
  }

  @Test
  void malformedCriteriaAreNamedFieldByField() {
    JsonNode problem =
        problemOf("/api/v1/audit?family=42&member=1-1-1-1-1&from=yesterday&to=2026-12-01");

    assertThat(problem.get("errors"))
        .extracting(e -> e.get("field").asText())
        .containsExactly("family", "member", "from", "to");
    assertThat(problem.toString()).doesNotContain("yesterday");
    assertThat(audit.actor).isNull();
  }

  @Test
  void theEndMustBeAfterTheStart() {
    JsonNode problem = problemOf("/api/v1/audit?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("to");
  }

  @Test
  void aBadPageIsNamed() {
    assertThat(problemOf("/api/v1/audit?offset=-1").at("/errors/0/field").asText())
        .isEqualTo("offset");
  }

  @Test
  void onlyThePrivacyOfficerMaySearch() {
    audit.failure = new AccessDeniedException("Only the privacy officer reads the audit log.");

    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit").as(pieter));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("detail").asText())
        .isEqualTo("Only the privacy officer reads the audit log.");
  }

  @Test
  void anIntactChainIsShownWithNulls() {
    audit.verification = new ChainVerification(true, 1200, OptionalLong.empty(), Optional.empty());

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit/verification").as(pieter));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"intact\":true,\"checked\":1200,\"firstBroken\":null,\"problem\":null}");
  }

  @Test
  void aBrokenChainNamesTheFirstBrokenEntry() {
    audit.verification =
        new ChainVerification(
            false, 41, OptionalLong.of(41), Optional.of("hash does not match the entry"));

    assertThat(
            FakeResponse.send(servlet, FakeRequest.get("/api/v1/audit/verification").as(pieter))
                .body())
        .isEqualTo(
            "{\"intact\":false,\"checked\":41,\"firstBroken\":41,"
                + "\"problem\":\"hash does not match the entry\"}");
  }

  @Test
  void theAccessReportShowsTheMemberEventsAndAccesses() {
    Member member =
        new Member(
            MEMBER,
            FAMILY,
            MemberRole.CHILD_ABROAD,
            "Yusuf",
            2004,
            List.of("nl"),
            Whereabouts.DETAINED,
            3);
    Event event =
        new Event(
            5,
            FAMILY,
            Optional.of(MEMBER),
            AT,
            AT,
            "staff",
            OptionalLong.empty(),
            new EventDetail.Detention());
    audit.report =
        new AccessReport(
            member,
            "F-2026-0042",
            List.of(event),
            List.of(
                new AccessReport.Access(
                    AT,
                    "GM0363",
                    Purpose.MUNICIPAL_SUPPORT,
                    Action.READ,
                    DataCategory.IDENTITY,
                    false),
                new AccessReport.Access(
                    AT, "steunpunt", Purpose.EMERGENCY, Action.READ, DataCategory.EVENTS, true)),
            AT);

    FakeResponse response =
        FakeResponse.send(
            members, FakeRequest.get("/api/v1/members/" + MEMBER + "/access-report").as(pieter));

    JsonNode report = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(audit.memberId).isEqualTo(MEMBER);
    assertThat(report.at("/member/id").asText()).isEqualTo(MEMBER.toString());
    assertThat(report.at("/member/givenName").asText()).isEqualTo("Yusuf");
    assertThat(report.get("familyReference").asText()).isEqualTo("F-2026-0042");
    assertThat(report.at("/events/0/type").asText()).isEqualTo("DETENTION");
    assertThat(report.at("/events/0/recordedBy").asText()).isEqualTo("staff");
    assertThat(report.at("/accesses/0").toString())
        .isEqualTo(
            "{\"at\":\"2026-11-28T10:15:30Z\",\"organisation\":\"GM0363\","
                + "\"purpose\":\"MUNICIPAL_SUPPORT\",\"action\":\"READ\",\"category\":\"IDENTITY\","
                + "\"emergency\":false}");
    assertThat(report.at("/accesses/1/emergency").asBoolean()).isTrue();
    assertThat(report.get("generatedAt").asText()).isEqualTo("2026-11-28T10:15:30Z");
  }

  @Test
  void theAccessReportOfAnUnknownMemberIsNotFound() {
    audit.failure = new NotFoundException("member", MEMBER);

    FakeResponse response =
        FakeResponse.send(
            members, FakeRequest.get("/api/v1/members/" + MEMBER + "/access-report").as(pieter));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asText()).doesNotContain(MEMBER.toString());
  }
}
