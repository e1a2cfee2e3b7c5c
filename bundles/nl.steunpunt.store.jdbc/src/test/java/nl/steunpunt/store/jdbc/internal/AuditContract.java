package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import nl.steunpunt.store.jdbc.AuditWriteFailed;
import org.junit.jupiter.api.Test;

/**
 * The audit log: written with the work it records, chained, searched and verified. Run on H2 and on
 * PostgreSQL.
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
        "ignored");
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

  /** The whole log, oldest first. */
  List<AuditEntry> log() {
    List<AuditEntry> newestFirst =
        new ArrayList<>(
            store.read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 200))).items());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  ChainVerification verify() {
    return store.read(s -> s.audit().verify());
  }

  /**
   * Changes the stored log behind the store's back, as someone with access to the database could.
   */
  abstract void tamper(String sql) throws Exception;

  @Test
  void entriesAreWrittenWhenTheWorkCommitsWithContiguousSequencesAndChainedHashes() {
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

    assertThat(log).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(log).extracting(AuditEntry::user).containsExactly("fatima", "jan", "pieter");
    String previous = AuditChain.GENESIS;
    for (AuditEntry entry : log) {
      assertThat(entry.hash()).hasSize(64).isEqualTo(AuditChain.hash(previous, entry));
      previous = entry.hash();
    }
    assertThat(verify())
        .isEqualTo(
            new ChainVerification(
                true, 3, java.util.OptionalLong.empty(), java.util.Optional.empty()));
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
            "");
    append(full);

    AuditEntry stored = log().get(0);

    assertThat(stored.at()).isEqualTo(NOW.plusNanos(123_456_000));
    assertThat(stored).isEqualTo(AuditChain.chained(full, 1, AuditChain.GENESIS));
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void anEntryAppendedByWorkThatThrowsIsNeverWritten() {
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
    assertThat(log().get(0).sequence()).isEqualTo(1);
    assertThat(verify().intact()).isTrue();
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
            "");

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
                      return null;
                    }))
        .isInstanceOf(AuditWriteFailed.class)
        .hasMessageContaining("audit");

    assertThat(store.<Optional<Family>>read(s -> s.families().find(family.id()))).isEmpty();
    execute("ALTER TABLE audit_entry DROP CONSTRAINT audit_blocked");
    append(entry("pieter"));
    assertThat(log()).extracting(AuditEntry::user).containsExactly("pieter");
    assertThat(log()).extracting(AuditEntry::sequence).containsExactly(1L);
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void concurrentWritersChainTheirEntriesOneAfterTheOther() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String user = "user" + i;
        writes.add(pool.submit(() -> append(entry(user), entry(user))));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(log())
        .extracting(AuditEntry::sequence)
        .hasSize(80)
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(verify())
        .extracting(ChainVerification::intact, ChainVerification::checked)
        .containsExactly(true, 80L);
  }

  @Test
  void aLogLongerThanOneFetchIsVerifiedWhole() throws Exception {
    store.write(
        s -> {
          for (int i = 0; i < 2345; i++) {
            s.audit().append(entry("user" + i));
          }
          return null;
        });

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
  void aTamperedEntryBreaksTheChainAtThatEntry() throws Exception {
    for (int i = 1; i <= 5; i++) {
      append(entry("user" + i));
    }

    tamper("UPDATE audit_entry SET user_name = 'x' WHERE sequence = 3");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBroken()).hasValue(3);
    assertThat(verification.checked()).isEqualTo(3);
    assertThat(verification.problem()).contains("entry 3 does not match its hash");
  }

  @Test
  void aRemovedEntryBreaksTheChainAtTheEntryAfterIt() throws Exception {
    for (int i = 1; i <= 5; i++) {
      append(entry("user" + i));
    }

    tamper("DELETE FROM audit_entry WHERE sequence = 3");

    assertThat(verify().firstBroken()).hasValue(4);
  }

  @Test
  void aRemovedLastEntryIsMissedByTheHeadOfTheLog() throws Exception {
    for (int i = 1; i <= 5; i++) {
      append(entry("user" + i));
    }

    tamper("DELETE FROM audit_entry WHERE sequence = 5");

    ChainVerification verification = verify();
    assertThat(verification.firstBroken()).hasValue(5);
    assertThat(verification.problem().orElseThrow()).contains("entry 5 is missing");
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
  void concerningAMemberAreItsOwnEntriesAndThoseOnItsWholeFamilyOldestFirst() {
    UUID family = UUID.randomUUID();
    UUID sara = UUID.randomUUID();
    UUID yusuf = UUID.randomUUID();
    append(
        entry("fatima", NOW, Optional.of(family), Optional.of(sara)),
        entry("fatima", NOW, Optional.of(family), Optional.empty()),
        entry("fatima", NOW, Optional.of(family), Optional.of(yusuf)),
        entry("fatima", NOW, Optional.of(UUID.randomUUID()), Optional.empty()),
        entry("fatima", NOW, Optional.empty(), Optional.of(sara)));

    assertThat(store.<List<AuditEntry>>read(s -> s.audit().concerning(sara, family)))
        .extracting(AuditEntry::sequence)
        .containsExactly(1L, 2L, 5L);
  }
}
