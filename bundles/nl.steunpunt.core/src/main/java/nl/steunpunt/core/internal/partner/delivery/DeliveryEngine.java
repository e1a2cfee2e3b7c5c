package nl.steunpunt.core.internal.partner.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.partner.TrajectoryListener;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.store.PartnerCursor;
import nl.steunpunt.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery engine: one {@link PartnerDelivery} per partner with a listener, each stepping on a
 * thread of its own, so a slow or failing partner holds up only itself. Stopping a partner ends its
 * thread and gives up its lease; the cursor stays in the store, and delivery resumes from it when
 * the partner is started again, on this node or another.
 */
public final class DeliveryEngine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);

  private record Running(PartnerDelivery delivery, ScheduledExecutorService thread) {}

  private final Store store;
  private final String node;
  private final Clock clock;
  private final DeliverySettings settings;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final PartnerDelivery.Counts counts;

  public DeliveryEngine(Store store, String node, Clock clock, DeliverySettings settings) {
    this(store, node, clock, settings, PartnerDelivery.Counts.NONE);
  }

  DeliveryEngine(
      Store store,
      String node,
      Clock clock,
      DeliverySettings settings,
      PartnerDelivery.Counts counts) {
    this.counts = counts;
    this.store = store;
    this.node = node;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Starts delivering to a partner's listener; false when the partner already has one (a partner
   * has one listener).
   */
  public boolean start(
      PartnerGrant grant, Channel.PartnerBundle channel, TrajectoryListener listener) {
    PartnerDelivery delivery =
        new PartnerDelivery(store, grant, channel, listener, node, clock, settings, counts);
    ScheduledThreadPoolExecutor thread =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "steunpunt-partner-" + grant.partnerId());
              t.setDaemon(true);
              return t;
            });
    // Stopped without interrupting: an interrupt would reach the partner's code, and it closes
    // an H2 file channel under a running query. A waiting step is dropped, a running one ends
    // after its current event.
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    if (running.putIfAbsent(grant.partnerId(), new Running(delivery, thread)) != null) {
      thread.shutdownNow();
      return false;
    }
    thread.execute(() -> loop(delivery, thread));
    LOG.info("Partner {}: event delivery started", grant.partnerId());
    return true;
  }

  private void loop(PartnerDelivery delivery, ScheduledExecutorService thread) {
    Duration wait;
    try {
      wait = delivery.step();
    } catch (RuntimeException e) {
      // The store failed (or another node created the cursor at the same moment): try later.
      LOG.warn("Partner {}: event delivery step failed: {}", delivery.partnerId(), e.toString());
      wait = settings.poll();
    }
    if (!thread.isShutdown()) {
      try {
        thread.schedule(() -> loop(delivery, thread), wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        // Stopped meanwhile.
      }
    }
  }

  /** Stops delivering to a partner; its cursor stays where it is. */
  public void stop(String partnerId) {
    Running stopped = running.remove(partnerId);
    if (stopped == null) {
      return;
    }
    stopped.delivery().stop();
    stopped.thread().shutdown();
    try {
      if (!stopped.thread().awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Partner {}: listener still busy after 5 s; its lease runs out", partnerId);
        return;
      }
      stopped.delivery().release();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Partner {}: lease not released: {}", partnerId, e.toString());
    }
    LOG.info("Partner {}: event delivery stopped", partnerId);
  }

  /** Whether a partner's delivery runs on this node. */
  public boolean running(String partnerId) {
    return running.containsKey(partnerId);
  }

  /** Where delivery stands for every partner known to the store, running here or not. */
  public List<DeliveryStatus> status() {
    return store.read(
        s -> {
          long last = s.events().lastSequence();
          List<DeliveryStatus> status = new ArrayList<>();
          for (PartnerCursor c : s.partnerCursors().list()) {
            status.add(
                new DeliveryStatus(
                    c.partnerId(),
                    c.lastSequence(),
                    Math.max(0, last - c.lastSequence()),
                    c.failures(),
                    c.lastError(),
                    c.nextAttempt(),
                    c.leaseUntil()
                        .filter(u -> u.isAfter(clock.instant()))
                        .flatMap(u -> c.leaseOwner())));
          }
          return status;
        });
  }

  @Override
  public void close() {
    for (String partnerId : List.copyOf(running.keySet())) {
      stop(partnerId);
    }
  }
}
