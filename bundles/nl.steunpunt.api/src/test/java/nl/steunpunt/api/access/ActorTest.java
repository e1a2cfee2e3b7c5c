package nl.steunpunt.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  private final Actor.Issuer issuer = new Actor.Issuer();

  @Test
  void rolesAreCopiedSoTheActorCannotChangeAfterwards() {
    Set<Role> roles = EnumSet.of(Role.COUNSELLOR);
    Actor actor = issuer.issue("anna", roles, Organisation.CENTRE, Channel.WEB);

    roles.add(Role.OPERATOR);

    assertThat(actor.roles()).containsExactly(Role.COUNSELLOR);
    assertThat(actor.has(Role.OPERATOR)).isFalse();
  }

  @Test
  void aBlankUserIsRefused() {
    assertThatThrownBy(() -> issuer.issue(" ", Set.of(), Organisation.CENTRE, Channel.WEB))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void municipalityOrganisationsAreRecognisedByTheirCbsCode() {
    assertThat(new Organisation("GM0363").isMunicipality()).isTrue();
    assertThat(Organisation.CENTRE.isMunicipality()).isFalse();
  }

  @Test
  void malformedOrganisationIdsAreRefused() {
    assertThatThrownBy(() -> new Organisation("GM36")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Organisation("Police Dept"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rolesAreFoundByTheirStableNameOnly() {
    assertThat(Role.fromRoleName("team-lead")).contains(Role.TEAM_LEAD);
    assertThat(Role.fromRoleName("TEAM_LEAD")).isEmpty();
    assertThat(Role.fromRoleName("admin")).isEmpty();
  }

  @Test
  void aPartnerChannelNamesTheBundleAndVersion() {
    Actor actor =
        issuer.issue(
            "anna",
            Set.of(),
            Organisation.CENTRE,
            new Channel.PartnerBundle("nl.example.partner", "1.2.0"));

    assertThat(actor.channel().describe()).isEqualTo("bundle:nl.example.partner/1.2.0");
  }

  @Test
  void anIssuerRecognisesOnlyTheActorsItIssued() {
    Actor mine = issuer.issue("anna", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);
    Actor.Issuer other = new Actor.Issuer();
    Actor lookalike = other.issue("anna", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);

    assertThat(issuer.issued(mine)).isTrue();
    assertThat(issuer.issued(lookalike)).isFalse();
    assertThat(other.issued(mine)).isFalse();
    assertThat(issuer.issued(null)).isFalse();
  }

  @Test
  void actorsOfDifferentIssuersAreNeverEqualThoughTheyNameTheSameUser() {
    Actor mine = issuer.issue("anna", Set.of(), Organisation.CENTRE, Channel.WEB);
    Actor same = issuer.issue("anna", Set.of(), Organisation.CENTRE, Channel.WEB);
    Actor lookalike = new Actor.Issuer().issue("anna", Set.of(), Organisation.CENTRE, Channel.WEB);

    assertThat(mine).isEqualTo(same).isNotEqualTo(lookalike);
  }

  @Test
  void anActorHasNoPublicConstructor() {
    assertThat(Actor.class.getConstructors()).isEmpty();
  }
}
