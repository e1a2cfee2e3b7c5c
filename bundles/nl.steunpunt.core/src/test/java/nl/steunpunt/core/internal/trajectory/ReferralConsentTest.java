package nl.steunpunt.core.internal.trajectory;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may consent to a referral, through the real service on a real store. The clock stands at
 * 2026-11-28 10:15 UTC; consent was given on 2026-11-20, so a member born in 2010 may still be 15
 * and one born in 2009 is 16 for certain.
 */
class ReferralConsentTest {

  private static final LocalDate GIVEN_ON = LocalDate.of(2026, 11, 20);
  private static final String PROVIDER = THERAPIST.organisation().id();

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member mother;
  Member guardian;
  Member sibling;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family = family();
    trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    mother = member(family, MemberRole.PARENT, 1978);
    guardian = member(family, MemberRole.GUARDIAN, 1970);
    sibling = member(family, MemberRole.SIBLING, 2004);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Family family() {
    return core.families.create(
        COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
  }

  private Member member(Family of, MemberRole role, int birthYear) {
    return core.families.addMember(
        COUNSELLOR,
        of.id(),
        new NewMember(role, "Sam", birthYear, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  private static Consent byTheMember() {
    return new Consent(ConsentBy.MEMBER, List.of(), GIVEN_ON, ConsentForm.WRITTEN);
  }

  private static Consent byParents(Member... parents) {
    return new Consent(
        ConsentBy.PARENTS,
        List.of(parents).stream().map(Member::id).toList(),
        GIVEN_ON,
        ConsentForm.ORAL);
  }

  private Referral refer(Member member, Consent consent) {
    return core.trajectories.refer(
        COUNSELLOR, trajectory.id(), new NewReferral(member.id(), PROVIDER, consent));
  }

  /** Refused with exactly these field errors, and nothing written: no referral, no access. */
  private void refused(ThrowingCallable call, FieldError... errors) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.errors()).containsExactly(errors));
    assertThat(core.trajectories.referrals(COUNSELLOR, trajectory.id())).isEmpty();
    assertThat(core.families.find(THERAPIST, family.id())).isEmpty();
  }

  @Test
  void aMemberOf16ConsentsAlone() {
    Member sara = member(family, MemberRole.SIBLING, 2009);

    Referral referral = refer(sara, byTheMember());

    assertThat(referral.consent()).contains(byTheMember());
    assertThat(core.trajectories.referrals(COUNSELLOR, trajectory.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.consent()).contains(byTheMember()));
  }

  @Test
  void aMemberWhoMayStillBe15CannotConsentAlone() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);

    refused(
        () -> refer(yusuf, byTheMember()),
        new FieldError("consent.by", "a member under 16 cannot consent alone: the parents must"));
  }

  @Test
  void aMemberUnder16IsReferredWithTheParentsConsent() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);

    Referral referral = refer(yusuf, byParents(mother, guardian));

    assertThat(referral.consent().orElseThrow().parentIds())
        .containsExactly(mother.id(), guardian.id());
    assertThat(core.trajectories.referrals(COUNSELLOR, trajectory.id()))
        .extracting(Referral::consent)
        .containsExactly(referral.consent());
    assertThat(core.families.members(THERAPIST, family.id()))
        .extracting(Member::id)
        .containsExactly(yusuf.id());
  }

  @Test
  void aMemberOf16MayAlsoBeReferredWithTheParentsConsent() {
    Member sara = member(family, MemberRole.SIBLING, 2009);

    assertThat(refer(sara, byParents(mother)).consent()).contains(byParents(mother));
  }

  @Test
  void theParentsConsentNamesAtLeastOneParent() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);

    refused(
        () -> refer(yusuf, byParents()),
        new FieldError("consent.parentIds", "name at least one parent or guardian"));
  }

  @Test
  void aSiblingCannotConsentAsAParent() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);

    refused(
        () -> refer(yusuf, byParents(mother, sibling)),
        new FieldError(
            "consent.parentIds", "names a member who is not a parent or guardian of this family"));
  }

  @Test
  void aParentOfAnotherFamilyCannotConsent() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);
    Member otherMother = member(family(), MemberRole.PARENT, 1980);

    refused(
        () -> refer(yusuf, byParents(otherMother)),
        new FieldError(
            "consent.parentIds", "names a member who is not a parent or guardian of this family"));
  }

  @Test
  void aReferredParentIsNotNamedAsConsentingForThemself() {
    refused(
        () -> refer(mother, byParents(mother)),
        new FieldError(
            "consent.parentIds", "names a member who is not a parent or guardian of this family"));
  }

  @Test
  void theMembersOwnConsentNamesNoParents() {
    Member sara = member(family, MemberRole.SIBLING, 2009);

    refused(
        () ->
            refer(
                sara,
                new Consent(ConsentBy.MEMBER, List.of(mother.id()), GIVEN_ON, ConsentForm.WRITTEN)),
        new FieldError("consent.parentIds", "must be empty when the member consented"));
  }

  @Test
  void aParentIsNamedOnlyOnce() {
    Member yusuf = member(family, MemberRole.SIBLING, 2010);

    refused(
        () -> refer(yusuf, byParents(mother, mother)),
        new FieldError("consent.parentIds", "lists a member twice"));
  }

  @Test
  void consentCannotBeGivenInTheFuture() {
    Member sara = member(family, MemberRole.SIBLING, 2009);
    Consent tomorrow =
        new Consent(ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 29), ConsentForm.WRITTEN);

    refused(
        () -> refer(sara, tomorrow),
        new FieldError("consent.givenOn", "must not be in the future"));
  }

  @Test
  void todayIsTheDayInTheNetherlands() {
    // 23:30 UTC on 28 November is 00:30 on 29 November in Amsterdam.
    core.clock.advance(Duration.ofHours(13).plusMinutes(15));
    Member sara = member(family, MemberRole.SIBLING, 2009);
    Consent justAfterMidnight =
        new Consent(ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 29), ConsentForm.ORAL);

    assertThat(refer(sara, justAfterMidnight).consent()).contains(justAfterMidnight);
  }

  @Test
  void aReferralWithoutConsentIsRefused() {
    Member sara = member(family, MemberRole.SIBLING, 2009);

    refused(
        () ->
            core.trajectories.refer(
                COUNSELLOR, trajectory.id(), new NewReferral(sara.id(), PROVIDER, null)),
        new FieldError("consent", "is required"));
  }

  @Test
  void theAgeIsTheLowestTheBirthYearAllows() {
    assertThat(ReferralConsent.ageAtLeast(2010, LocalDate.of(2026, 1, 1))).isEqualTo(15);
    assertThat(ReferralConsent.ageAtLeast(2010, LocalDate.of(2026, 12, 31))).isEqualTo(15);
    assertThat(ReferralConsent.ageAtLeast(2010, LocalDate.of(2027, 1, 1))).isEqualTo(16);
  }
}
