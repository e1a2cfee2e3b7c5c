package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.family.Municipality;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class MunicipalitiesServletTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final Municipality UTRECHT =
      new Municipality("0344", "Utrecht", "Utrecht", Optional.empty());

  private final MunicipalitiesServlet servlet =
      new MunicipalitiesServlet(
          new JsonCodec(1_048_576, 32, 100_000, 32),
          new MunicipalityRegister() {
            @Override
            public Optional<Municipality> find(String code) {
              return Optional.of(UTRECHT).filter(m -> m.code().equals(code));
            }

            @Override
            public Optional<Municipality> current(String code) {
              return find(code);
            }

            @Override
            public List<Municipality> predecessors(String code) {
              return List.of();
            }

            @Override
            public List<Municipality> all() {
              return List.of(UTRECHT);
            }
          });

  @Test
  void theRegisterMayBeKeptByTheBrowserForAnHourAndByNoSharedCache() {
    Actor anna = ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/municipalities").as(anna));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get(0).get("name").asText()).isEqualTo("Utrecht");
    assertThat(response.header("Cache-Control")).isEqualTo("private, max-age=3600");
  }
}
