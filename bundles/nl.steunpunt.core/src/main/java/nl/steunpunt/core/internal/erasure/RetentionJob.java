package nl.steunpunt.core.internal.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.core.internal.access.Actors;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.ErasurePermit;
import nl.steunpunt.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage limitation: erases every family whose trajectory has been closed longer than the
 * retention period, each in a unit of work of its own through the access policy, as the platform's
 * own actor ({@code platform:retention}), audited like a request. Finding them reads ids only. The
 * period is checked again inside each unit of work, so a trajectory reopened meanwhile is kept; on
 * several nodes a family is erased once (the second finds it erased, or its record taken).
 */
@Component(immediate = true, configurationPid = "nl.steunpunt.retention")
@Designate(ocd = RetentionConfig.class)
public final class RetentionJob {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  static final int BATCH = 100;

  private final Store store;
  private final Cases cases;
  private final Actor actor;
  private final int closedYears;
  private final Clock clock;
  private final ScheduledExecutorService timer;

  @Activate
  public RetentionJob(
      @Reference Store store,
      @Reference Cases cases,
      @Reference Actors actors,
      RetentionConfig config) {
    this.store = store;
    this.cases = cases;
    this.actor = actors.platform(Actors.RETENTION);
    this.closedYears = Math.max(1, config.closedYears());
    this.clock = Clock.systemUTC();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "steunpunt-retention");
              thread.setDaemon(true);
              return thread;
            });
    long hours = Math.max(1, config.intervalHours());
    timer.scheduleWithFixedDelay(this::safely, 60, hours * 3600, TimeUnit.SECONDS);
  }

  /** For tests: no timer, run {@link #eraseDue} by hand. */
  public RetentionJob(Store store, Cases cases, Actors actors, int closedYears, Clock clock) {
    this.store = store;
    this.cases = cases;
    this.actor = actors.platform(Actors.RETENTION);
    this.closedYears = closedYears;
    this.clock = clock;
    this.timer = null;
  }

  @Deactivate
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void safely() {
    try {
      int erased = eraseDue();
      if (erased > 0) {
        LOG.info("{} families erased: retention period of {} years passed", erased, closedYears);
      }
    } catch (RuntimeException e) {
      LOG.warn("Retention failed: {}", e.getClass().getName());
    }
  }

  /** Erases the families past the retention period; returns how many. */
  public int eraseDue() {
    Instant end = clock.instant().atZone(NETHERLANDS).minusYears(closedYears).toInstant();
    int erased = 0;
    List<UUID> due = store.read(s -> s.erasures().closedBefore(end, BATCH));
    while (!due.isEmpty()) {
      int before = erased;
      for (UUID family : due) {
        try {
          if (erase(family, end)) {
            erased++;
          }
        } catch (RuntimeException e) {
          // The next run tries again; the family's id is no personal data.
          LOG.warn("Retention could not erase family {}: {}", family, e.getClass().getName());
        }
      }
      if (erased == before) {
        return erased;
      }
      due = store.read(s -> s.erasures().closedBefore(end, BATCH));
    }
    return erased;
  }

  private boolean erase(UUID familyId, Instant end) {
    return cases.run(
        actor,
        g -> {
          ErasurePermit permit = g.erasure(familyId);
          Optional<Family> family = permit.family();
          Optional<Instant> closed = permit.closedSince();
          if (family.isEmpty()
              || family.get().status() == FamilyStatus.ERASED
              || closed.isEmpty()
              || !closed.get().isBefore(end)) {
            return false;
          }
          String reason =
              "Trajectory closed on "
                  + closed.get().atZone(NETHERLANDS).toLocalDate()
                  + ", longer ago than the retention period of "
                  + closedYears
                  + " years.";
          Erasures.erase(g, permit, family.get(), ErasureGround.RETENTION, reason);
          return true;
        });
  }
}
