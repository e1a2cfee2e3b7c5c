package nl.steunpunt.partner.police.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerHttp;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.partner.http.Dispatcher;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.testing.TestPartnerContext;
import nl.steunpunt.partner.http.testing.TestRequest;
import org.junit.jupiter.api.Test;

/** The police's endpoints over a {@link TestPartnerContext}: routing, bodies, versions. */
class PoliceHttpTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final String FOLLOW_UP = "{\"date\":\"2026-11-21\",\"note\":\"Gesprek gepland.\"}";

  private final TestPartnerContext context =
      new TestPartnerContext(PolicePartner.ID, OrganisationKind.POLICE, Purpose.SECURITY_REPORTING);
  private final Dispatcher dispatcher =
      new Dispatcher(
          new PoliceRoutes(
                  context, Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
              .router(),
          Role.POLICE_LIAISON);
  private final Actor liaison = actor(Role.POLICE_LIAISON);

  private static Actor actor(Role role) {
    return ISSUER.issue(
        "police", Set.of(role), new Organisation("police"), Channel.web("127.0.0.1"));
  }

  @Test
  void theServletPatternIsThePartnersPath() {
    assertThat(PolicePartner.PATTERN).isEqualTo(PartnerHttp.path(PolicePartner.ID) + "/*");
  }

  @Test
  void onlyAnAuthenticatedPoliceLiaisonIsServed() {
    assertThat(dispatcher.dispatch("GET", "/reports", null, new TestRequest()).status())
        .isEqualTo(401);
    assertThat(
            dispatcher
                .dispatch("GET", "/reports", actor(Role.MUNICIPALITY_OFFICER), new TestRequest())
                .status())
        .isEqualTo(403);
  }

  @Test
  void aFollowUpIsARecordAboutTheReport() {
    UUID report = UUID.randomUUID();

    Reply created =
        dispatcher.dispatch(
            "POST", "/reports/" + report + "/follow-ups", liaison, TestRequest.json(FOLLOW_UP));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("subjectKind").asText()).isEqualTo("REPORT");
    assertThat(context.records().values().iterator().next().subject())
        .isEqualTo(new RecordSubject(RecordSubject.Kind.REPORT, report));
    assertThat(
            dispatcher
                .dispatch("GET", "/reports/" + report + "/follow-ups", liaison, new TestRequest())
                .body()
                .get("items"))
        .hasSize(1);
  }

  @Test
  void changingAFollowUpNeedsTheVersionRead() {
    dispatcher.dispatch(
        "POST",
        "/reports/" + UUID.randomUUID() + "/follow-ups",
        liaison,
        TestRequest.json(FOLLOW_UP));
    UUID id = context.records().keySet().iterator().next();

    assertThat(
            dispatcher
                .dispatch("PUT", "/follow-ups/" + id, liaison, TestRequest.json(FOLLOW_UP))
                .status())
        .isEqualTo(428);
    assertThat(
            dispatcher
                .dispatch(
                    "PUT",
                    "/follow-ups/" + id,
                    liaison,
                    TestRequest.json(FOLLOW_UP).header("If-Match", "W/\"1\""))
                .status())
        .isEqualTo(400);
    assertThat(
            dispatcher
                .dispatch(
                    "DELETE",
                    "/follow-ups/" + id,
                    liaison,
                    new TestRequest().header("If-Match", "\"2\""))
                .status())
        .isEqualTo(412);
    assertThat(
            dispatcher
                .dispatch(
                    "DELETE",
                    "/follow-ups/" + id,
                    liaison,
                    new TestRequest().header("If-Match", "\"1\""))
                .status())
        .isEqualTo(204);
  }

  @Test
  void acknowledgingNeedsIfMatchBeforeTheServiceIsAsked() {
    Reply reply =
        dispatcher.dispatch(
            "POST",
            "/reports/" + UUID.randomUUID() + "/acknowledgement",
            liaison,
            new TestRequest());

    assertThat(reply.status()).isEqualTo(428);
  }

  @Test
  void aFollowUpThatIsNotJsonIs415() {
    Reply reply =
        dispatcher.dispatch(
            "POST",
            "/reports/" + UUID.randomUUID() + "/follow-ups",
            liaison,
            new TestRequest().header("Content-Type", "text/plain"));

    assertThat(reply.status()).isEqualTo(415);
    assertThat(context.records()).isEmpty();
  }

  @Test
  void thereIsNothingElse() {
    assertThat(dispatcher.dispatch("GET", "/families", liaison, new TestRequest()).status())
        .isEqualTo(404);
    assertThat(dispatcher.dispatch("DELETE", "/reports", liaison, new TestRequest()).status())
        .isEqualTo(405);
  }
}
