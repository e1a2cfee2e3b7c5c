package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.store.AuditWriteFailed;
import org.junit.jupiter.api.Test;

/**
 * The audit log: written and queued with the work it records, sealed into the hash chain by the
 * sealer, searched and verified. Run on H2 and on PostgreSQL.
 */
abstract class AuditContract extends OnDatabase {

  static AuditEntry entry(String user, Instant at, Optional<UUID> family, Optional<UUID> member) {
    return new AuditEntry(
        0,
        at,
        user,
        "counsellor,team-lead",
        "steunpunt",
        Optional.empty(),
        "web",
        Action.READ,
        "family",
        family.map(UUID::toString),
        family,
        member,
        Optional.of(DataCategory.IDENTITY),
        Outcome.ALLOWED,
        Purpose.CARE,
        Optional.of("192.0.2.10"),
        Optional.empty(),
        Optional.empty(),
        Optional.of("ignored"));
  }

  static AuditEntry entry(String user) {
    return entry(user, NOW, Optional.empty(), Optional.empty());
  }

  void append(AuditEntry... entries) {
    store.write(
        s -> {
          for (AuditEntry entry : entries) {
            s.audit().append(entry);
          }
          return null;
        });
  }

  /** Seals what is queued, as the store's sealer does in the background. */
  long seal() {
    return new AuditSealer(dataSource).seal();
  }

  /** The whole log, oldest first. */
  List<AuditEntry> log() {
    List<AuditEntry> newestFirst =
        new ArrayList<>(
            store.read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 200))).items());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  ChainVerification verify() {
    return store.read(s -> s.audit().verify());
  }

  /** The sequences of the entries waiting for the sealer, in order. */
  List<Long> queued() throws SQLException {
    return longs("SELECT sequence FROM audit_unsealed ORDER BY sequence");
  }

  /** The sequences of the sealed entries, in the order of the chain. */
  List<Long> chain() throws SQLException {
    return longs("SELECT sequence FROM audit_seal ORDER BY position");
  }

  List<Long> longs(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<Long> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      connection.commit();
      return values;
    }
  }

  /**
   * Changes the stored log behind the store's back, as someone with access to the database could.
   */
  abstract void tamper(String sql) throws Exception;

  /** A store on this test's database, with its sealer running every so many milliseconds. */
  abstract JdbcStore openStore(long auditSealMillis) throws Exception;

  @Test
  void anEntryLeftQueuedAfterItWasSealedIsTakenFromTheQueueAndSealingGoesOn() throws Exception {
    append(entry("fatima"), entry("jan"));
    seal();
    // What half a sealer's transaction in a torn write of the database file looks like.
    tamper("INSERT INTO audit_unsealed (sequence) SELECT MIN(sequence) FROM audit_seal");
    append(entry("piet"));

    assertThat(seal()).isEqualTo(1);
    assertThat(verify().intact()).isTrue();
    assertThat(verify().checked()).isEqualTo(3);
  }

  @Test
  void entriesAreWrittenAndQueuedWhenTheWorkCommitsAndHaveNoHashUntilSealed() throws Exception {
    store.write(
        s -> {
          s.audit().append(entry("fatima"));
          s.audit().append(entry("jan"));
          assertThat(s.audit().search(AuditSearch.ALL, PageRequest.FIRST).total())
              .as("written only at commit")
              .isZero();
          return null;
        });
    append(entry("pieter"));

    List<AuditEntry> log = log();

    assertThat(log).extracting(AuditEntry::user).containsExactly("fatima", "jan", "pieter");
    assertThat(log).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(log).extracting(AuditEntry::hash).containsOnly(Optional.empty());
    assertThat(queued()).containsExactlyElementsOf(log.stream().map(AuditEntry::sequence).toList());
    assertThat(chain()).isEmpty();
  }

  @Test
  void sealingChainsTheQueuedEntriesAtContiguousPositionsInSequenceOrder() throws Exception {
    append(entry("fatima"), entry("jan"));
    append(entry("pieter"));

    assertThat(seal()).isEqualTo(3);
    assertThat(seal()).as("nothing left to seal").isZero();

    List<AuditEntry> log = log();
    assertThat(chain()).containsExactlyElementsOf(log.stream().map(AuditEntry::sequence).toList());
    assertThat(longs("SELECT position FROM audit_seal ORDER BY position"))
        .containsExactly(1L, 2L, 3L);
    String previous = AuditChain.GENESIS;
    for (int i = 0; i < log.size(); i++) {
      AuditEntry entry = log.get(i);
      assertThat(entry.hash()).contains(AuditChain.hash(previous, i + 1, entry));
      previous = entry.hash().orElseThrow();
    }
    assertThat(longs("SELECT last_position FROM audit_head")).containsExactly(3L);
    assertThat(queued()).isEmpty();
    assertThat(verify())
        .isEqualTo(new ChainVerification(true, 3, OptionalLong.empty(), Optional.empty()));
  }

  @Test
  void anEntryIsReadBackExactlyAsItWasHashedToTheMicrosecond() {
    UUID family = UUID.randomUUID();
    AuditEntry full =
        new AuditEntry(
            0,
            NOW.plusNanos(123_456_789),
            "fatima",
            "counsellor",
            "steunpunt",
            Optional.of("jan"),
            "bundle:nl.example.partner/1.0.0",
            Action.BREAK_GLASS,
            "family",
            Optional.of(family.toString()),
            Optional.of(family),
            Optional.of(UUID.randomUUID()),
            Optional.of(DataCategory.COUNSELLING_NOTES),
            Outcome.DENIED,
            Purpose.EMERGENCY,
            Optional.of("2001:db8::1"),
            Optional.of(UUID.randomUUID()),
            Optional.of("reason: |2:ü|- \"quoted\" ; ok"),
            Optional.empty());
    append(full);
    seal();

    AuditEntry stored = log().get(0);

    assertThat(stored.at()).isEqualTo(NOW.plusNanos(123_456_000));
    assertThat(stored)
        .usingRecursiveComparison()
        .ignoringFields("sequence", "hash")
        .isEqualTo(AuditChain.written(full));
    assertThat(stored.hash()).contains(AuditChain.hash(AuditChain.GENESIS, 1, stored));
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void anEntryAppendedByWorkThatThrowsIsNeverWritten() throws Exception {
    assertThatThrownBy(
            () ->
                store.write(
                    s -> {
                      s.audit().append(entry("fatima"));
                      throw new IllegalStateException("half-way");
                    }))
        .hasMessage("half-way");
    append(entry("jan"));

    assertThat(log()).extracting(AuditEntry::user).containsExactly("jan");
    assertThat(queued()).hasSize(1);
    assertThat(verify())
        .extracting(ChainVerification::intact, ChainVerification::checked)
        .containsExactly(true, 1L);
  }

  @Test
  void readOnlyWorkMayNotAppendAnEntry() {
    assertThatThrownBy(
            () ->
                store.read(
                    s -> {
                      s.audit().append(entry("fatima"));
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(log()).isEmpty();
  }

  @Test
  void anEntryLongerThanTheLogKeepsIsRefusedAtOnce() {
    AuditEntry tooLong =
        new AuditEntry(
            0,
            NOW,
            "fatima",
            "counsellor",
            "steunpunt",
            Optional.empty(),
            "web",
            Action.SEARCH,
            "family",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Outcome.ALLOWED,
            Purpose.CARE,
            Optional.empty(),
            Optional.empty(),
            Optional.of("x".repeat(501)),
            Optional.empty());

    assertThatThrownBy(() -> append(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detail");
  }

  @Test
  void whenTheAuditLogCannotBeWrittenTheWorkIsUndoneAndTheCallerIsTold() throws Exception {
    execute("ALTER TABLE audit_entry ADD CONSTRAINT audit_blocked CHECK (sequence < 0)");
    Family family = StoreContract.family("F-2026-0001", "0363", NOW);

    assertThatThrownBy(
            () ->
                store.write(
                    s -> {
                      s.families().insert(family);
                      s.audit().append(entry("jan"));
                      s.audit().append(entry("jan"));
                      return null;
                    }))
        .isInstanceOf(AuditWriteFailed.class)
        .hasMessageContaining("audit");

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).isEmpty();
    assertThat(queued()).isEmpty();
    execute("ALTER TABLE audit_entry DROP CONSTRAINT audit_blocked");
    append(entry("pieter"));
    assertThat(log()).extracting(AuditEntry::user).containsExactly("pieter");
    assertThat(verify())
        .extracting(ChainVerification::intact, ChainVerification::checked)
        .containsExactly(true, 1L);
  }

  @Test
  void whenAnEntryCannotBeQueuedForTheSealerTheWorkAndTheEntryAreUndone() throws Exception {
    execute("ALTER TABLE audit_unsealed ADD CONSTRAINT queue_blocked CHECK (sequence < 0)");
    Family family = StoreContract.family("F-2026-0001", "0363", NOW);

    assertThatThrownBy(
            () ->
                store.write(
                    s -> {
                      s.families().insert(family);
                      s.audit().append(entry("jan"));
                      return null;
                    }))
        .isInstanceOf(AuditWriteFailed.class);

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).isEmpty();
    assertThat(log()).isEmpty();
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void anEntryWhoseWorkCommitsLateIsSealedInALaterRunAndTheChainStaysIntact() throws Exception {
    long late;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      JdbcSession slow = new JdbcSession(connection, false, new AuditSealer(dataSource));
      slow.audit().append(entry("slow"));
      slow.writeAudit();
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT MAX(sequence) FROM audit_entry")) {
        rs.next();
        late = rs.getLong(1);
      }
      append(entry("quick"));
      long quick = log().get(0).sequence();
      assertThat(quick).as("written after, committed before").isGreaterThan(late);

      assertThat(seal()).isEqualTo(1);
      assertThat(chain()).containsExactly(quick);

      connection.commit();
    }

    assertThat(seal()).isEqualTo(1);
    assertThat(chain()).hasSize(2).endsWith(late);
    assertThat(log()).extracting(AuditEntry::hash).allMatch(Optional::isPresent);
    assertThat(verify())
        .extracting(ChainVerification::intact, ChainVerification::checked)
        .containsExactly(true, 2L);
  }

  @Test
  void concurrentWritersAndSealersEndWithEveryEntrySealedOnceAtPositionsOneToN() throws Exception {
    int threads = 8;
    int units = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<?>> sealers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        sealers.add(
            pool.submit(
                () -> {
                  while (writing.get()) {
                    seal();
                  }
                  return null;
                }));
      }
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String user = "user" + t;
        writers.add(
            pool.submit(
                () -> {
                  for (int u = 0; u < units; u++) {
                    append(entry(user), entry(user));
                  }
                }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      for (Future<?> sealer : sealers) {
        sealer.get();
      }
    } finally {
      writing.set(false);
      pool.shutdown();
    }
    seal();

    int entries = threads * units * 2;
    assertThat(queued()).isEmpty();
    assertThat(longs("SELECT position FROM audit_seal ORDER BY position"))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, entries).boxed().toList());
    assertThat(chain())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            longs("SELECT sequence FROM audit_entry ORDER BY sequence"));
    assertThat(verify())
        .isEqualTo(new ChainVerification(true, entries, OptionalLong.empty(), Optional.empty()));
  }

  @Test
  void aLogLongerThanOneBatchIsSealedInBatchesAndVerifiedWhole() throws Exception {
    store.write(
        s -> {
          for (int i = 0; i < 2345; i++) {
            s.audit().append(entry("user" + i));
          }
          return null;
        });

    assertThat(seal()).isEqualTo(2345);
    assertThat(verify().checked()).isEqualTo(2345);
    assertThat(verify().intact()).isTrue();
    tamper("UPDATE audit_entry SET detail = 'changed' WHERE sequence = 2001");
    assertThat(verify().firstBroken()).hasValue(2001);
  }

  @Test
  void anEmptyLogIsIntact() {
    assertThat(verify().intact()).isTrue();
    assertThat(verify().checked()).isZero();
  }

  @Test
  void verificationFirstSealsWhatWasWrittenBefore() throws Exception {
    append(entry("fatima"), entry("jan"));

    assertThat(verify())
        .isEqualTo(new ChainVerification(true, 2, OptionalLong.empty(), Optional.empty()));
    assertThat(queued()).isEmpty();
    assertThat(log()).extracting(AuditEntry::hash).allMatch(Optional::isPresent);
  }

  void fiveSealedEntries() {
    for (int i = 1; i <= 5; i++) {
      append(entry("user" + i));
    }
    seal();
  }

  @Test
  void aTamperedEntryBreaksTheChainAtThatEntry() throws Exception {
    fiveSealedEntries();

    tamper("UPDATE audit_entry SET user_name = 'x' WHERE sequence = 3");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBroken()).hasValue(3);
    assertThat(verification.checked()).isEqualTo(3);
    assertThat(verification.problem()).contains("entry 3 does not match its hash");
  }

  @Test
  void aTamperedCopyOfAnEntrysSearchedFieldsInItsSealBreaksTheChainAtThatEntry() throws Exception {
    fiveSealedEntries();

    tamper("UPDATE audit_seal SET user_name = 'x' WHERE sequence = 3");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBroken()).hasValue(3);
    assertThat(verification.checked()).isEqualTo(3);
    assertThat(verification.problem())
        .contains("entry 3 does not match its seal's copy of its searched fields");

    tamper("UPDATE audit_seal SET member_id = '" + UUID.randomUUID() + "' WHERE sequence = 2");

    assertThat(verify().firstBroken()).hasValue(2);
  }

  @Test
  void theDatabaseRefusesToSealAnEntryTwice() throws Exception {
    fiveSealedEntries();

    assertThatThrownBy(
            () ->
                tamper(
                    "INSERT INTO audit_seal (position, sequence, prev_hash, hash, family_id,"
                        + " member_id, user_name) SELECT 6, sequence, prev_hash, hash, family_id,"
                        + " member_id, user_name FROM audit_seal WHERE sequence = 3"))
        .isInstanceOf(java.sql.SQLException.class);

    assertThat(verify().intact()).isTrue();
  }

  @Test
  void aDeletedSealedEntryBreaksTheChainAtThatEntry() throws Exception {
    fiveSealedEntries();

    tamper("DELETE FROM audit_entry WHERE sequence = 3");

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(3);
    assertThat(verification.problem()).contains("entry 3 was deleted");
  }

  @Test
  void aRemovedSealBreaksTheChainAtTheEntrySealedAfterIt() throws Exception {
    fiveSealedEntries();

    tamper("DELETE FROM audit_seal WHERE position = 3");

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(4);
    assertThat(verification.problem().orElseThrow()).contains("seals in between are missing");
  }

  @Test
  void anEntryWhoseSealWasRemovedAtTheEndIsOutsideTheChain() throws Exception {
    fiveSealedEntries();

    tamper("DELETE FROM audit_seal WHERE position = 5");

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(5);
    assertThat(verification.problem()).contains("entry 5 was never sealed");
  }

  @Test
  void anEntryWrittenPastTheQueueIsNeverSealedAndBreaksTheLog() throws Exception {
    fiveSealedEntries();

    execute(
        "INSERT INTO audit_entry (at, user_name, roles, organisation, channel, action,"
            + " object_type, outcome, purpose) VALUES (CURRENT_TIMESTAMP, 'x', 'counsellor',"
            + " 'steunpunt', 'sql', 'READ', 'family', 'ALLOWED', 'CARE')");
    long sneaked = longs("SELECT MAX(sequence) FROM audit_entry").get(0);

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(sneaked);
    assertThat(verification.checked()).isEqualTo(5);
    assertThat(verification.problem()).contains("entry " + sneaked + " was never sealed");
  }

  @Test
  void aQueuedEntryDeletedBeforeItWasSealedBreaksTheLog() throws Exception {
    fiveSealedEntries();
    append(entry("fatima"));
    long deleted = queued().get(0);

    tamper("DELETE FROM audit_entry WHERE sequence = " + deleted);

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(deleted);
    assertThat(verification.problem())
        .contains("entry " + deleted + " was deleted before it was sealed");
  }

  @Test
  void aSealBeyondTheHeadOfTheLogBreaksItAtThatEntry() throws Exception {
    fiveSealedEntries();

    tamper(
        "UPDATE audit_head SET last_position = 4,"
            + " last_hash = (SELECT hash FROM audit_seal WHERE position = 4)");

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(5);
    assertThat(verification.checked()).isEqualTo(4);
    assertThat(verification.problem()).contains("entry 5 is sealed beyond the head of the log");
  }

  @Test
  void aHeadThatNamesMoreThanWasSealedBreaksTheLog() throws Exception {
    fiveSealedEntries();

    tamper("UPDATE audit_head SET last_position = 6");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow())
        .contains("the seals after position 5 are missing");
  }

  @Test
  void theStoresSealerSealsWhatIsWrittenByItselfWithinMoments() throws Exception {
    JdbcStore running = openStore(50);
    try {
      running.write(
          s -> {
            s.audit().append(entry("fatima"));
            s.audit().append(entry("jan"));
            return null;
          });

      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!queued().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(queued()).isEmpty();
      assertThat(log()).extracting(AuditEntry::hash).allMatch(Optional::isPresent);
      assertThat(Thread.getAllStackTraces().keySet())
          .anySatisfy(
              thread -> {
                assertThat(thread.getName()).isEqualTo(ScheduledSealer.THREAD);
                assertThat(thread.isDaemon()).isTrue();
              });
    } finally {
      running.close();
    }
  }

  @Test
  void closingTheStoreSealsWhatIsLeft() throws Exception {
    JdbcStore running = openStore(Duration.ofHours(1).toMillis());
    try {
      running.write(
          s -> {
            s.audit().append(entry("fatima"));
            return null;
          });
      assertThat(queued()).as("not sealed before its first run, an hour from now").hasSize(1);
    } finally {
      running.close();
    }

    assertThat(queued()).isEmpty();
    assertThat(chain()).hasSize(1);
  }

  @Test
  void theLogIsSearchedNewestFirstWithEveryFilterCombined() {
    UUID family = UUID.randomUUID();
    UUID member = UUID.randomUUID();
    Instant t0 = NOW;
    Instant t1 = NOW.plus(1, ChronoUnit.HOURS);
    Instant t2 = NOW.plus(2, ChronoUnit.HOURS);
    append(
        entry("fatima", t0, Optional.of(family), Optional.empty()),
        entry("fatima", t1, Optional.of(family), Optional.of(member)),
        entry("jan", t1, Optional.of(family), Optional.of(member)),
        entry("fatima", t2, Optional.of(UUID.randomUUID()), Optional.empty()),
        entry("jan", t2, Optional.empty(), Optional.empty()));
    seal();

    assertThat(sequences(AuditSearch.ALL)).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(
            sequences(search(Optional.of(family), Optional.empty(), Optional.empty(), null, null)))
        .containsExactly(3L, 2L, 1L);
    assertThat(
            sequences(search(Optional.empty(), Optional.of(member), Optional.empty(), null, null)))
        .containsExactly(3L, 2L);
    assertThat(
            sequences(
                search(Optional.empty(), Optional.empty(), Optional.of("fatima"), null, null)))
        .containsExactly(4L, 2L, 1L);
    assertThat(sequences(search(Optional.empty(), Optional.empty(), Optional.empty(), t1, t2)))
        .as("from inclusive, to exclusive")
        .containsExactly(3L, 2L);
    assertThat(
            sequences(
                search(Optional.of(family), Optional.empty(), Optional.of("fatima"), t1, null)))
        .containsExactly(2L);

    Page<AuditEntry> page =
        store.read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(1, 2)));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(AuditEntry::sequence).containsExactly(4L, 3L);
    assertThat(page.items()).extracting(AuditEntry::hash).allMatch(Optional::isPresent);
    Page<AuditEntry> filtered =
        store.read(
            s ->
                s.audit()
                    .search(
                        search(Optional.empty(), Optional.empty(), Optional.of("jan"), null, null),
                        new PageRequest(0, 1)));
    assertThat(filtered.total()).isEqualTo(2);
    assertThat(filtered.items()).extracting(AuditEntry::sequence).containsExactly(5L);
  }

  @Test
  void theSearchFindsSealedEntriesAndThoseNotSealedYetTogetherNewestFirstAndPaged() {
    UUID family = UUID.randomUUID();
    UUID member = UUID.randomUUID();
    Instant t1 = NOW.plus(1, ChronoUnit.HOURS);
    append(
        entry("fatima", NOW, Optional.of(family), Optional.of(member)),
        entry("jan", NOW, Optional.of(family), Optional.empty()),
        entry("fatima", t1, Optional.of(UUID.randomUUID()), Optional.empty()));
    seal();
    append(
        entry("fatima", t1, Optional.of(family), Optional.of(member)),
        entry("jan", t1, Optional.of(family), Optional.empty()),
        entry("fatima", NOW, Optional.empty(), Optional.empty()));

    assertThat(
            sequences(search(Optional.of(family), Optional.empty(), Optional.empty(), null, null)))
        .containsExactly(5L, 4L, 2L, 1L);
    assertThat(
            sequences(search(Optional.empty(), Optional.of(member), Optional.empty(), null, null)))
        .containsExactly(4L, 1L);
    assertThat(
            sequences(
                search(Optional.empty(), Optional.empty(), Optional.of("fatima"), null, null)))
        .containsExactly(6L, 4L, 3L, 1L);
    assertThat(
            sequences(search(Optional.empty(), Optional.empty(), Optional.of("fatima"), t1, null)))
        .containsExactly(4L, 3L);
    assertThat(
            sequences(search(Optional.of(family), Optional.empty(), Optional.of("jan"), null, t1)))
        .containsExactly(2L);

    Page<AuditEntry> page =
        store.read(
            s ->
                s.audit()
                    .search(
                        search(
                            Optional.empty(), Optional.empty(), Optional.of("fatima"), null, null),
                        new PageRequest(1, 2)));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(AuditEntry::sequence).containsExactly(4L, 3L);
    assertThat(page.items()).extracting(e -> e.hash().isPresent()).containsExactly(false, true);
    Page<AuditEntry> first =
        store.read(
            s ->
                s.audit()
                    .search(
                        search(Optional.of(family), Optional.empty(), Optional.empty(), null, null),
                        new PageRequest(0, 3)));
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items()).extracting(AuditEntry::sequence).containsExactly(5L, 4L, 2L);
    assertThat(first.items())
        .extracting(e -> e.hash().isPresent())
        .containsExactly(false, false, true);
  }

  @Test
  void aSearchByMemberAloneFindsItsSealedAndUnsealedEntriesWithinItsFamilyOrNone() {
    Family family = StoreContract.family("F-2026-0001", "0363", NOW);
    Member sara = StoreContract.member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.families().insert(family);
          s.members().insert(sara);
          return null;
        });
    UUID member = sara.id();
    UUID other = UUID.randomUUID();
    append(
        entry("fatima", NOW, Optional.of(family.id()), Optional.of(member)),
        entry("jan", NOW, Optional.of(family.id()), Optional.empty()),
        entry("fatima", NOW, Optional.empty(), Optional.of(member)),
        entry("jan", NOW, Optional.of(other), Optional.of(UUID.randomUUID())));
    seal();
    append(
        entry("jan", NOW, Optional.of(family.id()), Optional.of(member)),
        entry("fatima", NOW, Optional.of(family.id()), Optional.empty()));

    AuditSearch byMember =
        search(Optional.empty(), Optional.of(member), Optional.empty(), null, null);
    assertThat(sequences(byMember)).containsExactly(5L, 3L, 1L);
    assertThat(store.read(s -> s.audit().search(byMember, new PageRequest(1, 1))).items())
        .extracting(AuditEntry::sequence)
        .containsExactly(3L);
    assertThat(store.read(s -> s.audit().search(byMember, PageRequest.FIRST)).total()).isEqualTo(3);
    assertThat(
            sequences(
                search(Optional.empty(), Optional.of(member), Optional.of("fatima"), null, null)))
        .containsExactly(3L, 1L);
  }

  private static AuditSearch search(
      Optional<UUID> family,
      Optional<UUID> member,
      Optional<String> user,
      Instant from,
      Instant to) {
    return new AuditSearch(
        family, member, user, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  private List<Long> sequences(AuditSearch search) {
    return store.read(s -> s.audit().search(search, PageRequest.FIRST)).items().stream()
        .map(AuditEntry::sequence)
        .toList();
  }

  @Test
  void concerningAMemberAreItsOwnEntriesAndThoseOnItsWholeFamilyOldestFirstSealedOrNot() {
    UUID family = UUID.randomUUID();
    UUID sara = UUID.randomUUID();
    UUID yusuf = UUID.randomUUID();
    append(
        entry("fatima", NOW, Optional.of(family), Optional.of(sara)),
        entry("fatima", NOW, Optional.of(family), Optional.empty()),
        entry("fatima", NOW, Optional.of(family), Optional.of(yusuf)),
        entry("fatima", NOW, Optional.of(UUID.randomUUID()), Optional.empty()));
    seal();
    append(entry("fatima", NOW, Optional.empty(), Optional.of(sara)));

    List<AuditEntry> concerning = store.read(s -> s.audit().concerning(sara, family));

    assertThat(concerning).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 5L);
    assertThat(concerning).extracting(e -> e.hash().isPresent()).containsExactly(true, true, false);
  }
}
