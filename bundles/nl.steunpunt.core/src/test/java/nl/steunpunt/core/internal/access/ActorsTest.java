package nl.steunpunt.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import org.junit.jupiter.api.Test;

class ActorsTest {

  private static final Channel.PartnerBundle CRM = new Channel.PartnerBundle("nl.example.crm", "1");
  private final Actors actors = new Actors();
  private final Actor anna =
      actors.staff("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  @Test
  void aStaffActorOfThePlatformIsValidAndOneAnyoneElseIssuedIsNot() {
    Actor lookalike =
        new Actor.Issuer().issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

    assertThat(actors.refusal(anna)).isEmpty();
    assertThat(actors.refusal(lookalike)).contains(Actors.NOT_ISSUED);
  }

  @Test
  void aStaffActorIsNeverMadeOnAPartnerChannelDirectly() {
    assertThatThrownBy(() -> actors.staff("anna", Set.of(), Organisation.CENTRE, CRM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> actors.onChannel(anna, CRM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyThePlatformsActorsMoveToAnotherOfItsChannels() {
    Actor there = actors.onChannel(anna, Channel.web("203.0.113.9"));
    Actor lookalike = new Actor.Issuer().issue("anna", Set.of(), Organisation.CENTRE, Channel.WEB);

    assertThat(there.channel().clientAddress()).contains("203.0.113.9");
    assertThat(actors.refusal(there)).isEmpty();
    assertThatThrownBy(() -> actors.onChannel(lookalike, Channel.CONSOLE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPartnerCallsActorIsValidOnItsOwnChannelUntilTheCallCloses() {
    Actors.Call call = actors.open(anna, CRM).orElseThrow();
    Actor through = call.actor();

    assertThat(through.user()).isEqualTo("anna");
    assertThat(through.channel()).isEqualTo(CRM);
    assertThat(actors.refusalOn(through, CRM)).isEmpty();
    assertThat(actors.refusalOn(through, new Channel.PartnerBundle("nl.example.other", "1")))
        .contains(Actors.OTHER_CHANNEL);
    assertThat(actors.refusalOn(anna, CRM)).contains(Actors.OTHER_CHANNEL);

    call.close();

    assertThat(actors.refusal(through)).contains(Actors.ENDED);
  }

  @Test
  void twoRequestsOfTheSameUserEndEachOnItsOwn() {
    Actors.Call first = actors.open(anna, CRM).orElseThrow();
    Actors.Call second = actors.open(anna, CRM).orElseThrow();

    first.close();

    assertThat(actors.refusal(first.actor())).contains(Actors.ENDED);
    assertThat(actors.refusal(second.actor())).isEmpty();
  }

  @Test
  void noPartnerCallIsOpenedForAnActorThePlatformDidNotIssueNorForAPartnersActor() {
    Actor lookalike = new Actor.Issuer().issue("anna", Set.of(), Organisation.CENTRE, Channel.WEB);
    Actor through = actors.open(anna, CRM).orElseThrow().actor();

    assertThat(actors.open(lookalike, CRM)).isEmpty();
    assertThat(actors.open(through, new Channel.PartnerBundle("nl.example.other", "1"))).isEmpty();
  }

  @Test
  void aPartnerAsItselfHasNoRoleAndIsValidUntilWithdrawn() {
    Actor itself = actors.itself("crm", Organisation.CENTRE, CRM);

    assertThat(itself.user()).isEqualTo("partner:crm");
    assertThat(itself.roles()).isEmpty();
    assertThat(actors.refusalOn(itself, CRM)).isEmpty();

    actors.withdraw(itself);

    assertThat(actors.refusal(itself)).contains(Actors.ENDED);
  }
}
