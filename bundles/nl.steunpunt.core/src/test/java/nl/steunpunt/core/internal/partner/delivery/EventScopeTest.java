package nl.steunpunt.core.internal.partner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.store.FamilyEvent;
import org.junit.jupiter.api.Test;

class EventScopeTest {

  static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");
  static final UUID FAMILY = UUID.randomUUID();
  static final UUID REFERRED = UUID.randomUUID();
  static final UUID SIBLING = UUID.randomUUID();
  static final Map<UUID, Phase> PHASES = new HashMap<>();
  static final EventScope.Facts REFERRALS =
      new EventScope.Facts() {
        @Override
        public Set<UUID> openReferrals(UUID family, String organisation) {
          return family.equals(FAMILY) && organisation.equals("therapy-noord")
              ? Set.of(REFERRED)
              : Set.of();
        }

        @Override
        public Optional<Phase> currentPhase(UUID trajectory) {
          return Optional.ofNullable(PHASES.get(trajectory));
        }
      };

  static FamilyEvent event(String municipality, Optional<UUID> member) {
    return event(municipality, member, Phase.SUPPORT);
  }

  static FamilyEvent event(String municipality, Optional<UUID> member, Phase phase) {
    UUID trajectory = UUID.randomUUID();
    PHASES.put(trajectory, phase);
    return new FamilyEvent(
        new Event(
            1,
            trajectory,
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
  void aMunicipalitySeesOnlyFamiliesWhoseTrajectoryIsNowInSupportOrAftercare() {
    EventScope scope = EventScope.of(PartnerGrant.municipality("gm", Set.of("0363")));
    assertThat(scope.allows(event("0363", Optional.empty(), Phase.AFTERCARE), REFERRALS)).isTrue();
    for (Phase phase : Phase.values()) {
      if (!EventScope.MUNICIPAL_PHASES.contains(phase)) {
        assertThat(scope.allows(event("0363", Optional.empty(), phase), REFERRALS))
            .as(phase.name())
            .isFalse();
      }
    }
  }

  @Test
  void aGrantWithoutTheTimelineSeesNoEvents() {
    PartnerGrant grant = PartnerGrant.municipality("gm", Set.of("0363"));
    EventScope scope =
        EventScope.of(
            new PartnerGrant(
                "gm",
                grant.kind(),
                grant.purpose(),
                grant.municipalities(),
                Optional.empty(),
                grant.categories(),
                false,
                false));
    assertThat(scope.allows(event("0363", Optional.empty()), REFERRALS)).isFalse();
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
        EventScope.of(grant("police", OrganisationKind.POLICE, Purpose.SECURITY_REPORTING, true));
    assertThat(police.allows(event("0363", Optional.of(REFERRED)), REFERRALS)).isFalse();
    EventScope other = EventScope.of(grant("x", OrganisationKind.OTHER, Purpose.EVALUATION, false));
    assertThat(other.allows(event("0363", Optional.empty()), REFERRALS)).isFalse();
    EventScope granted =
        EventScope.of(grant("x", OrganisationKind.OTHER, Purpose.EVALUATION, true));
    assertThat(granted.allows(event("0363", Optional.empty()), REFERRALS)).isTrue();
  }

  static PartnerGrant grant(String id, OrganisationKind kind, Purpose purpose, boolean timeline) {
    return new PartnerGrant(
        id,
        kind,
        purpose,
        Set.of("0363"),
        Optional.empty(),
        Set.of(DataCategory.EVENTS),
        timeline,
        false);
  }
}
