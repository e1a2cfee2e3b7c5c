package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.TestActors;
import org.junit.jupiter.api.Test;

class PrincipalMapperTest {

  @Test
  void steunpuntRolesAndTheOrganisationAreTakenFromTheRealm() {
    Actor actor =
        PrincipalMapper.toActor(
                TestActors.ACTORS,
                "marieke",
                List.of("municipality-officer", "org:GM0363", "demo"),
                Channel.WEB)
            .orElseThrow();

    assertThat(actor.user()).isEqualTo("marieke");
    assertThat(actor.roles()).containsExactly(Role.MUNICIPALITY_OFFICER);
    assertThat(actor.organisation()).isEqualTo(new Organisation("GM0363"));
    assertThat(actor.channel()).isEqualTo(Channel.WEB);
  }

  @Test
  void karafConsoleRolesAreNotSteunpuntRoles() {
    Actor actor =
        PrincipalMapper.toActor(
                TestActors.ACTORS,
                "op",
                List.of("operator", "admin", "ssh", "org:steunpunt"),
                Channel.CONSOLE)
            .orElseThrow();

    assertThat(actor.roles()).containsExactly(Role.OPERATOR);
  }

  @Test
  void anAccountWithoutOrganisationCannotLogIn() {
    assertThat(PrincipalMapper.toActor(TestActors.ACTORS, "x", List.of("counsellor"), Channel.WEB))
        .isEmpty();
  }

  @Test
  void anAccountWithTwoOrganisationsCannotLogIn() {
    assertThat(
            PrincipalMapper.toActor(
                TestActors.ACTORS,
                "x",
                List.of("counsellor", "org:steunpunt", "org:GM0363"),
                Channel.WEB))
        .isEmpty();
  }

  @Test
  void aMalformedOrganisationIsNoOrganisation() {
    assertThat(
            PrincipalMapper.toActor(
                TestActors.ACTORS, "x", List.of("counsellor", "org:Bad Id"), Channel.WEB))
        .isEmpty();
  }
}
