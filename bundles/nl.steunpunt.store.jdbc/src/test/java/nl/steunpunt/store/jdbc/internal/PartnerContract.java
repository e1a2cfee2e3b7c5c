package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.store.FamilyEvent;
import nl.steunpunt.store.PartnerCursor;
import org.junit.jupiter.api.Test;

/**
 * Partner delivery cursors, the event log read for delivery, and the partners' own records, as the
 * store keeps them. Run on H2 and on PostgreSQL.
 */
abstract class PartnerContract extends OnDatabase {

  static final Instant AT = NOW.plusNanos(123_456_000);
  static final Instant LATER = AT.plusSeconds(30);

  private int families;

  /** A stored family with its trajectory and one member. */
  record Case(UUID family, UUID trajectory, UUID member) {}

  Case stored(String municipality) {
    families++;
    var family = StoreContract.family(String.format("F-2026-%04d", families), municipality, NOW);
    var trajectory = StoreContract.trajectory(family.id(), Phase.SUPPORT);
    var member = StoreContract.member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          s.members().insert(member);
          return null;
        });
    return new Case(family.id(), trajectory.id(), member.id());
  }

  long append(Case c, EventDetail detail) {
    return store.write(
        s ->
            s.events()
                .append(
                    new Event(
                        0,
                        c.trajectory(),
                        Optional.of(c.member()),
                        AT,
                        AT,
                        "fatima",
                        OptionalLong.empty(),
                        detail))
                .sequence());
  }

  @Test
  void eventsAfterASequenceComeInOrderWithTheirFamilyAndMunicipality() {
    Case amsterdam = stored("0363");
    Case utrecht = stored("0344");
    assertThat(store.<Long>read(s -> s.events().lastSequence())).isZero();
    long first = append(amsterdam, new EventDetail.Departure());
    long second =
        append(
            utrecht, new EventDetail.PhaseChange(Phase.CONTACT, Phase.SUPPORT, Optional.of("x")));
    long third = append(amsterdam, new EventDetail.DeathAbroad());

    List<FamilyEvent> all = store.read(s -> s.events().after(0, 100));
    assertThat(all).extracting(FamilyEvent::sequence).containsExactly(first, second, third);
    assertThat(all)
        .extracting(FamilyEvent::type)
        .containsExactly("DEPARTURE", "PHASE_CHANGE", "DEATH_ABROAD");
    assertThat(all)
        .extracting(FamilyEvent::familyId)
        .containsExactly(amsterdam.family(), utrecht.family(), amsterdam.family());
    assertThat(all).extracting(FamilyEvent::municipality).containsExactly("0363", "0344", "0363");
    assertThat(all.get(0).event().memberId()).contains(amsterdam.member());

    assertThat(store.<List<FamilyEvent>>read(s -> s.events().after(first, 1)))
        .extracting(FamilyEvent::sequence)
        .containsExactly(second);
    assertThat(store.<List<FamilyEvent>>read(s -> s.events().after(third, 100))).isEmpty();
    assertThat(store.<Long>read(s -> s.events().lastSequence())).isEqualTo(third);
  }

  @Test
  void aCursorIsCreatedOnceAtItsStartAndThenFound() {
    PartnerCursor created = store.write(s -> s.partnerCursors().findOrCreate("gm0363", 41, AT));
    assertThat(created)
        .isEqualTo(
            new PartnerCursor(
                "gm0363",
                41,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AT));
    // A second creation, with another start, finds the first.
    assertThat(store.<PartnerCursor>write(s -> s.partnerCursors().findOrCreate("gm0363", 7, LATER)))
        .isEqualTo(created);
    assertThat(store.<Optional<PartnerCursor>>read(s -> s.partnerCursors().find("police")))
        .isEmpty();
    store.write(s -> s.partnerCursors().findOrCreate("abel", 0, AT));
    assertThat(store.<List<PartnerCursor>>read(s -> s.partnerCursors().list()))
        .extracting(PartnerCursor::partnerId)
        .containsExactly("abel", "gm0363");
  }

  @Test
  void onlyOneNodeHoldsALeaseUntilItRunsOutOrIsReleased() {
    store.write(s -> s.partnerCursors().findOrCreate("gm0363", 0, AT));
    Instant until = AT.plusSeconds(10);
    assertThat(lease("node-a", AT, until)).isTrue();
    assertThat(lease("node-b", AT.plusSeconds(1), AT.plusSeconds(11))).isFalse();
    // The holder renews.
    assertThat(lease("node-a", AT.plusSeconds(5), AT.plusSeconds(15))).isTrue();
    assertThat(lease("node-b", AT.plusSeconds(14), AT.plusSeconds(24))).isFalse();
    // Run out: another node takes over, and the first no longer holds it.
    assertThat(lease("node-b", AT.plusSeconds(16), AT.plusSeconds(26))).isTrue();
    assertThat(lease("node-a", AT.plusSeconds(17), AT.plusSeconds(27))).isFalse();
    store.write(
        s -> {
          s.partnerCursors().release("gm0363", "node-a", AT.plusSeconds(18));
          return null;
        });
    assertThat(lease("node-a", AT.plusSeconds(18), AT.plusSeconds(28))).isFalse();
    store.write(
        s -> {
          s.partnerCursors().release("gm0363", "node-b", AT.plusSeconds(18));
          return null;
        });
    assertThat(lease("node-a", AT.plusSeconds(18), AT.plusSeconds(28))).isTrue();
    // No lease on a partner without a cursor.
    assertThat(store.<Boolean>write(s -> s.partnerCursors().lease("police", "node-a", AT, until)))
        .isFalse();
  }

  private boolean lease(String owner, Instant now, Instant until) {
    return store.write(s -> s.partnerCursors().lease("gm0363", owner, now, until));
  }

  @Test
  void aCursorOnlyMovesForwardFromWhereItIsAndOnlyForTheLeaseHolder() {
    store.write(s -> s.partnerCursors().findOrCreate("gm0363", 10, AT));
    assertThat(lease("node-a", AT, AT.plusSeconds(30))).isTrue();

    assertThat(advance("node-b", 10, 12)).as("not the holder").isFalse();
    assertThat(advance("node-a", 11, 12)).as("not where it is").isFalse();
    assertThat(advance("node-a", 10, 9)).as("backwards").isFalse();
    assertThat(advance("node-a", 10, 10)).as("standing still").isFalse();
    assertThat(cursor().lastSequence()).isEqualTo(10);

    assertThat(advance("node-a", 10, 12)).isTrue();
    assertThat(cursor().lastSequence()).isEqualTo(12);
    assertThat(cursor().updatedAt()).isEqualTo(LATER);
  }

  private boolean advance(String owner, long from, long to) {
    return store.write(s -> s.partnerCursors().advance("gm0363", owner, from, to, LATER));
  }

  private PartnerCursor cursor() {
    return store
        .<Optional<PartnerCursor>>read(s -> s.partnerCursors().find("gm0363"))
        .orElseThrow();
  }

  @Test
  void failuresAreCountedWithTheLastErrorUntilTheCursorMovesOn() {
    store.write(s -> s.partnerCursors().findOrCreate("gm0363", 3, AT));
    lease("node-a", AT, AT.plusSeconds(60));
    Instant retry = AT.plusSeconds(1);
    assertThat(
            store.<Boolean>write(
                s -> s.partnerCursors().failed("gm0363", "node-a", "IOException: down", retry, AT)))
        .isTrue();
    String longError = "x".repeat(800);
    store.write(
        s -> s.partnerCursors().failed("gm0363", "node-a", longError, AT.plusSeconds(2), AT));
    assertThat(
            store.<Boolean>write(
                s -> s.partnerCursors().failed("gm0363", "node-b", "other", retry, AT)))
        .as("not the holder")
        .isFalse();

    PartnerCursor failing = cursor();
    assertThat(failing.failures()).isEqualTo(2);
    assertThat(failing.lastError()).contains("x".repeat(500));
    assertThat(failing.nextAttempt()).contains(AT.plusSeconds(2));
    assertThat(failing.lastSequence()).isEqualTo(3);

    assertThat(advance("node-a", 3, 4)).isTrue();
    PartnerCursor recovered = cursor();
    assertThat(recovered.failures()).isZero();
    assertThat(recovered.lastError()).isEmpty();
    assertThat(recovered.nextAttempt()).isEmpty();
  }

  @Test
  void theOperatorMovesACursorEitherWayUnderALeaseWhichThenMovesNothing() {
    store.write(s -> s.partnerCursors().findOrCreate("gm0363", 20, AT));
    lease("node-a", AT, AT.plusSeconds(60));
    store.write(s -> s.partnerCursors().failed("gm0363", "node-a", "down", LATER, AT));

    assertThat(store.<Boolean>write(s -> s.partnerCursors().moveTo("gm0363", 5, LATER))).isTrue();

    PartnerCursor moved = cursor();
    assertThat(moved.lastSequence()).isEqualTo(5);
    assertThat(moved.failures()).isZero();
    assertThat(moved.lastError()).isEmpty();
    assertThat(moved.nextAttempt()).isEmpty();
    assertThat(moved.leaseOwner()).as("the lease stays").contains("node-a");
    assertThat(advance("node-a", 20, 21)).as("the deliverer's old position").isFalse();
    assertThat(cursor().lastSequence()).isEqualTo(5);
    assertThat(store.<Boolean>write(s -> s.partnerCursors().moveTo("gm0363", 30, LATER))).isTrue();
    assertThat(cursor().lastSequence()).isEqualTo(30);
    assertThat(store.<Boolean>write(s -> s.partnerCursors().moveTo("nobody", 1, LATER)))
        .as("no cursor")
        .isFalse();
  }

  static PartnerRecord record(String partner, RecordSubject subject, String json) {
    return new PartnerRecord(UUID.randomUUID(), partner, subject, json, AT, AT, 1);
  }

  @Test
  void aPartnersRecordsAreReadBackOnlyByThatPartner() {
    Case c = stored("0363");
    RecordSubject member = new RecordSubject(RecordSubject.Kind.MEMBER, c.member());
    RecordSubject family = new RecordSubject(RecordSubject.Kind.FAMILY, c.family());
    String large = "{\"note\":\"" + "é".repeat(30_000) + "\"}";
    PartnerRecord first = record("gm0363", member, "{\"plan\":1}");
    PartnerRecord second =
        new PartnerRecord(UUID.randomUUID(), "gm0363", member, large, LATER, LATER, 1);
    PartnerRecord otherSubject = record("gm0363", family, "{}");
    PartnerRecord otherPartner = record("therapy-noord", member, "{\"x\":true}");
    store.write(
        s -> {
          for (PartnerRecord r : List.of(second, first, otherSubject, otherPartner)) {
            s.partnerRecords().insert(r, c.family());
          }
          return null;
        });

    assertThat(
            store.<Optional<PartnerRecord>>read(s -> s.partnerRecords().find("gm0363", first.id())))
        .contains(first);
    assertThat(
            store.<Optional<PartnerRecord>>read(
                s -> s.partnerRecords().find("therapy-noord", first.id())))
        .isEmpty();
    assertThat(store.<List<PartnerRecord>>read(s -> s.partnerRecords().ofSubject("gm0363", member)))
        .containsExactly(first, second);
    assertThat(
            store.<List<PartnerRecord>>read(
                s -> s.partnerRecords().ofSubject("therapy-noord", member)))
        .containsExactly(otherPartner);
  }

  @Test
  void aRecordChangesOnlyAtTheExpectedVersionAndOnlyForItsPartner() {
    Case c = stored("0363");
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.TRAJECTORY, c.trajectory());
    PartnerRecord r = record("gm0363", subject, "{\"step\":1}");
    store.write(
        s -> {
          s.partnerRecords().insert(r, c.family());
          return null;
        });
    PartnerRecord next =
        new PartnerRecord(r.id(), "gm0363", subject, "{\"step\":2}", r.createdAt(), LATER, 2);
    PartnerRecord stolen =
        new PartnerRecord(r.id(), "police", subject, "{\"step\":9}", r.createdAt(), LATER, 2);

    assertThat(store.<Boolean>write(s -> s.partnerRecords().update(next, 2))).isFalse();
    assertThat(store.<Boolean>write(s -> s.partnerRecords().update(stolen, 1))).isFalse();
    assertThat(store.<Boolean>write(s -> s.partnerRecords().update(next, 1))).isTrue();
    assertThat(store.<Optional<PartnerRecord>>read(s -> s.partnerRecords().find("gm0363", r.id())))
        .contains(next);

    assertThat(store.<Boolean>write(s -> s.partnerRecords().delete("gm0363", r.id(), 1))).isFalse();
    assertThat(store.<Boolean>write(s -> s.partnerRecords().delete("police", r.id(), 2))).isFalse();
    assertThat(store.<Boolean>write(s -> s.partnerRecords().delete("gm0363", r.id(), 2))).isTrue();
    assertThat(store.<Optional<PartnerRecord>>read(s -> s.partnerRecords().find("gm0363", r.id())))
        .isEmpty();
  }

  @Test
  void erasingAFamilyRemovesEveryPartnersRecordsAboutItAndNoOthers() {
    Case erased = stored("0363");
    Case kept = stored("0363");
    PartnerRecord a =
        record("gm0363", new RecordSubject(RecordSubject.Kind.FAMILY, erased.family()), "{}");
    PartnerRecord b =
        record(
            "therapy-noord", new RecordSubject(RecordSubject.Kind.REPORT, UUID.randomUUID()), "{}");
    PartnerRecord c =
        record("gm0363", new RecordSubject(RecordSubject.Kind.FAMILY, kept.family()), "{}");
    store.write(
        s -> {
          s.partnerRecords().insert(a, erased.family());
          s.partnerRecords().insert(b, erased.family());
          s.partnerRecords().insert(c, kept.family());
          return null;
        });

    assertThat(store.<Integer>write(s -> s.partnerRecords().deleteOfFamily(erased.family())))
        .isEqualTo(2);
    assertThat(store.<Optional<PartnerRecord>>read(s -> s.partnerRecords().find("gm0363", a.id())))
        .isEmpty();
    assertThat(store.<Optional<PartnerRecord>>read(s -> s.partnerRecords().find("gm0363", c.id())))
        .contains(c);
  }

  @Test
  void aRecordMustBeAboutAStoredFamily() {
    PartnerRecord r =
        record("gm0363", new RecordSubject(RecordSubject.Kind.FAMILY, UUID.randomUUID()), "{}");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                store.write(
                    s -> {
                      s.partnerRecords().insert(r, r.subject().id());
                      return null;
                    }))
        .isInstanceOf(StoreException.class);
  }
}
