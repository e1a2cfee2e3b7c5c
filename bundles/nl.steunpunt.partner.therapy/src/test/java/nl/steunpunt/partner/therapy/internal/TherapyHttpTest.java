package nl.steunpunt.partner.therapy.internal;

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

/** The therapy provider's endpoints over a {@link TestPartnerContext}: routing, bodies, roles. */
class TherapyHttpTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final String SESSION =
      "{\"date\":\"2026-11-20\",\"kind\":\"INDIVIDUAL\",\"note\":\"Eerste gesprek.\"}";

  private final TestPartnerContext context =
      new TestPartnerContext(TherapyPartner.ID, OrganisationKind.THERAPY, Purpose.THERAPY);
  private final Dispatcher dispatcher =
      new Dispatcher(
          new TherapyRoutes(
                  context,
                  new SessionLog(),
                  Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
              .router(),
          Role.THERAPIST);
  private final Actor therapist = actor(Role.THERAPIST);

  private static Actor actor(Role... roles) {
    return ISSUER.issue(
        "therapist", Set.of(roles), new Organisation("therapy-demo"), Channel.web("127.0.0.1"));
  }

  @Test
  void theServletPatternIsThePartnersPath() {
    assertThat(TherapyPartner.PATTERN).isEqualTo(PartnerHttp.path(TherapyPartner.ID) + "/*");
  }

  @Test
  void aCounsellorCannotReadTheTherapistsSessionNotes() {
    dispatcher.dispatch(
        "POST",
        "/members/" + UUID.randomUUID() + "/sessions",
        therapist,
        TestRequest.json(SESSION));
    UUID member = context.records().values().iterator().next().subject().id();

    Reply reply =
        dispatcher.dispatch(
            "GET",
            "/members/" + member + "/sessions",
            actor(Role.COUNSELLOR, Role.TEAM_LEAD),
            new TestRequest());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body().toString()).doesNotContain("Eerste gesprek");
  }

  @Test
  void aSessionIsARecordAboutTheMember() {
    UUID member = UUID.randomUUID();

    Reply created =
        dispatcher.dispatch(
            "POST", "/members/" + member + "/sessions", therapist, TestRequest.json(SESSION));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.version()).hasValue(1);
    assertThat(context.records().values().iterator().next().subject())
        .isEqualTo(new RecordSubject(RecordSubject.Kind.MEMBER, member));
  }

  @Test
  void aSessionIsChangedAndDeletedWithItsVersion() {
    dispatcher.dispatch(
        "POST",
        "/members/" + UUID.randomUUID() + "/sessions",
        therapist,
        TestRequest.json(SESSION));
    UUID id = context.records().keySet().iterator().next();

    Reply changed =
        dispatcher.dispatch(
            "PUT",
            "/sessions/" + id,
            therapist,
            TestRequest.json(SESSION.replace("INDIVIDUAL", "FAMILY")).header("If-Match", "\"1\""));
    Reply stale =
        dispatcher.dispatch(
            "DELETE", "/sessions/" + id, therapist, new TestRequest().header("If-Match", "\"1\""));
    Reply deleted =
        dispatcher.dispatch(
            "DELETE", "/sessions/" + id, therapist, new TestRequest().header("If-Match", "\"2\""));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("document").toString()).contains("\"kind\":\"FAMILY\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void anInvalidSessionIs400AndStoresNothing() {
    Reply reply =
        dispatcher.dispatch(
            "POST",
            "/members/" + UUID.randomUUID() + "/sessions",
            therapist,
            TestRequest.json("{\"date\":\"2026-11-20\",\"kind\":\"INDIVIDUAL\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("note");
    assertThat(context.records()).isEmpty();
  }

  @Test
  void withoutThePlatformsServicesTheReferralsAre503() {
    assertThat(dispatcher.dispatch("GET", "/referrals", therapist, new TestRequest()).status())
        .isEqualTo(503);
  }
}
