package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class MeServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final MeServlet servlet = new MeServlet(new JsonCodec(1_048_576, 32, 100_000, 32));
  private final Actor anna =
      ISSUER.issue(
          "anna", Set.of(Role.TEAM_LEAD, Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  @Test
  void aBrowserSessionLearnsItsCsrfToken() {
    FakeRequest request = FakeRequest.get("/api/v1/me").as(anna);
    request.build().setAttribute(SteunpuntHttp.CSRF_ATTRIBUTE, "token-of-the-session");

    JsonNode me = FakeResponse.send(servlet, request).json();

    assertThat(me.get("user").asText()).isEqualTo("anna");
    assertThat(me.get("roles").toString()).isEqualTo("[\"counsellor\",\"team-lead\"]");
    assertThat(me.get("csrfToken").asText()).isEqualTo("token-of-the-session");
  }

  @Test
  void anHttpBasicClientGetsNoCsrfToken() {
    JsonNode me = FakeResponse.send(servlet, FakeRequest.get("/api/v1/me").as(anna)).json();

    assertThat(me.has("csrfToken")).isFalse();
  }
}
