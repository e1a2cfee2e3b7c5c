package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class ReferralsResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final UUID TRAJECTORY = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private static final UUID MEMBER = UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e");
  private static final UUID REFERRAL = UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");
  private static final String REFERRALS = "/api/v1/trajectories/" + TRAJECTORY + "/referrals";

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeTrajectoryService trajectories = new FakeTrajectoryService();
  private final TrajectoriesServlet servlet = new TrajectoriesServlet(json, trajectories, null);
  private final ReferralsServlet ends = new ReferralsServlet(json, trajectories);
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  private static final UUID MOTHER = UUID.fromString("a3bb189e-8bf9-3888-9912-ace4e6543002");
  private static final Consent BY_THE_PARENTS =
      new Consent(
          ConsentBy.PARENTS, List.of(MOTHER), LocalDate.of(2026, 11, 1), ConsentForm.WRITTEN);
  private static final String CONSENT =
      "{\"by\":\"PARENTS\",\"parentIds\":[\""
          + MOTHER
          + "\"],\"givenOn\":\"2026-11-01\",\"form\":\"WRITTEN\"}";

  private static Referral referral(Optional<Instant> closedAt) {
    return new Referral(
        REFERRAL, TRAJECTORY, MEMBER, "therapy-noord", Optional.of(BY_THE_PARENTS), AT, closedAt);
  }

  private static String body(String consent) {
    return "{\"memberId\":\""
        + MEMBER
        + "\",\"organisation\":\"therapy-noord\""
        + (consent == null ? "" : ",\"consent\":" + consent)
        + "}";
  }

  private JsonNode problemFor(String body) {
    return FakeResponse.send(servlet, FakeRequest.post(REFERRALS, body).as(anna)).json();
  }

  @Test
  void aReferralIsMadeWithTheConsentItWasGiven() {
    trajectories.answer = referral(Optional.empty());

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.post(REFERRALS, body(CONSENT)).as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("ETag")).isNull();
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":\"886313e1-3b8a-5372-9b90-0c9aee199e5d\","
                + "\"trajectoryId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                + "\"memberId\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"organisation\":\"therapy-noord\","
                + "\"consent\":"
                + CONSENT
                + ",\"openedAt\":\"2026-11-28T10:15:30Z\","
                + "\"closedAt\":null}");
    assertThat(trajectories.id).isEqualTo(TRAJECTORY);
    assertThat(trajectories.referral)
        .isEqualTo(new NewReferral(MEMBER, "therapy-noord", BY_THE_PARENTS));
  }

  @Test
  void theMembersOwnConsentNeedsNoParentIds() {
    trajectories.answer = referral(Optional.empty());

    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.post(
                    REFERRALS,
                    body("{\"by\":\"MEMBER\",\"givenOn\":\"2026-11-01\",\"form\":\"ORAL\"}"))
                .as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(trajectories.referral.consent())
        .isEqualTo(
            new Consent(ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 1), ConsentForm.ORAL));
  }

  @Test
  void aReferralWithoutConsentIsRefusedBeforeTheService() {
    JsonNode problem = problemFor(body(null));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("consent");
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo("is required");
    assertThat(trajectories.actor).isNull();
  }

  @Test
  void eachMissingOrMalformedPartOfTheConsentIsNamed() {
    JsonNode problem = problemFor(body("{\"parentIds\":[null],\"givenOn\":\"1 November\"}"));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactly("consent.by", "consent.givenOn", "consent.form", "consent.parentIds");
    assertThat(problem.toString()).doesNotContain("1 November");
    assertThat(trajectories.actor).isNull();
  }

  @Test
  void anUnknownConsentGiverIsNamedWithTheChoices() {
    JsonNode problem =
        problemFor(body("{\"by\":\"NEIGHBOUR\",\"givenOn\":\"2026-11-01\",\"form\":\"WRITTEN\"}"));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("consent.by");
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("must be one of MEMBER, PARENTS");
    assertThat(problem.toString()).doesNotContain("NEIGHBOUR");
  }

  @Test
  void anUnknownFieldInTheConsentIsRefused() {
    JsonNode problem =
        problemFor(
            body(
                "{\"by\":\"MEMBER\",\"givenOn\":\"2026-11-01\",\"form\":\"WRITTEN\",\"signature\":\"x\"}"));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("consent");
    assertThat(trajectories.actor).isNull();
  }

  @Test
  void aReferralMadeBeforeConsentWasRecordedShowsNoConsent() {
    trajectories.referrals =
        List.of(
            new Referral(
                REFERRAL,
                TRAJECTORY,
                MEMBER,
                "therapy-noord",
                Optional.empty(),
                AT,
                Optional.empty()));

    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get(REFERRALS).as(anna));

    assertThat(response.json().at("/0/consent").isNull()).isTrue();
  }

  @Test
  void aMalformedMemberIdIsNamed() {
    JsonNode problem =
        FakeResponse.send(
                servlet,
                FakeRequest.post(
                        REFERRALS,
                        "{\"memberId\":\"Yusuf\",\"organisation\":\"therapy-noord\","
                            + "\"consent\":"
                            + CONSENT
                            + "}")
                    .as(anna))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("memberId");
    assertThat(problem.toString()).doesNotContain("Yusuf");
    assertThat(trajectories.actor).isNull();
  }

  @Test
  void theServicesFieldErrorsAreShown() {
    trajectories.failure =
        ValidationException.of(
            "consent.parentIds", "names a member who is not a parent or guardian of this family");

    JsonNode problem = problemFor(body(CONSENT));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("consent.parentIds");
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("names a member who is not a parent or guardian of this family");
  }

  @Test
  void aMemberReferredThereAlreadyIsAConflict() {
    trajectories.failure = new ConflictException("The member is referred there already.");

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.post(REFERRALS, body(CONSENT)).as(anna));

    assertThat(response.status()).isEqualTo(409);
  }

  @Test
  void theReferralsAreListed() {
    trajectories.referrals =
        List.of(referral(Optional.of(AT.plusSeconds(60))), referral(Optional.empty()));

    FakeResponse response = FakeResponse.send(servlet, FakeRequest.get(REFERRALS).as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).hasSize(2);
    assertThat(response.json().at("/0/closedAt").asText()).isEqualTo("2026-11-28T10:16:30Z");
    assertThat(response.json().at("/1/closedAt").isNull()).isTrue();
  }

  @Test
  void theReferralsOfATrajectoryTheCallerMayNotSeeAreNotFound() {
    trajectories.failure = new NotFoundException("trajectory", TRAJECTORY);

    assertThat(FakeResponse.send(servlet, FakeRequest.get(REFERRALS).as(anna)).status())
        .isEqualTo(404);
  }

  @Test
  void endingAReferralAnswersTheEndedReferral() {
    trajectories.answer = referral(Optional.of(AT));

    FakeResponse response =
        FakeResponse.send(
            ends, FakeRequest.post("/api/v1/referrals/" + REFERRAL + "/end").as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("closedAt").asText()).isEqualTo("2026-11-28T10:15:30Z");
    assertThat(trajectories.id).isEqualTo(REFERRAL);
  }

  @Test
  void endingAnEndedReferralIsAConflict() {
    trajectories.failure = new ConflictException("The referral has ended already.");

    FakeResponse response =
        FakeResponse.send(
            ends, FakeRequest.post("/api/v1/referrals/" + REFERRAL + "/end").as(anna));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asText()).isEqualTo("The referral has ended already.");
  }

  @Test
  void endIsOnlyAPost() {
    FakeResponse response =
        FakeResponse.send(ends, FakeRequest.get("/api/v1/referrals/" + REFERRAL + "/end").as(anna));

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("POST");
  }
}
