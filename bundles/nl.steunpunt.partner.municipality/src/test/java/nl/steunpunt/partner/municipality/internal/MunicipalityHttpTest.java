package nl.steunpunt.partner.municipality.internal;

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
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.partner.http.Dispatcher;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.testing.TestPartnerContext;
import nl.steunpunt.partner.http.testing.TestRequest;
import org.junit.jupiter.api.Test;

/** The municipality's endpoints over a {@link TestPartnerContext}: routing, bodies, versions. */
class MunicipalityHttpTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final String MEETING =
      "{\"date\":\"2026-11-20\",\"participants\":[\"gemeente\"],\"agreements\":\"Bellen.\"}";

  private final TestPartnerContext context =
      new TestPartnerContext(
          MunicipalityPartner.ID, OrganisationKind.MUNICIPALITY, Purpose.MUNICIPAL_SUPPORT);
  private final Dispatcher dispatcher =
      new Dispatcher(
          new MunicipalityRoutes(
                  context,
                  new EventTally(),
                  Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
              .router(),
          Role.MUNICIPALITY_OFFICER);
  private final Actor officer = actor(Role.MUNICIPALITY_OFFICER);

  private static Actor actor(Role role) {
    return ISSUER.issue(
        "municipality", Set.of(role), new Organisation("GM0363"), Channel.web("127.0.0.1"));
  }

  @Test
  void theServletPatternIsThePartnersPath() {
    assertThat(MunicipalityPartner.PATTERN)
        .isEqualTo(PartnerHttp.path(MunicipalityPartner.ID) + "/*");
  }

  @Test
  void withoutAnAuthenticatedUserTheAnswerIs401() {
    Reply reply = dispatcher.dispatch("GET", "/families", null, new TestRequest());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.mediaType()).isEqualTo("application/problem+json");
  }

  @Test
  void aUserWithoutTheOfficersRoleIsRefused() {
    Reply reply =
        dispatcher.dispatch("GET", "/families", actor(Role.COUNSELLOR), new TestRequest());

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void aMeetingIsCreatedChangedAndDeletedWithItsVersion() {
    UUID family = UUID.randomUUID();
    Reply created =
        dispatcher.dispatch(
            "POST", "/families/" + family + "/meetings", officer, TestRequest.json(MEETING));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.version()).hasValue(1);
    assertThat(created.body().get("document").toString()).isEqualTo(MEETING);
    PartnerRecord record = context.records().values().iterator().next();
    assertThat(record.subject()).isEqualTo(new RecordSubject(RecordSubject.Kind.FAMILY, family));

    Reply changed =
        dispatcher.dispatch(
            "PUT",
            "/meetings/" + record.id(),
            officer,
            TestRequest.json(MEETING).header("If-Match", "\"1\""));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.version()).hasValue(2);

    Reply listed =
        dispatcher.dispatch("GET", "/families/" + family + "/meetings", officer, new TestRequest());
    assertThat(listed.body().get("items")).hasSize(1);

    Reply deleted =
        dispatcher.dispatch(
            "DELETE",
            "/meetings/" + record.id(),
            officer,
            new TestRequest().header("If-Match", "\"2\""));
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(context.records()).isEmpty();
  }

  @Test
  void aStaleVersionIs412AndAMissingIfMatchIs428() {
    dispatcher.dispatch(
        "POST", "/families/" + UUID.randomUUID() + "/meetings", officer, TestRequest.json(MEETING));
    UUID id = context.records().keySet().iterator().next();

    Reply stale =
        dispatcher.dispatch(
            "PUT",
            "/meetings/" + id,
            officer,
            TestRequest.json(MEETING).header("If-Match", "\"7\""));
    Reply missing = dispatcher.dispatch("DELETE", "/meetings/" + id, officer, new TestRequest());

    assertThat(stale.status()).isEqualTo(412);
    assertThat(missing.status()).isEqualTo(428);
  }

  @Test
  void anInvalidMeetingIs400WithFieldErrorsAndStoresNothing() {
    Reply reply =
        dispatcher.dispatch(
            "POST",
            "/families/" + UUID.randomUUID() + "/meetings",
            officer,
            TestRequest.json("{\"date\":\"morgen\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("errors")).hasSize(3);
    assertThat(reply.body().toString()).doesNotContain("morgen");
    assertThat(context.records()).isEmpty();
  }

  @Test
  void aPathIdThatIsNoUuidIsNotFound() {
    Reply reply =
        dispatcher.dispatch("GET", "/families/F-2017-0042/meetings", officer, new TestRequest());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().toString()).doesNotContain("F-2017-0042");
  }

  @Test
  void anUnknownRecordIs404() {
    Reply reply =
        dispatcher.dispatch(
            "DELETE",
            "/meetings/" + UUID.randomUUID(),
            officer,
            new TestRequest().header("If-Match", "\"1\""));

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void whenThePlatformsServiceIsGoneTheAnswerIs503() {
    assertThat(dispatcher.dispatch("GET", "/families", officer, new TestRequest()).status())
        .isEqualTo(503);
  }

  @Test
  void aBadPageIs400() {
    Reply reply =
        dispatcher.dispatch("GET", "/reports", officer, new TestRequest().query("limit", "100000"));

    assertThat(reply.status()).isEqualTo(400);
  }
}
