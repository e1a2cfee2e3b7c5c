package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

/** The HTTP mapping of erasure; what an erasure does is tested in the core and the distribution. */
class ErasureResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();
  private static final UUID FAMILY = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private static final UUID ERASURE = UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e");
  private static final String PATH = "/api/v1/families/" + FAMILY + "/erasure";

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeErasureService service = new FakeErasureService();
  private final FamiliesServlet families = new FamiliesServlet(json, null, null, null, service);
  private final ErasuresServlet erasures = new ErasuresServlet(json, service);
  private final Actor priya =
      ISSUER.issue("priya", Set.of(Role.PRIVACY_OFFICER), Organisation.CENTRE, Channel.WEB);

  private static Erasure erasure() {
    return new Erasure(
        ERASURE,
        FAMILY,
        "F-2026-0042",
        ErasureGround.REQUEST,
        Instant.parse("2026-11-28T10:15:30Z"),
        "priya",
        "Request of 2026-11-20");
  }

  @Test
  void anErasureIsCreatedWithItsRecord() {
    service.answer = erasure();

    FakeResponse response =
        FakeResponse.send(
            families, FakeRequest.post(PATH, "{\"reason\":\"Request of 2026-11-20\"}").as(priya));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("ETag")).isNull();
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":\"6fa459ea-ee8a-3ca4-894e-db77e160355e\","
                + "\"familyId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                + "\"familyReference\":\"F-2026-0042\",\"ground\":\"REQUEST\","
                + "\"erasedAt\":\"2026-11-28T10:15:30Z\",\"erasedBy\":\"priya\","
                + "\"reason\":\"Request of 2026-11-20\"}");
    assertThat(service.actor).isEqualTo(priya);
    assertThat(service.familyId).isEqualTo(FAMILY);
  }

  @Test
  void aBodyThatIsNotTheRequestNeverReachesTheService() {
    for (String body : new String[] {"{\"reason\":\"x\",\"name\":\"Yasmina\"}", "[", "\"x\""}) {
      FakeResponse response = FakeResponse.send(families, FakeRequest.post(PATH, body).as(priya));

      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.contentType()).isEqualTo("application/problem+json");
      assertThat(response.body()).doesNotContain("Yasmina");
    }
    FakeResponse form =
        FakeResponse.send(
            families,
            FakeRequest.post(PATH).body("application/x-www-form-urlencoded", "reason=x").as(priya));
    assertThat(form.status()).isEqualTo(415);
    assertThat(service.actor).isNull();
  }

  @Test
  void theServicesAnswersAreProblems() {
    service.failure = ValidationException.of("reason", "must not be blank");
    JsonNode invalid =
        FakeResponse.send(families, FakeRequest.post(PATH, "{\"reason\":\" \"}").as(priya)).json();
    assertThat(invalid.get("status").asInt()).isEqualTo(400);
    assertThat(invalid.at("/errors/0/field").asText()).isEqualTo("reason");

    service.failure = new AccessDeniedException("Your role does not give access to this.");
    assertThat(send().status()).isEqualTo(403);
    service.failure = new NotFoundException("family", FAMILY);
    assertThat(send().status()).isEqualTo(404);
    service.failure = new ConflictException("This family's personal data was erased already.");
    assertThat(send().status()).isEqualTo(409);
  }

  private FakeResponse send() {
    return FakeResponse.send(families, FakeRequest.post(PATH, "{\"reason\":\"x\"}").as(priya));
  }

  @Test
  void theErasuresAreListedAsAPage() {
    service.answer = erasure();

    JsonNode page =
        FakeResponse.send(erasures, FakeRequest.get("/api/v1/erasures?offset=0&limit=10").as(priya))
            .json();

    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.at("/items/0/familyReference").asText()).isEqualTo("F-2026-0042");
    assertThat(service.page.limit()).isEqualTo(10);
  }
}
