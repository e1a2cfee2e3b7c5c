package nl.steunpunt.core.internal.partner.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.FamilyEvent;
import nl.steunpunt.store.PartnerCursor;
import nl.steunpunt.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events one partner may see to its listener, one step at a time: take or renew the
 * lease, read a batch after the cursor, pass over what the access policy does not disclose to it
 * ({@link EventScope}), audit each disclosure and then call the listener, event by event in order,
 * and move the cursor after each success (at least once: a stop between the call and the move
 * delivers the event again). A failure is recorded on the cursor and the same event is tried again
 * after a back-off. Each step says how long to wait before the next; {@link DeliveryEngine} runs
 * the steps on the partner's own thread.
 */
public final class PartnerDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerDelivery.class);

  private final Store store;
  private final PartnerGrant grant;
  private final EventScope scope;
  private final TrajectoryListener listener;
  private final Channel.PartnerBundle channel;
  private final String node;
  private final Clock clock;
  private final DeliverySettings settings;
  private final Counts counts;
  private volatile boolean stopped;

  /** What the platform's metrics count of delivery (partner ids only). */
  interface Counts {
    Counts NONE =
        new Counts() {
          @Override
          public void delivered(String partnerId) {}

          @Override
          public void failed(String partnerId) {}
        };

    /** An event was delivered to the partner. */
    void delivered(String partnerId);

    /** A delivery to the partner failed. */
    void failed(String partnerId);
  }

  public PartnerDelivery(
      Store store,
      PartnerGrant grant,
      Channel.PartnerBundle channel,
      TrajectoryListener listener,
      String node,
      Clock clock,
      DeliverySettings settings) {
    this(store, grant, channel, listener, node, clock, settings, Counts.NONE);
  }

  public PartnerDelivery(
      Store store,
      PartnerGrant grant,
      Channel.PartnerBundle channel,
      TrajectoryListener listener,
      String node,
      Clock clock,
      DeliverySettings settings,
      Counts counts) {
    this.counts = counts;
    this.store = store;
    this.grant = grant;
    this.scope = EventScope.of(grant);
    this.listener = listener;
    this.channel = channel;
    this.node = node;
    this.clock = clock;
    this.settings = settings;
  }

  String partnerId() {
    return grant.partnerId();
  }

  /** One step of delivery; returns how long to wait before the next (zero: at once). */
  public Duration step() {
    Instant now = clock.instant();
    PartnerCursor cursor = leased(now);
    if (cursor == null) {
      return settings.poll();
    }
    if (cursor.nextAttempt().isPresent() && cursor.nextAttempt().get().isAfter(now)) {
      return Duration.between(now, cursor.nextAttempt().get());
    }
    Batch batch = read(cursor.lastSequence(), now);
    long position = cursor.lastSequence();
    for (FamilyEvent event : batch.visible()) {
      if (stopped) {
        return settings.poll();
      }
      // The move after a success also passes over the events out of scope before this one.
      try {
        disclose(event);
        listener.onEvent(partnerEvent(event));
      } catch (Exception | LinkageError failure) {
        counts.failed(grant.partnerId());
        return failed(position, event.sequence() - 1, failure);
      }
      counts.delivered(grant.partnerId());
      if (!advance(position, event.sequence())) {
        return settings.poll();
      }
      position = event.sequence();
    }
    if (batch.through() > position && !advance(position, batch.through())) {
      return settings.poll();
    }
    return batch.full() ? Duration.ZERO : settings.poll();
  }

  /** Audits the disclosure of the event, durably, before the listener gets it. */
  private void disclose(FamilyEvent event) {
    AuditEntry entry = EventDisclosure.entry(grant, channel, event, Timestamps.now(clock));
    store.write(
        s -> {
          s.audit().append(entry);
          return null;
        });
  }

  /** Ends the step under way after the event being delivered. */
  void stop() {
    stopped = true;
  }

  /** Lets another node take over at once; on stop. */
  void release() {
    store.write(
        s -> {
          s.partnerCursors().release(grant.partnerId(), node, clock.instant());
          return null;
        });
  }

  private PartnerCursor leased(Instant now) {
    return store.write(
        s -> {
          long start = grant.fromStart() ? 0 : s.events().lastSequence();
          PartnerCursor cursor = s.partnerCursors().findOrCreate(grant.partnerId(), start, now);
          boolean held =
              s.partnerCursors().lease(grant.partnerId(), node, now, now.plus(settings.lease()));
          return held ? cursor : null;
        });
  }

  /** The events to deliver and how far the batch reaches (passed-over events included). */
  private record Batch(List<FamilyEvent> visible, long through, boolean full) {}

  private Batch read(long after, Instant now) {
    return store.read(
        s -> {
          List<FamilyEvent> events = s.events().after(after, settings.batch());
          Map<UUID, Set<UUID>> referred = new HashMap<>();
          Map<UUID, Optional<Phase>> phases = new HashMap<>();
          EventScope.Facts facts =
              new EventScope.Facts() {
                @Override
                public Set<UUID> openReferrals(UUID family, String organisation) {
                  return referred.computeIfAbsent(
                      family, f -> s.referrals().openMembers(f, organisation));
                }

                @Override
                public Optional<Phase> currentPhase(UUID trajectory) {
                  return phases.computeIfAbsent(
                      trajectory, t -> s.trajectories().find(t).map(Trajectory::phase));
                }
              };
          List<FamilyEvent> visible = new java.util.ArrayList<>();
          long through = after;
          for (FamilyEvent event : events) {
            if (event.sequence() != through + 1 && recent(event, now)) {
              // A gap: a lower sequence may still commit. Wait for it, up to gapWait.
              return new Batch(visible, through, false);
            }
            if (scope.allows(event, facts)) {
              visible.add(event);
            }
            through = event.sequence();
          }
          return new Batch(visible, through, events.size() == settings.batch());
        });
  }

  private boolean recent(FamilyEvent event, Instant now) {
    return event.event().recordedAt().isAfter(now.minus(settings.gapWait()));
  }

  private boolean advance(long from, long to) {
    if (to <= from) {
      return true;
    }
    Instant now = clock.instant();
    // Renewed with every move, so a long batch does not outlast the lease.
    return store.write(
        s ->
            s.partnerCursors().lease(grant.partnerId(), node, now, now.plus(settings.lease()))
                && s.partnerCursors().advance(grant.partnerId(), node, from, to, now));
  }

  private Duration failed(long position, long before, Throwable failure) {
    advance(position, before);
    String error = ErrorText.of(failure);
    Instant now = clock.instant();
    int failures =
        store.write(
            s -> {
              PartnerCursor cursor = s.partnerCursors().find(grant.partnerId()).orElseThrow();
              Duration pause = settings.retryAfter(cursor.failures() + 1);
              s.partnerCursors().failed(grant.partnerId(), node, error, now.plus(pause), now);
              return cursor.failures() + 1;
            });
    Duration pause = settings.retryAfter(failures);
    LOG.warn(
        "Partner {}: event delivery failed ({} in a row), next try in {}: {}",
        grant.partnerId(),
        failures,
        pause,
        error);
    return pause;
  }

  static PartnerEvent partnerEvent(FamilyEvent e) {
    return new PartnerEvent(
        e.sequence(),
        e.event().trajectoryId(),
        e.familyId(),
        e.type(),
        e.event().memberId(),
        e.event().occurredAt(),
        e.event().recordedAt());
  }
}
