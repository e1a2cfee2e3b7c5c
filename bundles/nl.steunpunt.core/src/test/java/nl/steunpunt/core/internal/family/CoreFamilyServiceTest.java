package nl.steunpunt.core.internal.family;

import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.NOW;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyChanges;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreFamilyServiceTest {

  @TempDir Path folder;
  CoreServices core;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Family amsterdam() {
    return core.families.create(
        COUNSELLOR, new NewFamily("0363", List.of("ar", "nl"), Background.MIGRANT_BACKGROUND));
  }

  private long familyCount() {
    return core.families.search(COUNSELLOR, FamilySearch.ALL, PageRequest.FIRST).total();
  }

  @Test
  void aNewFamilyGetsAReferenceOfItsYearAndATrajectoryInContact() {
    Family family = amsterdam();

    assertThat(family.reference()).isEqualTo("F-2026-0001");
    assertThat(family.status()).isEqualTo(FamilyStatus.ACTIVE);
    assertThat(family.version()).isEqualTo(1);
    Trajectory trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    assertThat(trajectory.phase()).isEqualTo(Phase.CONTACT);
    assertThat(core.families.find(COUNSELLOR, family.id())).contains(family);
  }

  @Test
  void whatACreateReturnsIsExactlyWhatALaterReadGives() {
    CoreFamilyService nanoClock =
        new CoreFamilyService(
            new nl.steunpunt.core.internal.access.Cases(
                core.store,
                core.policy,
                java.time.Clock.fixed(
                    java.time.Instant.parse("2026-11-28T10:15:30.123456789Z"),
                    java.time.ZoneOffset.UTC),
                nl.steunpunt.core.internal.access.AuditSink.LOG,
                nl.steunpunt.core.internal.access.TestActors.ACTORS),
            core.register);

    Family created =
        nanoClock.create(COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.DUTCH_ORIGIN));

    assertThat(nanoClock.find(COUNSELLOR, created.id())).contains(created);
  }

  @Test
  void referencesCountUpWithinAYear() {
    amsterdam();

    assertThat(amsterdam().reference()).isEqualTo("F-2026-0002");
  }

  @Test
  void anUnknownMunicipalityIsRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                core.families.create(
                    COUNSELLOR, new NewFamily("9999", List.of(), Background.NOT_RECORDED)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("municipality"));

    assertThat(familyCount()).isZero();
  }

  @Test
  void aMergedMunicipalityIsRefusedWithItsSuccessorNamed() {
    assertThatThrownBy(
            () ->
                core.families.create(
                    COUNSELLOR, new NewFamily("0457", List.of(), Background.NOT_RECORDED)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).message()).contains("0363"));
  }

  @Test
  void everyBadFieldOfAMemberIsReportedAtOnceAndNothingIsStored() {
    Family family = amsterdam();

    assertThatThrownBy(
            () ->
                core.families.addMember(
                    COUNSELLOR,
                    family.id(),
                    new NewMember(null, " ", 2027, List.of("Dutch"), Whereabouts.AT_HOME_NL)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("role", "givenName", "birthYear", "languages"));

    assertThat(core.families.members(COUNSELLOR, family.id())).isEmpty();
  }

  @Test
  void aStaleUpdateIsAConflictAndOverwritesNothing() {
    Family family = amsterdam();
    core.families.update(
        COUNSELLOR,
        family.id(),
        1,
        new FamilyChanges("0599", List.of("nl"), Background.DUTCH_ORIGIN));

    assertThatThrownBy(
            () ->
                core.families.update(
                    COUNSELLOR,
                    family.id(),
                    1,
                    new FamilyChanges("0014", List.of(), Background.NOT_RECORDED)))
        .isInstanceOf(ConflictException.class);

    Family stored = core.families.find(COUNSELLOR, family.id()).orElseThrow();
    assertThat(stored.municipality()).isEqualTo("0599");
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void aChangeOfWhereaboutsIsRecordedAsAnEventNotOverwrittenSilently() {
    Family family = amsterdam();
    Member yusuf =
        core.families.addMember(
            COUNSELLOR,
            family.id(),
            new NewMember(
                MemberRole.CHILD_ABROAD,
                "Yusuf",
                2001,
                List.of("ar"),
                Whereabouts.ABROAD_CONFLICT_ZONE));

    Member returned =
        core.families.changeWhereabouts(
            COUNSELLOR, yusuf.id(), 1, Whereabouts.RETURNED, NOW.minus(2, ChronoUnit.DAYS));

    assertThat(returned.whereabouts()).isEqualTo(Whereabouts.RETURNED);
    UUID trajectory = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow().id();
    var events = core.trajectories.timeline(COUNSELLOR, trajectory, PageRequest.FIRST).items();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).memberId()).contains(yusuf.id());
    assertThat(events.get(0).detail())
        .isEqualTo(
            new EventDetail.WhereaboutsChange(
                Whereabouts.ABROAD_CONFLICT_ZONE, Whereabouts.RETURNED));
    assertThat(events.get(0).recordedBy()).isEqualTo("fatima");
  }

  @Test
  void whereaboutsInTheFutureOrUnchangedAreRefused() {
    Family family = amsterdam();
    Member sara =
        core.families.addMember(
            COUNSELLOR,
            family.id(),
            new NewMember(MemberRole.SIBLING, "Sara", 2010, List.of(), Whereabouts.AT_HOME_NL));

    assertThatThrownBy(
            () ->
                core.families.changeWhereabouts(
                    COUNSELLOR, sara.id(), 1, Whereabouts.UNKNOWN, NOW.plusSeconds(60)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                core.families.changeWhereabouts(
                    COUNSELLOR, sara.id(), 1, Whereabouts.AT_HOME_NL, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void searchingAMunicipalityAlsoFindsFamiliesOfMunicipalitiesMergedIntoIt() {
    Family amsterdam = amsterdam();
    Family weesp =
        new Family(
            UUID.randomUUID(),
            "F-2021-0007",
            "0457",
            List.of(),
            Background.NOT_RECORDED,
            FamilyStatus.ACTIVE,
            NOW.minus(900, ChronoUnit.DAYS),
            Optional.empty(),
            1);
    core.store.write(
        s -> {
          s.families().insert(weesp);
          s.trajectories()
              .insert(
                  new Trajectory(
                      UUID.randomUUID(),
                      weesp.id(),
                      Phase.CONTACT,
                      List.of(),
                      java.util.Set.of(),
                      weesp.createdAt(),
                      1));
          return null;
        });

    var found =
        core.families.search(
            CoreServices.TEAM_LEAD,
            new FamilySearch(
                Optional.empty(), Optional.of("0363"), Optional.empty(), Optional.empty()),
            PageRequest.FIRST);

    assertThat(found.items()).extracting(Family::id).containsExactly(amsterdam.id(), weesp.id());
  }

  @Test
  void malformedSearchCriteriaAreRefused() {
    assertThatThrownBy(
            () ->
                core.families.search(
                    COUNSELLOR,
                    new FamilySearch(
                        Optional.of("2026-1"),
                        Optional.of("12"),
                        Optional.empty(),
                        Optional.empty()),
                    PageRequest.FIRST))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("reference", "municipality"));
  }

  @Test
  void onlyTheCentresOwnStaffMayUseTheServicesForNow() {
    assertThatThrownBy(
            () ->
                core.families.create(
                    POLICE, new NewFamily("0363", List.of(), Background.NOT_RECORDED)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.families.search(POLICE, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(familyCount()).isZero();
  }

  /**
   * The gate loads a member and decides in one step, the role first: a role that may never change
   * identity data hears "access denied" whether or not the member exists (so it learns nothing of
   * which ids exist), and a counsellor without a tie to the family hears "not found".
   */
  @Test
  void aMemberIsDecidedBeforeAnythingOfItIsUsedAndTheRoleBeforeItsExistence() {
    Family family = amsterdam();
    Member member =
        core.families.addMember(
            COUNSELLOR,
            family.id(),
            new NewMember(MemberRole.SIBLING, "Yara", 2009, List.of("nl"), Whereabouts.AT_HOME_NL));
    UUID unknown = UUID.randomUUID();

    for (UUID id : List.of(member.id(), unknown)) {
      assertThatThrownBy(
              () ->
                  core.families.updateMember(
                      POLICE,
                      id,
                      member.version(),
                      new nl.steunpunt.api.family.MemberChanges(
                          MemberRole.SIBLING, "Other", 2009, List.of("nl"))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () ->
                  core.families.changeWhereabouts(
                      POLICE, id, member.version(), Whereabouts.ABROAD_CONFLICT_ZONE, NOW))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(
            () ->
                core.families.changeWhereabouts(
                    CoreServices.OTHER_COUNSELLOR,
                    member.id(),
                    member.version(),
                    Whereabouts.ABROAD_CONFLICT_ZONE,
                    NOW))
        .isInstanceOf(nl.steunpunt.api.common.NotFoundException.class);
    assertThat(core.families.member(COUNSELLOR, member.id()).orElseThrow()).isEqualTo(member);
  }
}
