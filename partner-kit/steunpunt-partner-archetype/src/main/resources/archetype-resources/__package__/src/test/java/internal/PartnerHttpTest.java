package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerHttp;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.partner.http.Dispatcher;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.testing.TestPartnerContext;
import nl.steunpunt.partner.http.testing.TestRequest;
import org.junit.jupiter.api.Test;

/**
 * The routes over the kit's {@link TestPartnerContext} (records in a map, no case services, no
 * access policy): routing, bodies and versions. What the platform lets this partner see is tested
 * against the real platform.
 */
class PartnerHttpTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final String FOLLOW_UP = "{\"date\":\"2026-11-21\",\"note\":\"Gesprek gepland.\"}";

  private final TestPartnerContext context =
      new TestPartnerContext(Partner.ID, Partner.KIND, Partner.PURPOSE);
  private final PartnerEvents events = new PartnerEvents();
  private final Dispatcher dispatcher =
      new Dispatcher(
          new PartnerRoutes(
                  context,
                  events.tally(),
                  Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
              .router(),
          Partner.ROLE);
  private final Actor user = actor(Partner.ROLE);

  private static Actor actor(Role role) {
    return ISSUER.issue(
        "demo", Set.of(role), new Organisation("example"), Channel.web("127.0.0.1"));
  }

  private static String followUps(UUID subject) {
    return "/" + Partner.SUBJECTS + "/" + subject + "/follow-ups";
  }

  @Test
  void theServletPatternIsThePartnersPath() {
    assertThat(Partner.PATTERN).isEqualTo(PartnerHttp.path(Partner.ID) + "/*");
  }

  @Test
  void onlyAnAuthenticatedUserWithThePartnersRoleIsServed() {
    assertThat(dispatcher.dispatch("GET", "/summary", null, new TestRequest()).status())
        .isEqualTo(401);
    assertThat(
            dispatcher
                .dispatch("GET", "/summary", actor(Role.COUNSELLOR), new TestRequest())
                .status())
        .isEqualTo(403);
  }

  @Test
  void theSummaryCountsTheEventsTheListenerWasTold() {
    events.onEvent(EventTallyTest.event(7, "SESSION_HELD"));
    events.onEvent(EventTallyTest.event(7, "SESSION_HELD"));

    Reply reply = dispatcher.dispatch("GET", "/summary", user, new TestRequest());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("lastSequence").asLong()).isEqualTo(7);
    assertThat(reply.body().get("eventsSinceStart").get("SESSION_HELD").asLong()).isEqualTo(1);
  }

  @Test
  void aFollowUpIsARecordAboutItsSubject() {
    UUID subject = UUID.randomUUID();

    Reply created =
        dispatcher.dispatch("POST", followUps(subject), user, TestRequest.json(FOLLOW_UP));

    assertThat(created.status()).isEqualTo(201);
    assertThat(context.records().values().iterator().next().subject())
        .isEqualTo(new RecordSubject(Partner.SUBJECT, subject));
    assertThat(
            dispatcher
                .dispatch("GET", followUps(subject), user, new TestRequest())
                .body()
                .get("items"))
        .hasSize(1);
  }

  @Test
  void aWrongFollowUpIs400AndNothingIsStored() {
    Reply reply =
        dispatcher.dispatch(
            "POST",
            followUps(UUID.randomUUID()),
            user,
            TestRequest.json("{\"date\":\"2026-13-01\",\"address\":\"Damrak 1\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(context.records()).isEmpty();
  }

  @Test
  void changingAFollowUpNeedsTheVersionRead() {
    dispatcher.dispatch("POST", followUps(UUID.randomUUID()), user, TestRequest.json(FOLLOW_UP));
    UUID id = context.records().keySet().iterator().next();

    assertThat(
            dispatcher
                .dispatch("PUT", "/follow-ups/" + id, user, TestRequest.json(FOLLOW_UP))
                .status())
        .isEqualTo(428);
    assertThat(
            dispatcher
                .dispatch(
                    "DELETE",
                    "/follow-ups/" + id,
                    user,
                    new TestRequest().header("If-Match", "\"2\""))
                .status())
        .isEqualTo(412);
    assertThat(
            dispatcher
                .dispatch(
                    "DELETE",
                    "/follow-ups/" + id,
                    user,
                    new TestRequest().header("If-Match", "\"1\""))
                .status())
        .isEqualTo(204);
  }

  @Test
  void thereIsNothingElse() {
    assertThat(dispatcher.dispatch("GET", "/families", user, new TestRequest()).status())
        .isEqualTo(404);
    assertThat(dispatcher.dispatch("DELETE", "/summary", user, new TestRequest()).status())
        .isEqualTo(405);
  }
}
