package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database the store runs on must do; run on H2 and on PostgreSQL. */
abstract class StoreContract {

  static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

  HikariDataSource dataSource;
  Store store;

  abstract HikariDataSource open() throws Exception;

  abstract Dialect dialect();

  @BeforeEach
  void migrate() throws Exception {
    dataSource = open();
    Migrations.migrate(dataSource, dialect());
    store = new Transactions(dataSource, "test");
  }

  @AfterEach
  void close() {
    // Null when the database was not there and the test was skipped.
    if (dataSource != null) {
      dataSource.close();
    }
  }

  static Family family(String reference, String municipality, Instant created) {
    return new Family(
        UUID.randomUUID(),
        reference,
        municipality,
        List.of("ar", "nl"),
        Background.MIGRANT_BACKGROUND,
        FamilyStatus.ACTIVE,
        created,
        Optional.empty(),
        1);
  }

  Family stored(String reference, String municipality, Phase phase) {
    Family family = family(reference, municipality, NOW);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory(family.id(), phase));
          return null;
        });
    return family;
  }

  static Trajectory trajectory(UUID familyId, Phase phase) {
    return new Trajectory(UUID.randomUUID(), familyId, phase, List.of(), Set.of(), NOW, 1);
  }

  static Member member(UUID familyId, String name, Whereabouts whereabouts) {
    return new Member(
        UUID.randomUUID(), familyId, MemberRole.SIBLING, name, 2008, List.of("nl"), whereabouts, 1);
  }

  @Test
  void aFamilyIsStoredAndReadBackUnchanged() {
    Family family = family("F-2026-0001", "0363", NOW);

    store.write(
        s -> {
          s.families().insert(family);
          return null;
        });

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).contains(family);
  }

  @Test
  void aFamilyIsFoundByItsExactReference() {
    Family family = stored("F-2026-0012", "0363", Phase.CONTACT);
    stored("F-2026-0120", "0363", Phase.CONTACT);

    assertThat(store.<Optional<Family>>read(s -> s.families().findByReference("F-2026-0012")))
        .contains(family);
    assertThat(store.<Optional<Family>>read(s -> s.families().findByReference("F-2026-001")))
        .isEmpty();
    assertThat(store.<Optional<Family>>read(s -> s.families().findByReference("f-2026-0012")))
        .isEmpty();
  }

  @Test
  void aStaleUpdateChangesNothing() {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);
    Family moved =
        new Family(
            family.id(),
            family.reference(),
            "0599",
            family.languages(),
            family.background(),
            family.status(),
            family.createdAt(),
            family.lastCriticalMoment(),
            2);

    assertThat(store.<Boolean>write(s -> s.families().update(moved, 1))).isTrue();
    Family again =
        new Family(
            family.id(),
            family.reference(),
            "0014",
            family.languages(),
            family.background(),
            family.status(),
            family.createdAt(),
            family.lastCriticalMoment(),
            2);
    assertThat(store.<Boolean>write(s -> s.families().update(again, 1))).isFalse();

    assertThat(store.read(s -> s.families().find(family.id())).orElseThrow().municipality())
        .isEqualTo("0599");
  }

  @Test
  void referenceNumbersCountUpPerYear() {
    List<Integer> numbers =
        store.write(
            s ->
                List.of(
                    s.families().nextReferenceNumber(2026),
                    s.families().nextReferenceNumber(2026),
                    s.families().nextReferenceNumber(2025),
                    s.families().nextReferenceNumber(2026)));

    assertThat(numbers).containsExactly(1, 2, 1, 3);
  }

  @Test
  void concurrentCreatorsNeverGetTheSameReferenceNumber() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> numbers = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        numbers.add(pool.submit(() -> store.write(s -> s.families().nextReferenceNumber(2031))));
      }
      java.util.Set<Integer> taken = new java.util.TreeSet<>();
      for (var number : numbers) {
        taken.add(number.get());
      }

      assertThat(taken).hasSize(40).first().isEqualTo(1);
      assertThat(taken).last().isEqualTo(40);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    Family family = family("F-2026-0001", "0363", NOW);

    assertThatThrownBy(
            () ->
                store.write(
                    s -> {
                      s.families().insert(family);
                      s.members().insert(member(family.id(), "Sara", Whereabouts.AT_HOME_NL));
                      throw new IllegalStateException("half-way");
                    }))
        .hasMessage("half-way");

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).isEmpty();
    assertThat(store.<List<Member>>read(s -> s.members().ofFamily(family.id()))).isEmpty();
  }

  @Test
  void searchFiltersByMunicipalityPhaseWhereaboutsAndReferenceText() {
    Family amsterdam = stored("F-2025-0001", "0363", Phase.SUPPORT);
    Family rotterdam = stored("F-2025-0002", "0599", Phase.CONTACT);
    Family utrecht = stored("F-2026-0003", "0344", Phase.SUPPORT);
    store.write(
        s -> {
          s.members().insert(member(rotterdam.id(), "Yusuf", Whereabouts.ABROAD_CONFLICT_ZONE));
          s.members().insert(member(utrecht.id(), "Adam", Whereabouts.AT_HOME_NL));
          return null;
        });

    assertThat(
            ids(
                search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.of(Set.of("0363", "0457")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))))
        .containsExactly(amsterdam.id());
    assertThat(
            ids(
                search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Phase.SUPPORT),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))))
        .containsExactlyInAnyOrder(amsterdam.id(), utrecht.id());
    assertThat(
            ids(
                search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Whereabouts.ABROAD_CONFLICT_ZONE),
                        Optional.empty(),
                        Optional.empty()))))
        .containsExactly(rotterdam.id());
    assertThat(
            ids(
                search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("2025"),
                        Optional.empty()))))
        .containsExactlyInAnyOrder(amsterdam.id(), rotterdam.id());
    assertThat(
            ids(
                search(
                    new FamilyFilter(
                        Optional.of("F-2026-0003"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))))
        .containsExactly(utrecht.id());
  }

  @Test
  void likeWildcardsInTheTextAreTakenLiterally() {
    stored("F-2025-0001", "0363", Phase.CONTACT);

    assertThat(
            search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("%"),
                        Optional.empty()))
                .total())
        .isZero();
    assertThat(
            search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("f-2025_"),
                        Optional.empty()))
                .total())
        .isZero();
    assertThat(
            search(
                    new FamilyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("f-2025-"),
                        Optional.empty()))
                .total())
        .isEqualTo(1);
  }

  @Test
  void searchPagesNewestFirstAndCountsAll() {
    for (int i = 1; i <= 5; i++) {
      Family f = family("F-2026-000" + i, "0363", NOW.plus(i, ChronoUnit.MINUTES));
      store.write(
          s -> {
            s.families().insert(f);
            s.trajectories().insert(trajectory(f.id(), Phase.CONTACT));
            return null;
          });
    }

    Page<Family> page =
        store.read(s -> s.families().search(FamilyFilter.ALL, new PageRequest(1, 2)));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items())
        .extracting(Family::reference)
        .containsExactly("F-2026-0004", "F-2026-0003");
  }

  @Test
  void membersKeepTheOrderTheyWereAddedInAndTheirVersion() {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);
    Member first = member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
    Member second = member(family.id(), "Yusuf", Whereabouts.ABROAD_CONFLICT_ZONE);
    store.write(
        s -> {
          s.members().insert(first);
          s.members().insert(second);
          return null;
        });
    Member returned =
        new Member(
            second.id(),
            family.id(),
            second.role(),
            second.givenName(),
            second.birthYear(),
            second.languages(),
            Whereabouts.RETURNED,
            2);

    assertThat(store.<Boolean>write(s -> s.members().update(returned, 1))).isTrue();
    assertThat(store.<Boolean>write(s -> s.members().update(returned, 1))).isFalse();

    assertThat(store.<List<Member>>read(s -> s.members().ofFamily(family.id())))
        .containsExactly(first, returned);
  }

  @Test
  void aTrajectoryKeepsItsTeamInOrderAndItsPartners() {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);
    Trajectory before = store.read(s -> s.trajectories().ofFamily(family.id())).orElseThrow();
    Trajectory after =
        new Trajectory(
            before.id(),
            family.id(),
            Phase.SUPPORT,
            List.of(
                new TeamAssignment("fatima", Expertise.RADICALISATION_EXPERT, List.of("ar", "nl")),
                new TeamAssignment("jan", Expertise.FAMILY_THERAPIST, List.of("nl"))),
            Set.of("GM0363", "police"),
            before.openedAt(),
            2);

    assertThat(store.<Boolean>write(s -> s.trajectories().update(after, 1))).isTrue();

    assertThat(store.<Optional<Trajectory>>read(s -> s.trajectories().find(before.id())))
        .contains(after);
    assertThat(store.<List<TeamAssignment>>read(s -> s.trajectories().knownStaff()))
        .extracting(TeamAssignment::user)
        .containsExactly("fatima", "jan");
  }

  @Test
  void everyKindOfEventIsAppendedWithARisingSequenceAndReadBack() {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);
    Member child = member(family.id(), "Yusuf", Whereabouts.ABROAD_CONFLICT_ZONE);
    store.write(
        s -> {
          s.members().insert(child);
          return null;
        });
    UUID trajectory = store.read(s -> s.trajectories().ofFamily(family.id())).orElseThrow().id();
    List<EventDetail> details =
        List.of(
            new EventDetail.DepartureRisk(),
            new EventDetail.Departure(),
            new EventDetail.ReturnExpected(),
            new EventDetail.Return(),
            new EventDetail.Detention(),
            new EventDetail.Prosecution(),
            new EventDetail.DeathAbroad(),
            new EventDetail.ContactFromAbroad(),
            new EventDetail.SiblingConcern(),
            new EventDetail.SessionHeld(),
            new EventDetail.PhaseChange(Phase.CLOSED, Phase.SUPPORT, Optional.of("new concerns")),
            new EventDetail.WhereaboutsChange(
                Whereabouts.ABROAD_CONFLICT_ZONE, Whereabouts.RETURNED));

    List<Event> appended =
        store.write(
            s ->
                details.stream()
                    .map(
                        d ->
                            s.events()
                                .append(
                                    new Event(
                                        0,
                                        trajectory,
                                        Optional.of(child.id()),
                                        NOW.minus(1, ChronoUnit.DAYS),
                                        NOW,
                                        "fatima",
                                        OptionalLong.empty(),
                                        d)))
                    .toList());

    assertThat(appended).extracting(Event::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(store.read(s -> s.events().ofTrajectory(trajectory, new PageRequest(0, 50))).items())
        .containsExactlyElementsOf(appended);
  }

  @Test
  void aCorrectionPointsAtTheEventItCorrects() {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);
    UUID trajectory = store.read(s -> s.trajectories().ofFamily(family.id())).orElseThrow().id();
    Event wrong =
        store.write(
            s ->
                s.events()
                    .append(
                        new Event(
                            0,
                            trajectory,
                            Optional.empty(),
                            NOW,
                            NOW,
                            "fatima",
                            OptionalLong.empty(),
                            new EventDetail.Departure())));

    Event correction =
        store.write(
            s ->
                s.events()
                    .append(
                        new Event(
                            0,
                            trajectory,
                            Optional.empty(),
                            NOW,
                            NOW,
                            "fatima",
                            OptionalLong.of(wrong.sequence()),
                            new EventDetail.DepartureRisk())));

    assertThat(store.read(s -> s.events().find(correction.sequence())).orElseThrow().corrects())
        .hasValue(wrong.sequence());
    assertThat(store.<Optional<Event>>read(s -> s.events().find(wrong.sequence()))).contains(wrong);
  }

  /** A new task of version 1. */
  private static Task task(
      UUID trajectory, String title, TaskOwner owner, LocalDate due, TaskState state) {
    return new Task(UUID.randomUUID(), trajectory, title, owner, due, state, 1);
  }

  private Page<Task> openOfTrajectory(UUID trajectory, Optional<String> owner) {
    return store.read(s -> s.tasks().openOfTrajectory(trajectory, owner, PageRequest.FIRST));
  }

  @Test
  void openTasksComeSoonestDueFirstAndNotesOnlyOfTheAskedCategories() {
    Family family = stored("F-2026-0001", "0363", Phase.SUPPORT);
    UUID trajectory = store.read(s -> s.trajectories().ofFamily(family.id())).orElseThrow().id();
    Task later =
        task(
            trajectory,
            "Risk review",
            new TaskOwner.Staff("fatima"),
            LocalDate.of(2026, 12, 5),
            TaskState.OPEN);
    Task sooner =
        task(
            trajectory,
            "Support plan",
            new TaskOwner.Partner("GM0363"),
            LocalDate.of(2026, 11, 30),
            TaskState.OPEN);
    Task done =
        task(
            trajectory,
            "Intake",
            new TaskOwner.Staff("jan"),
            LocalDate.of(2026, 11, 1),
            TaskState.DONE);
    Note counselling =
        new Note(UUID.randomUUID(), trajectory, NoteCategory.COUNSELLING, "fatima", "c", NOW);
    Note therapy = new Note(UUID.randomUUID(), trajectory, NoteCategory.THERAPY, "lena", "t", NOW);
    store.write(
        s -> {
          s.tasks().insert(later);
          s.tasks().insert(sooner);
          s.tasks().insert(done);
          s.notes().insert(counselling);
          s.notes().insert(therapy);
          return null;
        });

    assertThat(
            store
                .read(s -> s.tasks().open(Optional.empty(), Optional.empty(), PageRequest.FIRST))
                .items())
        .containsExactly(sooner, later);
    assertThat(openOfTrajectory(trajectory, Optional.empty()).items())
        .containsExactly(sooner, later);
    assertThat(openOfTrajectory(trajectory, Optional.of("GM0363")).items()).containsExactly(sooner);
    assertThat(openOfTrajectory(UUID.randomUUID(), Optional.empty()).total()).isZero();
    Family other = stored("F-2026-0002", "0363", Phase.SUPPORT);
    UUID otherTrajectory =
        store.read(s -> s.trajectories().ofFamily(other.id())).orElseThrow().id();
    Task elsewhere =
        task(
            otherTrajectory,
            "Elsewhere",
            new TaskOwner.Staff("fatima"),
            LocalDate.of(2026, 11, 1),
            TaskState.OPEN);
    store.write(
        s -> {
          s.tasks().insert(elsewhere);
          return null;
        });
    assertThat(openOfTrajectory(trajectory, Optional.empty()).items())
        .as("another trajectory's task is not this one's")
        .containsExactly(sooner, later);
    assertThat(
            store
                .read(
                    s ->
                        s.notes()
                            .ofTrajectory(
                                trajectory, Set.of(NoteCategory.COUNSELLING), PageRequest.FIRST))
                .items())
        .containsExactly(counselling);
    assertThat(
            store
                .read(s -> s.notes().ofTrajectory(trajectory, Set.of(), PageRequest.FIRST))
                .items())
        .isEmpty();
  }

  @Test
  void migratingAgainChangesNothing() throws Exception {
    Family family = stored("F-2026-0001", "0363", Phase.CONTACT);

    Migrations.migrate(dataSource, dialect());

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).contains(family);
  }

  @Test
  void aNodeOfThePreviousReleaseOpensTheSchemaANewerNodeMigratedAndWorksOnIt() throws Exception {
    // A rolling upgrade: the first node on the new release migrated (the @BeforeEach); a node
    // still on the release before knows the scripts up to the one before the last.
    Family family = stored("F-2026-0002", "0363", Phase.CONTACT);

    Migrations.migrate(dataSource, dialect(), Migrations.latest() - 1);

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).contains(family);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var versions = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      versions.next();
      assertThat(versions.getInt(1)).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void anUpgradeFromThePreviousSchemaKeepsTheDataAndFillsWhatIsNew() throws Exception {
    try (HikariDataSource old = open()) {
      // Version 3: the last schema before the family kept its phase (migration 4).
      Migrations.migrate(old, dialect(), 3);
      UUID familyId = UUID.randomUUID();
      UUID trajectoryId = UUID.randomUUID();
      // Written with that schema's own SQL: the current code does not fit it.
      try (var connection = old.getConnection();
          var family =
              connection.prepareStatement(
                  "INSERT INTO family (id, reference, municipality, languages, background, status,"
                      + " created_at, version) VALUES (?, 'F-2025-0042', '0363', 'ar,nl',"
                      + " 'MIGRANT_BACKGROUND', 'ACTIVE', ?, 3)");
          var trajectory =
              connection.prepareStatement(
                  "INSERT INTO trajectory (id, family_id, phase, opened_at, version)"
                      + " VALUES (?, ?, 'SUPPORT', ?, 2)")) {
        connection.setAutoCommit(true);
        family.setObject(1, familyId);
        family.setObject(2, NOW.atOffset(java.time.ZoneOffset.UTC));
        family.executeUpdate();
        trajectory.setObject(1, trajectoryId);
        trajectory.setObject(2, familyId);
        trajectory.setObject(3, NOW.atOffset(java.time.ZoneOffset.UTC));
        trajectory.executeUpdate();
      }

      Migrations.migrate(old, dialect());

      Store upgraded = new Transactions(old, "after");
      Family family =
          upgraded.<Optional<Family>>read(s -> s.families().find(familyId)).orElseThrow();
      assertThat(family.reference()).isEqualTo("F-2025-0042");
      assertThat(family.languages()).containsExactly("ar", "nl");
      assertThat(family.version()).isEqualTo(3);
      assertThat(
              upgraded
                  .<Page<Family>>read(
                      s ->
                          s.families()
                              .search(
                                  new FamilyFilter(
                                      Optional.empty(),
                                      Optional.of(Set.of("0363")),
                                      Optional.of(Phase.SUPPORT),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty()),
                                  PageRequest.FIRST))
                  .items())
          .extracting(Family::id)
          .containsExactly(familyId);
    }
  }

  @Test
  void aScriptChangedAfterItWasAppliedStopsTheStart() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.executeUpdate(
          "UPDATE schema_version SET sha256 = '" + "0".repeat(64) + "' WHERE version = 1");
    }

    assertThatThrownBy(() -> Migrations.migrate(dataSource, dialect()))
        .hasMessageContaining("changed after it was applied");
  }

  private Page<Family> search(FamilyFilter search) {
    return store.read(s -> s.families().search(search, PageRequest.FIRST));
  }

  private static List<UUID> ids(Page<Family> page) {
    return page.items().stream().map(Family::id).toList();
  }
}
