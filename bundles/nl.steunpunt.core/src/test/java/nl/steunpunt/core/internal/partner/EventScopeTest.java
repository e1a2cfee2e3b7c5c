package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.store.jdbc.FamilyEvent;
import org.junit.jupiter.api.Test;

class EventScopeTest {

  static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");
  static final UUID FAMILY = UUID.randomUUID();
  static final UUID REFERRED = UUID.randomUUID();
  static final UUID SIBLING = UUID.randomUUID();
  static final EventScope.OpenReferrals REFERRALS =
      (family, organisation) ->
          family.equals(FAMILY) && organisation.equals("therapy-noord")
              ? Set.of(REFERRED)
              : Set.of();

  static FamilyEvent event(String municipality, Optional<UUID> member) {
    return new FamilyEvent(
        new Event(
            1,
            UUID.randomUUID(),
            member,
            AT,
            AT,
            "fatima",
            OptionalLong.empty(),
            new EventDetail.Departure()),
        "DEPARTURE",
        FAMILY,
        municipality);
  }

  @Test
  void aMunicipalitySeesTheEventsOfFamiliesInItsMunicipalitiesOnly() {
    EventScope scope = EventScope.of(PartnerGrant.municipality("gm", Set.of("0363", "0457")));
    assertThat(scope.allows(event("0363", Optional.empty()), REFERRALS)).isTrue();
    assertThat(scope.allows(event("0457", Optional.of(SIBLING)), REFERRALS)).isTrue();
    assertThat(scope.allows(event("0344", Optional.empty()), REFERRALS)).isFalse();
  }

  @Test
  void aTherapyProviderSeesOnlyEventsAboutMembersReferredToIt() {
    EventScope scope = EventScope.of(PartnerGrant.therapy("tn", "therapy-noord"));
    assertThat(scope.allows(event("0363", Optional.of(REFERRED)), REFERRALS)).isTrue();
    assertThat(scope.allows(event("0363", Optional.of(SIBLING)), REFERRALS)).isFalse();
    assertThat(scope.allows(event("0363", Optional.empty()), REFERRALS))
        .as("whole family")
        .isFalse();
    EventScope other = EventScope.of(PartnerGrant.therapy("tz", "therapy-zuid"));
    assertThat(other.allows(event("0363", Optional.of(REFERRED)), REFERRALS)).isFalse();
  }

  @Test
  void thePoliceSeeNoTimelineAndOthersOnlyWhenGranted() {
    EventScope police =
        EventScope.of(
            new PartnerGrant(
                "police", OrganisationKind.POLICE, Set.of("0363"), Optional.empty(), true, false));
    assertThat(police.allows(event("0363", Optional.of(REFERRED)), REFERRALS)).isFalse();
    EventScope other =
        EventScope.of(
            new PartnerGrant(
                "x", OrganisationKind.OTHER, Set.of(), Optional.empty(), false, false));
    assertThat(other.allows(event("0363", Optional.empty()), REFERRALS)).isFalse();
    EventScope granted =
        EventScope.of(
            new PartnerGrant("x", OrganisationKind.OTHER, Set.of(), Optional.empty(), true, false));
    assertThat(granted.allows(event("0363", Optional.empty()), REFERRALS)).isTrue();
  }
}
