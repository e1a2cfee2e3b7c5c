package nl.steunpunt.core.internal.partner.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.store.PartnerCursor;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.Work;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable delivery of events to partners on the real store: step by step on a movable clock, and
 * with the engine's threads where isolation between partners is the point.
 */
public class PartnerDeliveryTest {

  public static final Channel.PartnerBundle CHANNEL =
      new Channel.PartnerBundle("nl.example.listener", "1.0.0");

  public static final PartnerGrant AMSTERDAM =
      PartnerGrant.municipality("gm0363", Set.of("0363")).fromTheStart();
  public static final DeliverySettings SETTINGS = DeliverySettings.defaults();
  static final DeliverySettings FAST =
      new DeliverySettings(
          100,
          Duration.ofMillis(20),
          Duration.ofMillis(50),
          Duration.ofMillis(200),
          Duration.ofSeconds(30),
          Duration.ofSeconds(5));

  @TempDir Path folder;
  CoreServices services;
  Events events;

  /** Records what it is given; fails while {@code failures} is above zero. */
  public static final class Recording implements TrajectoryListener {
    final List<PartnerEvent> received = new CopyOnWriteArrayList<>();
    public final AtomicInteger failures = new AtomicInteger();

    @Override
    public void onEvent(PartnerEvent event) {
      received.add(event);
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("cannot handle " + event);
      }
    }

    public List<Long> sequences() {
      return received.stream().map(PartnerEvent::sequence).toList();
    }
  }

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    events = new Events(services);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  Events.Case stored(String municipality) {
    return events.stored(municipality);
  }

  long append(Events.Case c) {
    return events.append(c);
  }

  PartnerDelivery delivery(PartnerGrant grant, TrajectoryListener listener, String node) {
    return delivery(services.store, grant, listener, node);
  }

  PartnerDelivery delivery(
      Store store, PartnerGrant grant, TrajectoryListener listener, String node) {
    return new PartnerDelivery(store, grant, CHANNEL, listener, node, services.clock, SETTINGS);
  }

  PartnerCursor cursor(String partnerId) {
    return services
        .store
        .<Optional<PartnerCursor>>read(s -> s.partnerCursors().find(partnerId))
        .orElseThrow();
  }

  @Test
  void eventsInScopeArriveInOrderWithoutRecorderOrTextAndTheCursorPassesTheRest() {
    Events.Case amsterdam = stored("0363");
    Events.Case utrecht = stored("0344");
    long first = append(amsterdam);
    long second = append(amsterdam);
    long utrechts = append(utrecht);
    long third = append(amsterdam);
    long lastUtrechts = append(utrecht);
    Recording listener = new Recording();

    assertThat(delivery(AMSTERDAM, listener, "a").step()).isEqualTo(SETTINGS.poll());

    assertThat(listener.sequences()).containsExactly(first, second, third);
    assertThat(listener.sequences()).doesNotContain(utrechts);
    PartnerEvent event = listener.received.get(0);
    assertThat(event)
        .isEqualTo(
            new PartnerEvent(
                first,
                amsterdam.trajectory(),
                amsterdam.family(),
                "PHASE_CHANGE",
                Optional.of(amsterdam.member()),
                CoreServices.NOW,
                CoreServices.NOW));
    assertThat(cursor("gm0363").lastSequence()).isEqualTo(lastUtrechts);
  }

  @Test
  void everyDeliveredEventIsAuditedAsADisclosureAndShowsInTheMembersAccessReport() {
    Events.Case amsterdam = stored("0363");
    Events.Case utrecht = stored("0344");
    long first = append(amsterdam);
    append(utrecht);
    long second = append(amsterdam);
    Recording listener = new Recording();

    delivery(AMSTERDAM, listener, "a").step();

    List<AuditEntry> disclosed =
        services
            .audit
            .search(CoreServices.PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200))
            .items()
            .stream()
            .filter(e -> e.action() == Action.DISCLOSE)
            .toList();
    assertThat(disclosed)
        .extracting(e -> e.objectId().orElseThrow())
        .containsExactlyInAnyOrder(Long.toString(first), Long.toString(second));
    assertThat(disclosed)
        .allSatisfy(
            e -> {
              assertThat(e.user()).isEqualTo("partner:gm0363");
              assertThat(e.channel()).isEqualTo(CHANNEL.describe());
              assertThat(e.category()).contains(DataCategory.EVENTS);
              assertThat(e.familyId()).contains(amsterdam.family());
              assertThat(e.memberId()).contains(amsterdam.member());
              assertThat(e.purpose()).isEqualTo(Purpose.MUNICIPAL_SUPPORT);
            });
    AccessReport report =
        services.audit.accessReport(CoreServices.PRIVACY_OFFICER, amsterdam.member());
    assertThat(report.accesses())
        .filteredOn(a -> a.action() == Action.DISCLOSE)
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.category()).isEqualTo(DataCategory.EVENTS));
  }

  @Test
  void aGrantWithTheTimelineButWithoutTheCategoryEventsIsDisclosedNothing() {
    Events.Case amsterdam = stored("0363");
    append(amsterdam);
    Recording listener = new Recording();
    PartnerGrant withoutEvents =
        new PartnerGrant(
            "gm0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            Set.of("0363"),
            Optional.empty(),
            Set.of(DataCategory.IDENTITY),
            true,
            true);

    delivery(withoutEvents, listener, "a").step();

    assertThat(listener.sequences()).isEmpty();
  }

  @Test
  void aNewPartnerStartsAtTheEndOfTheLog() {
    Events.Case c = stored("0363");
    append(c);
    append(c);
    Recording listener = new Recording();
    PartnerDelivery delivery =
        delivery(PartnerGrant.municipality("gm0363", Set.of("0363")), listener, "a");

    delivery.step();
    assertThat(listener.received).isEmpty();

    long later = append(c);
    delivery.step();
    assertThat(listener.sequences()).containsExactly(later);
  }

  @Test
  void aFailingListenerGetsTheSameEventAgainAfterAGrowingPause() {
    Events.Case c = stored("0363");
    long first = append(c);
    long second = append(c);
    Recording listener = new Recording();
    listener.failures.set(2);
    PartnerDelivery delivery = delivery(AMSTERDAM, listener, "a");

    assertThat(delivery.step()).isEqualTo(Duration.ofSeconds(1));
    PartnerCursor failing = cursor("gm0363");
    assertThat(failing.failures()).isEqualTo(1);
    assertThat(failing.lastSequence()).isLessThan(first);
    assertThat(failing.nextAttempt()).contains(CoreServices.NOW.plusSeconds(1));

    // Not before the pause is over.
    services.clock.advance(Duration.ofMillis(500));
    assertThat(delivery.step()).isEqualTo(Duration.ofMillis(500));
    assertThat(listener.received).hasSize(1);

    services.clock.advance(Duration.ofMillis(500));
    assertThat(delivery.step()).isEqualTo(Duration.ofSeconds(2));
    assertThat(cursor("gm0363").failures()).isEqualTo(2);

    services.clock.advance(Duration.ofSeconds(2));
    delivery.step();
    assertThat(listener.sequences()).containsExactly(first, first, first, second);
    PartnerCursor recovered = cursor("gm0363");
    assertThat(recovered.lastSequence()).isEqualTo(second);
    assertThat(recovered.failures()).isZero();
    assertThat(recovered.lastError()).isEmpty();
  }

  @Test
  void theLastErrorNamesTheFailureButNoEventData() {
    Events.Case c = stored("0363");
    append(c);
    Recording listener = new Recording();
    listener.failures.set(1);

    delivery(AMSTERDAM, listener, "a").step();

    String error = cursor("gm0363").lastError().orElseThrow();
    assertThat(error).startsWith("java.lang.IllegalStateException: cannot handle PartnerEvent[");
    assertThat(error)
        .doesNotContain(c.family().toString())
        .doesNotContain(c.trajectory().toString())
        .doesNotContain(c.member().toString())
        .doesNotContain("2026-11-28")
        .doesNotContain("free text");
  }

  /** A store whose writes fail once {@code crash} is set: the node dies mid-step. */
  record CrashingStore(Store store, AtomicBoolean crash) implements Store {
    @Override
    public <T> T write(Work<T> work) {
      if (crash.get()) {
        throw new IllegalStateException("node gone");
      }
      return store.write(work);
    }

    @Override
    public <T> T read(Work<T> work) {
      return store.read(work);
    }

    @Override
    public String describe() {
      return store.describe();
    }
  }

  @Test
  void anEventHandledJustBeforeACrashIsDeliveredAgain() {
    Events.Case c = stored("0363");
    long first = append(c);
    long second = append(c);
    AtomicBoolean crash = new AtomicBoolean();
    Recording before = new Recording();
    TrajectoryListener crashing =
        event -> {
          before.onEvent(event);
          crash.set(true);
        };
    PartnerDelivery dying =
        delivery(new CrashingStore(services.store, crash), AMSTERDAM, crashing, "a");

    assertThatThrownBy(dying::step).hasMessage("node gone");
    assertThat(before.sequences()).containsExactly(first);

    // Restarted after its lease ran out: the same event again, then the next.
    services.clock.advance(SETTINGS.lease().plusSeconds(1));
    Recording after = new Recording();
    delivery(AMSTERDAM, after, "a-restarted").step();
    assertThat(after.sequences()).containsExactly(first, second);
  }

  @Test
  void ofTwoNodesOnlyTheLeaseHolderDeliversUntilItsLeaseRunsOut() {
    Events.Case c = stored("0363");
    long first = append(c);
    Recording onA = new Recording();
    Recording onB = new Recording();
    PartnerDelivery a = delivery(AMSTERDAM, onA, "node-a");
    PartnerDelivery b = delivery(AMSTERDAM, onB, "node-b");

    a.step();
    b.step();
    long second = append(c);
    b.step();
    a.step();
    assertThat(onA.sequences()).containsExactly(first, second);
    assertThat(onB.received).isEmpty();

    // Node a stops stepping (paused, cut off): b takes over after the lease, from the cursor.
    long third = append(c);
    services.clock.advance(SETTINGS.lease().plusSeconds(1));
    b.step();
    a.step();
    assertThat(onB.sequences()).containsExactly(third);
    assertThat(onA.sequences()).containsExactly(first, second);
  }

  @Test
  void aTherapyPartnerGetsOnlyTheEventsOfMembersReferredToIt() {
    Events.Case c = stored("0363");
    services.store.write(
        s -> {
          s.referrals()
              .insert(
                  new Referral(
                      UUID.randomUUID(),
                      c.trajectory(),
                      c.member(),
                      "therapy-noord",
                      Optional.of(
                          new Consent(
                              ConsentBy.MEMBER,
                              List.of(),
                              LocalDate.of(2026, 11, 27),
                              ConsentForm.WRITTEN)),
                      CoreServices.NOW,
                      Optional.empty()));
          return null;
        });
    Events.Case unreferred = stored("0363");
    append(unreferred);
    long referred = append(c);
    Recording listener = new Recording();

    delivery(PartnerGrant.therapy("tn", "therapy-noord").fromTheStart(), listener, "a").step();

    assertThat(listener.sequences()).containsExactly(referred);
  }

  @Test
  void aFailingPartnerHoldsUpNoOtherAndAStoppedOneCatchesUpFromItsCursor() throws Exception {
    Events.Case c = stored("0363");
    try (DeliveryEngine engine =
        new DeliveryEngine(services.store, "node-a", Clock.systemUTC(), FAST)) {
      TrajectoryListener broken =
          event -> {
            throw new java.io.IOException("down");
          };
      Recording healthy = new Recording();
      engine.start(
          PartnerGrant.municipality("broken", Set.of("0363")).fromTheStart(), CHANNEL, broken);
      engine.start(AMSTERDAM, CHANNEL, healthy);
      long first = append(c);
      long second = append(c);
      await(() -> healthy.received.size() == 2);
      assertThat(healthy.sequences()).containsExactly(first, second);
      await(() -> status(engine, "broken").failures() >= 2);
      DeliveryStatus brokenStatus = status(engine, "broken");
      assertThat(brokenStatus.backlog()).isEqualTo(2);
      assertThat(brokenStatus.lastError()).contains("java.io.IOException: down");
      assertThat(brokenStatus.nextAttempt()).isPresent();

      // Stopped (bundle updated), meanwhile events, started again: it catches up from its cursor.
      engine.stop("gm0363");
      assertThat(engine.running("gm0363")).isFalse();
      long third = append(c);
      long fourth = append(c);
      Recording updated = new Recording();
      engine.start(AMSTERDAM, CHANNEL, updated);
      await(() -> updated.received.size() == 2);
      assertThat(updated.sequences()).containsExactly(third, fourth);
      // The cursor moves just after the listener returns: wait for it, not for the listener.
      await(() -> status(engine, "gm0363").backlog() == 0);
      assertThat(status(engine, "gm0363").leaseOwner()).contains("node-a");
    }
  }

  static DeliveryStatus status(DeliveryEngine engine, String partnerId) {
    return engine.status().stream()
        .filter(s -> s.partnerId().equals(partnerId))
        .findFirst()
        .orElseThrow();
  }

  static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 10 s");
      }
      Thread.sleep(10);
    }
  }
}
