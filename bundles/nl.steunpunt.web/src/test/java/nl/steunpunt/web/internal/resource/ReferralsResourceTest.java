package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class ReferralsResourceTest {

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
      new Actor("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  private static Referral referral(Optional<Instant> closedAt) {
    return new Referral(REFERRAL, TRAJECTORY, MEMBER, "therapy-noord", AT, closedAt);
  }

  @Test
  void aReferralIsCreated() {
    trajectories.answer = referral(Optional.empty());

    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.post(
                    REFERRALS,
                    "{\"memberId\":\"" + MEMBER + "\",\"organisation\":\"therapy-noord\"}")
                .as(anna));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("ETag")).isNull();
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":\"886313e1-3b8a-5372-9b90-0c9aee199e5d\","
                + "\"trajectoryId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                + "\"memberId\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"organisation\":\"therapy-noord\",\"openedAt\":\"2026-11-28T10:15:30Z\","
                + "\"closedAt\":null}");
    assertThat(trajectories.id).isEqualTo(TRAJECTORY);
    assertThat(trajectories.memberId).isEqualTo(MEMBER);
    assertThat(trajectories.organisation).isEqualTo("therapy-noord");
  }

  @Test
  void aMalformedMemberIdIsNamed() {
    JsonNode problem =
        FakeResponse.send(
                servlet,
                FakeRequest.post(
                        REFERRALS, "{\"memberId\":\"Yusuf\",\"organisation\":\"therapy-noord\"}")
                    .as(anna))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("memberId");
    assertThat(problem.toString()).doesNotContain("Yusuf");
    assertThat(trajectories.actor).isNull();
  }

  @Test
  void theServicesFieldErrorsAreShown() {
    trajectories.failure = ValidationException.of("memberId", "is not a member of this family");

    JsonNode problem =
        FakeResponse.send(
                servlet,
                FakeRequest.post(
                        REFERRALS,
                        "{\"memberId\":\"" + MEMBER + "\",\"organisation\":\"therapy-noord\"}")
                    .as(anna))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("is not a member of this family");
  }

  @Test
  void aMemberReferredThereAlreadyIsAConflict() {
    trajectories.failure = new ConflictException("The member is referred there already.");

    FakeResponse response =
        FakeResponse.send(
            servlet,
            FakeRequest.post(
                    REFERRALS,
                    "{\"memberId\":\"" + MEMBER + "\",\"organisation\":\"therapy-noord\"}")
                .as(anna));

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
