package nl.steunpunt.core.internal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import nl.steunpunt.api.platform.Readiness;

/**
 * The framework's readiness, worked out when something changed rather than at every {@code
 * /health}: walking every bundle and every component's state costs milliseconds, and a load
 * balancer asks several times a second per node. Bundle and service events mark it stale; so does
 * its age, for the changes no event announces (a component whose activation failed).
 */
final class ReadinessCache {

  private final Supplier<Readiness> compute;
  private final Clock clock;
  private final Duration maxAge;
  private volatile boolean stale = true;
  private volatile Readiness readiness;
  private volatile Instant at = Instant.MIN;

  ReadinessCache(Supplier<Readiness> compute, Clock clock, Duration maxAge) {
    this.compute = compute;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** Something changed in the framework: the next reading works it out again. */
  void invalidate() {
    stale = true;
  }

  Readiness get() {
    Instant now = clock.instant();
    if (!stale && now.isBefore(at.plus(maxAge))) {
      return readiness;
    }
    synchronized (this) {
      if (stale || !now.isBefore(at.plus(maxAge))) {
        // Cleared before the walk: a change during it marks the result stale again.
        stale = false;
        readiness = compute.get();
        at = now;
      }
      return readiness;
    }
  }
}
