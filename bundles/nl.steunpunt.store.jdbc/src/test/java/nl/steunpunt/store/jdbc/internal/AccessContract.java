package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.FamilyScope;
import org.junit.jupiter.api.Test;

/**
 * Who may see which family, as the store limits it: the scope of a family search and of the open
 * tasks, referrals and break-glass. Run on H2 and on PostgreSQL.
 */
abstract class AccessContract extends OnDatabase {

  private static final String THERAPY = "therapie-noord";

  private int families;

  /** A family with its trajectory, in a phase, with a team. */
  record Case(Family family, UUID trajectory) {
    UUID id() {
      return family.id();
    }
  }

  Case stored(String municipality, Phase phase, String... team) {
    families++;
    Family family =
        StoreContract.family(
            String.format("F-2026-%04d", families),
            municipality,
            NOW.plus(families, ChronoUnit.MINUTES));
    Trajectory trajectory =
        new Trajectory(
            UUID.randomUUID(),
            family.id(),
            phase,
            Arrays.stream(team)
                .map(u -> new TeamAssignment(u, Expertise.RADICALISATION_EXPERT, List.of("nl")))
                .toList(),
            Set.of(),
            NOW,
            1);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          return null;
        });
    return new Case(family, trajectory.id());
  }

  Member member(Case c) {
    Member member = StoreContract.member(c.id(), "Sara", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.members().insert(member);
          return null;
        });
    return member;
  }

  Referral referred(Case c, Member member, String organisation, Optional<Instant> closedAt) {
    Referral referral =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            member.id(),
            organisation,
            Optional.of(ReferralContract.byTheMember()),
            NOW,
            closedAt);
    store.write(
        s -> {
          s.referrals().insert(referral);
          return null;
        });
    return referral;
  }

  BreakGlass brokenGlass(Case c, String user, Instant openedAt, Instant expiresAt) {
    BreakGlass use =
        new BreakGlass(
            UUID.randomUUID(),
            c.id(),
            user,
            "steunpunt",
            "child reported missing at night",
            openedAt,
            expiresAt,
            Optional.empty());
    store.write(
        s -> {
          s.breakGlass().insert(use);
          return null;
        });
    return use;
  }

  static FamilyScope team(String user) {
    return new FamilyScope(
        Optional.of(user), Set.of(), Set.of(), Optional.empty(), Optional.empty(), NOW);
  }

  static FamilyScope municipal(Set<String> municipalities, Set<Phase> phases) {
    return new FamilyScope(
        Optional.empty(), municipalities, phases, Optional.empty(), Optional.empty(), NOW);
  }

  static FamilyScope referral(String organisation) {
    return new FamilyScope(
        Optional.empty(), Set.of(), Set.of(), Optional.of(organisation), Optional.empty(), NOW);
  }

  static FamilyScope breakGlass(String user, Instant now) {
    return new FamilyScope(
        Optional.empty(), Set.of(), Set.of(), Optional.empty(), Optional.of(user), now);
  }

  Page<Family> search(FamilyFilter filter, PageRequest page) {
    return store.read(s -> s.families().search(filter, page));
  }

  Set<UUID> inScope(FamilyScope scope) {
    return Set.copyOf(
        search(FamilyFilter.ALL.within(scope), PageRequest.FIRST).items().stream()
            .map(Family::id)
            .toList());
  }

  @Test
  void aScopeHoldsTheFamiliesWhoseTeamTheUserIsOn() {
    Case fatimas = stored("0363", Phase.SUPPORT, "jan", "fatima");
    stored("0363", Phase.SUPPORT, "jan");
    stored("0363", Phase.SUPPORT);

    assertThat(inScope(team("fatima"))).containsExactly(fatimas.id());
    assertThat(inScope(team("nobody"))).isEmpty();
  }

  @Test
  void aScopeHoldsTheMunicipalitysFamiliesOnlyInItsPhases() {
    Case supported = stored("0363", Phase.SUPPORT);
    Case aftercare = stored("0363", Phase.AFTERCARE);
    stored("0363", Phase.CONTACT);
    stored("0599", Phase.SUPPORT);

    assertThat(inScope(municipal(Set.of("0363", "0014"), Set.of(Phase.SUPPORT, Phase.AFTERCARE))))
        .containsExactlyInAnyOrder(supported.id(), aftercare.id());
    assertThat(inScope(municipal(Set.of("0363"), Set.of()))).isEmpty();
    assertThat(inScope(municipal(Set.of(), Set.of(Phase.SUPPORT)))).isEmpty();
  }

  @Test
  void aScopeHoldsTheFamiliesWithAMemberOpenlyReferredToTheOrganisation() {
    Case referred = stored("0363", Phase.SUPPORT);
    referred(referred, member(referred), THERAPY, Optional.empty());
    Case closed = stored("0363", Phase.SUPPORT);
    referred(closed, member(closed), THERAPY, Optional.of(NOW.plusSeconds(60)));
    Case elsewhere = stored("0363", Phase.SUPPORT);
    referred(elsewhere, member(elsewhere), "therapie-zuid", Optional.empty());

    assertThat(inScope(referral(THERAPY))).containsExactly(referred.id());
  }

  @Test
  void aScopeHoldsTheFamiliesTheUserOpenedWithBreakGlassUntilItExpires() {
    Case open = stored("0363", Phase.SUPPORT);
    brokenGlass(open, "fatima", NOW.minusSeconds(60), NOW.plus(4, ChronoUnit.HOURS));
    Case expired = stored("0363", Phase.SUPPORT);
    brokenGlass(expired, "fatima", NOW.minus(5, ChronoUnit.HOURS), NOW.minusSeconds(1));
    Case someoneElses = stored("0363", Phase.SUPPORT);
    brokenGlass(someoneElses, "jan", NOW.minusSeconds(60), NOW.plus(4, ChronoUnit.HOURS));

    assertThat(inScope(breakGlass("fatima", NOW))).containsExactly(open.id());
    assertThat(inScope(breakGlass("fatima", NOW.plus(4, ChronoUnit.HOURS)))).isEmpty();
  }

  @Test
  void aScopeHoldsAFamilyWhenAnyOfItsPartsHolds() {
    Case onTeam = stored("0599", Phase.CONTACT, "fatima");
    Case municipal = stored("0363", Phase.SUPPORT);
    Case referred = stored("0599", Phase.SUPPORT);
    referred(referred, member(referred), THERAPY, Optional.empty());
    Case opened = stored("0599", Phase.SUPPORT);
    brokenGlass(opened, "fatima", NOW.minusSeconds(60), NOW.plus(4, ChronoUnit.HOURS));
    stored("0599", Phase.SUPPORT, "jan");
    stored("0363", Phase.CONTACT);

    FamilyScope all =
        new FamilyScope(
            Optional.of("fatima"),
            Set.of("0363"),
            Set.of(Phase.SUPPORT),
            Optional.of(THERAPY),
            Optional.of("fatima"),
            NOW);

    assertThat(inScope(all))
        .containsExactlyInAnyOrder(onTeam.id(), municipal.id(), referred.id(), opened.id());
    // The scope limits the other criteria, it does not widen them.
    FamilyFilter inSupport =
        new FamilyFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.of(Phase.SUPPORT),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())
            .within(all);
    assertThat(search(inSupport, PageRequest.FIRST).items())
        .extracting(Family::id)
        .containsExactlyInAnyOrder(municipal.id(), referred.id(), opened.id());
  }

  @Test
  void aScopeWithoutAnyPartHoldsNoFamily() {
    stored("0363", Phase.SUPPORT, "fatima");

    Page<Family> page = search(FamilyFilter.ALL.within(FamilyScope.none(NOW)), PageRequest.FIRST);

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
    assertThat(search(FamilyFilter.ALL, PageRequest.FIRST).total()).isEqualTo(1);
  }

  @Test
  void theTotalCountsOnlyTheFamiliesInScope() {
    for (int i = 0; i < 5; i++) {
      stored("0363", Phase.SUPPORT, "fatima");
      stored("0363", Phase.SUPPORT, "jan");
    }

    Page<Family> page = search(FamilyFilter.ALL.within(team("fatima")), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items())
        .extracting(Family::reference)
        .containsExactly("F-2026-0007", "F-2026-0005");
  }

  @Test
  void openTasksAreLimitedToTheScopeAndToTheOwningPartnerOrganisation() {
    Case fatimas = stored("0363", Phase.SUPPORT, "fatima");
    Case jans = stored("0363", Phase.SUPPORT, "jan");
    Task forMunicipality = task(fatimas, new TaskOwner.Partner("GM0363"), 1, TaskState.OPEN);
    Task forFatima = task(fatimas, new TaskOwner.Staff("fatima"), 2, TaskState.OPEN);
    task(fatimas, new TaskOwner.Partner("GM0363"), 3, TaskState.DONE);
    Task jansForMunicipality = task(jans, new TaskOwner.Partner("GM0363"), 4, TaskState.OPEN);
    Task staffNamedLikeThePartner = task(jans, new TaskOwner.Staff("GM0363"), 5, TaskState.OPEN);
    Task forPolice = task(jans, new TaskOwner.Partner("police"), 6, TaskState.OPEN);

    assertThat(open(Optional.empty(), Optional.empty()).items())
        .containsExactly(
            forMunicipality, forFatima, jansForMunicipality, staffNamedLikeThePartner, forPolice);
    assertThat(open(Optional.of(team("fatima")), Optional.empty()).items())
        .containsExactly(forMunicipality, forFatima);
    Page<Task> municipality = open(Optional.empty(), Optional.of("GM0363"));
    assertThat(municipality.items()).containsExactly(forMunicipality, jansForMunicipality);
    assertThat(municipality.total()).isEqualTo(2);
    Page<Task> both = open(Optional.of(team("jan")), Optional.of("GM0363"));
    assertThat(both.items()).containsExactly(jansForMunicipality);
    assertThat(both.total()).isEqualTo(1);
    assertThat(open(Optional.of(FamilyScope.none(NOW)), Optional.empty()).total()).isZero();
  }

  private Task task(Case c, TaskOwner owner, int dueInDays, TaskState state) {
    Task task =
        new Task(
            UUID.randomUUID(),
            c.trajectory(),
            "Task " + dueInDays,
            owner,
            LocalDate.of(2026, 12, 1).plusDays(dueInDays),
            state,
            1);
    store.write(
        s -> {
          s.tasks().insert(task);
          return null;
        });
    return task;
  }

  private Page<Task> open(Optional<FamilyScope> scope, Optional<String> owner) {
    return store.read(s -> s.tasks().open(scope, owner, PageRequest.FIRST));
  }

  @Test
  void aReferralIsOpenUntilItIsClosedOnce() {
    Case c = stored("0363", Phase.SUPPORT);
    Member sara = member(c);
    Referral referral = referred(c, sara, THERAPY, Optional.empty());

    assertThat(store.<Optional<Referral>>read(s -> s.referrals().find(referral.id())))
        .contains(referral);
    assertThat(store.<Set<UUID>>read(s -> s.referrals().openMembers(c.id(), THERAPY)))
        .containsExactly(sara.id());

    Instant closedAt = NOW.plus(30, ChronoUnit.DAYS);
    assertThat(store.<Boolean>write(s -> s.referrals().close(referral.id(), closedAt))).isTrue();
    assertThat(store.<Boolean>write(s -> s.referrals().close(referral.id(), NOW))).isFalse();

    assertThat(store.read(s -> s.referrals().find(referral.id())).orElseThrow().closedAt())
        .contains(closedAt);
    assertThat(store.<Set<UUID>>read(s -> s.referrals().openMembers(c.id(), THERAPY))).isEmpty();
  }

  @Test
  void openMembersAreThoseOfTheFamilyReferredToThatOrganisation() {
    Case c = stored("0363", Phase.SUPPORT);
    Member sara = member(c);
    Member yusuf = member(c);
    Member adam = member(c);
    referred(c, sara, THERAPY, Optional.empty());
    referred(c, yusuf, THERAPY, Optional.empty());
    referred(c, adam, "therapie-zuid", Optional.empty());
    Case other = stored("0363", Phase.SUPPORT);
    referred(other, member(other), THERAPY, Optional.empty());

    assertThat(store.<Set<UUID>>read(s -> s.referrals().openMembers(c.id(), THERAPY)))
        .containsExactlyInAnyOrder(sara.id(), yusuf.id());
    assertThat(store.<Set<UUID>>read(s -> s.referrals().openMembers(c.id(), "police"))).isEmpty();
  }

  @Test
  void aTrajectorysReferralsComeOldestFirst() {
    Case c = stored("0363", Phase.SUPPORT);
    Member sara = member(c);
    Referral later =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            sara.id(),
            THERAPY,
            Optional.of(ReferralContract.byTheMember()),
            NOW,
            Optional.empty());
    Referral earlier =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            sara.id(),
            "therapie-zuid",
            Optional.empty(),
            NOW.minus(10, ChronoUnit.DAYS),
            Optional.of(NOW.minus(1, ChronoUnit.DAYS)));
    store.write(
        s -> {
          s.referrals().insert(later);
          s.referrals().insert(earlier);
          return null;
        });

    assertThat(store.<List<Referral>>read(s -> s.referrals().ofTrajectory(c.trajectory())))
        .containsExactly(earlier, later);
  }

  @Test
  void breakGlassIsOpenForItsUserAndFamilyUntilItExpires() {
    Case c = stored("0363", Phase.SUPPORT);
    Instant expires = NOW.plus(4, ChronoUnit.HOURS);
    brokenGlass(c, "fatima", NOW.minus(1, ChronoUnit.DAYS), NOW.minus(20, ChronoUnit.HOURS));
    BreakGlass latest = brokenGlass(c, "fatima", NOW, expires);

    assertThat(store.<Optional<BreakGlass>>read(s -> s.breakGlass().openFor("fatima", c.id(), NOW)))
        .contains(latest);
    assertThat(
            store.<Optional<BreakGlass>>read(
                s -> s.breakGlass().openFor("fatima", c.id(), expires.minusSeconds(1))))
        .contains(latest);
    assertThat(
            store.<Optional<BreakGlass>>read(
                s -> s.breakGlass().openFor("fatima", c.id(), expires)))
        .isEmpty();
    assertThat(store.<Optional<BreakGlass>>read(s -> s.breakGlass().openFor("jan", c.id(), NOW)))
        .isEmpty();
    assertThat(
            store.<Optional<BreakGlass>>read(
                s -> s.breakGlass().openFor("fatima", UUID.randomUUID(), NOW)))
        .isEmpty();
  }

  @Test
  void aUseOfBreakGlassIsReviewedOnlyOnce() {
    Case c = stored("0363", Phase.SUPPORT);
    BreakGlass use = brokenGlass(c, "fatima", NOW, NOW.plus(4, ChronoUnit.HOURS));
    BreakGlass.Review first =
        new BreakGlass.Review(true, "acute risk, justified", "pieter", NOW.plusSeconds(3600));
    BreakGlass.Review second =
        new BreakGlass.Review(false, "not justified", "anna", NOW.plusSeconds(7200));

    assertThat(store.<Boolean>write(s -> s.breakGlass().review(use.id(), first))).isTrue();
    assertThat(store.<Boolean>write(s -> s.breakGlass().review(use.id(), second))).isFalse();
    assertThat(store.<Boolean>write(s -> s.breakGlass().review(UUID.randomUUID(), first)))
        .isFalse();

    assertThat(store.read(s -> s.breakGlass().find(use.id())).orElseThrow().review())
        .contains(first);
  }

  @Test
  void usesOfBreakGlassAreListedNewestFirstAndTheUnreviewedOnesOnItsOwn() {
    Case c = stored("0363", Phase.SUPPORT);
    BreakGlass oldest = brokenGlass(c, "fatima", NOW.minusSeconds(300), NOW.plusSeconds(60));
    BreakGlass middle = brokenGlass(c, "jan", NOW.minusSeconds(200), NOW.plusSeconds(60));
    BreakGlass newest = brokenGlass(c, "fatima", NOW.minusSeconds(100), NOW.plusSeconds(60));
    BreakGlass.Review review = new BreakGlass.Review(true, "ok", "pieter", NOW);
    store.write(s -> s.breakGlass().review(middle.id(), review));

    Page<BreakGlass> all = store.read(s -> s.breakGlass().list(false, new PageRequest(1, 1)));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items()).extracting(BreakGlass::id).containsExactly(middle.id());
    Page<BreakGlass> unreviewed = store.read(s -> s.breakGlass().list(true, PageRequest.FIRST));
    assertThat(unreviewed.total()).isEqualTo(2);
    assertThat(unreviewed.items()).containsExactly(newest, oldest);
  }
}
