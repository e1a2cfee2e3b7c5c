package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class BreakGlassResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final UUID FAMILY = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private static final UUID USE = UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e");
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeAccessService access = new FakeAccessService();
  private final FamiliesServlet families = new FamiliesServlet(json, null, null, access, null);
  private final BreakGlassServlet breakGlass = new BreakGlassServlet(json, access);
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.web("192.0.2.10"));
  private final Actor pieter =
      ISSUER.issue("pieter", Set.of(Role.PRIVACY_OFFICER), Organisation.CENTRE, Channel.WEB);

  private static BreakGlass use(Optional<BreakGlass.Review> review) {
    return new BreakGlass(
        USE, FAMILY, "anna", "steunpunt", "crisis call", AT, AT.plusSeconds(14_400), review);
  }

  @Test
  void breakingTheGlassIsCreatedWithTheUse() {
    access.answer = use(Optional.empty());

    FakeResponse response =
        FakeResponse.send(
            families,
            FakeRequest.post(
                    "/api/v1/families/" + FAMILY + "/break-glass", "{\"reason\":\"crisis call\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("ETag")).isNull();
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"familyId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"user\":\"anna\","
                + "\"organisation\":\"steunpunt\",\"reason\":\"crisis call\","
                + "\"openedAt\":\"2026-11-28T10:15:30Z\",\"expiresAt\":\"2026-11-28T14:15:30Z\","
                + "\"review\":null}");
    assertThat(access.actor).isEqualTo(anna);
    assertThat(access.id).isEqualTo(FAMILY);
    assertThat(access.text).isEqualTo("crisis call");
  }

  @Test
  void breakingTheGlassByReferenceIsCreatedWithTheUseAndItsFamilyId() {
    access.answer = use(Optional.empty());

    FakeResponse response =
        FakeResponse.send(
            breakGlass,
            FakeRequest.post(
                    "/api/v1/break-glass",
                    "{\"reference\":\"F-2024-0012\",\"reason\":\"crisis call\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("familyId").asText()).isEqualTo(FAMILY.toString());
    assertThat(response.json().get("id").asText()).isEqualTo(USE.toString());
    assertThat(access.actor).isEqualTo(anna);
    assertThat(access.reference).isEqualTo("F-2024-0012");
    assertThat(access.text).isEqualTo("crisis call");
  }

  @Test
  void breakingTheGlassByAnUnknownReferenceIsNotFoundWithoutNamingIt() {
    access.failure = new NotFoundException("family", "with this reference");

    FakeResponse response =
        FakeResponse.send(
            breakGlass,
            FakeRequest.post(
                    "/api/v1/break-glass", "{\"reference\":\"F-1999-0001\",\"reason\":\"x\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("F-1999-0001");
  }

  @Test
  void breakingTheGlassByReferenceWithoutAReasonIsNamed() {
    access.failure = ValidationException.of("reason", "is required");

    JsonNode problem =
        FakeResponse.send(
                breakGlass,
                FakeRequest.post("/api/v1/break-glass", "{\"reference\":\"F-2024-0012\"}").as(anna))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(access.text).isNull();
  }

  @Test
  void aBodyWithAnUnknownFieldIsABadRequest() {
    FakeResponse response =
        FakeResponse.send(
            families,
            FakeRequest.post(
                    "/api/v1/families/" + FAMILY + "/break-glass", "{\"reason\":\"x\",\"why\":1}")
                .as(anna));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(access.actor).isNull();
  }

  @Test
  void theServicesRulesOnTheReasonAreFieldErrors() {
    access.failure = ValidationException.of("reason", "is required");

    JsonNode problem =
        FakeResponse.send(
                families,
                FakeRequest.post("/api/v1/families/" + FAMILY + "/break-glass", "{}").as(anna))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("reason");
  }

  @Test
  void aRoleThatMayNotBreakTheGlassIsForbidden() {
    access.failure = new AccessDeniedException("Your role may not break the glass.");

    FakeResponse response =
        FakeResponse.send(
            families,
            FakeRequest.post("/api/v1/families/" + FAMILY + "/break-glass", "{\"reason\":\"x\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void whenTheAuditLogCannotBeWrittenTheAnswerIs503WithoutTheCause() {
    access.failure =
        new UnavailableException(
            "The audit log cannot be written; nothing was done.",
            new IllegalStateException("disk full at /var/lib/steunpunt"));

    FakeResponse response =
        FakeResponse.send(
            families,
            FakeRequest.post("/api/v1/families/" + FAMILY + "/break-glass", "{\"reason\":\"x\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json().get("title").asText()).isEqualTo("Service Unavailable");
    assertThat(response.json().get("detail").asText())
        .isEqualTo("The audit log cannot be written; nothing was done.");
    assertThat(response.body()).doesNotContain("disk full", "IllegalStateException", "at nl.");
  }

  @Test
  void theUsesArePagedAndFilteredOnReview() {
    access.answer = use(Optional.empty());

    JsonNode page =
        FakeResponse.send(
                breakGlass,
                FakeRequest.get("/api/v1/break-glass?unreviewed=true&offset=10&limit=5").as(pieter))
            .json();

    assertThat(access.flag).isTrue();
    assertThat(access.page).isEqualTo(new PageRequest(10, 5));
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("offset").asInt()).isEqualTo(10);
    assertThat(page.get("limit").asInt()).isEqualTo(5);
    assertThat(page.at("/items/0/id").asText()).isEqualTo(USE.toString());
  }

  @Test
  void withoutTheFilterEveryUseIsAskedFor() {
    access.answer = use(Optional.empty());

    FakeResponse.send(breakGlass, FakeRequest.get("/api/v1/break-glass").as(pieter));

    assertThat(access.flag).isFalse();
    assertThat(access.page).isEqualTo(new PageRequest(0, 50));
  }

  @Test
  void anUnreviewedValueOtherThanTrueOrFalseIsNamed() {
    JsonNode problem =
        FakeResponse.send(
                breakGlass, FakeRequest.get("/api/v1/break-glass?unreviewed=yes").as(pieter))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("unreviewed");
    assertThat(access.actor).isNull();
  }

  @Test
  void aLimitOutOfRangeIsNamed() {
    JsonNode problem =
        FakeResponse.send(breakGlass, FakeRequest.get("/api/v1/break-glass?limit=0").as(pieter))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("limit");
  }

  @Test
  void aReviewAnswersTheReviewedUse() {
    access.answer = use(Optional.of(new BreakGlass.Review(true, "was needed", "pieter", AT)));

    FakeResponse response =
        FakeResponse.send(
            breakGlass,
            FakeRequest.post(
                    "/api/v1/break-glass/" + USE + "/review",
                    "{\"justified\":true,\"remark\":\"was needed\"}")
                .as(pieter));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("review").toString())
        .isEqualTo(
            "{\"justified\":true,\"remark\":\"was needed\",\"reviewedBy\":\"pieter\","
                + "\"reviewedAt\":\"2026-11-28T10:15:30Z\"}");
    assertThat(access.id).isEqualTo(USE);
    assertThat(access.flag).isTrue();
    assertThat(access.text).isEqualTo("was needed");
  }

  @Test
  void aReviewWithoutJustifiedIsNamedAndNeverReachesTheService() {
    JsonNode problem =
        FakeResponse.send(
                breakGlass,
                FakeRequest.post("/api/v1/break-glass/" + USE + "/review", "{\"remark\":\"ok\"}")
                    .as(pieter))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("justified");
    assertThat(access.actor).isNull();
  }

  @Test
  void justifiedMustBeABoolean() {
    JsonNode problem =
        FakeResponse.send(
                breakGlass,
                FakeRequest.post(
                        "/api/v1/break-glass/" + USE + "/review",
                        "{\"justified\":\"yes\",\"remark\":\"ok\"}")
                    .as(pieter))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("justified");
  }

  @Test
  void aSecondReviewIsAConflictAndAnUnknownUseNotFound() {
    access.failure = new ConflictException("This use of break-glass was reviewed already.");
    FakeRequest review =
        FakeRequest.post(
                "/api/v1/break-glass/" + USE + "/review", "{\"justified\":false,\"remark\":\"no\"}")
            .as(pieter);

    assertThat(FakeResponse.send(breakGlass, review).status()).isEqualTo(409);

    access.failure = new NotFoundException("break-glass", USE);

    assertThat(FakeResponse.send(breakGlass, review).status()).isEqualTo(404);
  }

  @Test
  void aReviewWithoutJsonIsUnsupported() {
    FakeResponse response =
        FakeResponse.send(
            breakGlass,
            FakeRequest.post("/api/v1/break-glass/" + USE + "/review")
                .body("application/x-www-form-urlencoded", "justified=true")
                .as(pieter));

    assertThat(response.status()).isEqualTo(415);
  }

  @Test
  void aRequestWithoutActorIsUnauthorized() {
    FakeResponse response = FakeResponse.send(breakGlass, FakeRequest.get("/api/v1/break-glass"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(access.actor).isNull();
  }
}
