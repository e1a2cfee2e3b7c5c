package nl.steunpunt.store.jdbc.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sealer in the background on one daemon thread, a period after each run ends, so that an
 * entry is chained within moments of being written, whatever the load; and, when the chain has
 * anchors, anchors its head once per anchoring period. A failed run is logged (never with an
 * entry's content) and the next one tries again. Closing stops the thread, seals and anchors once
 * more, so that a node that stops leaves nothing it wrote unsealed or unanchored.
 */
final class ScheduledSealer implements AutoCloseable {

  /** The name of the sealer's thread. */
  static final String THREAD = "steunpunt-audit-sealer";

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledSealer.class);

  // While sealing keeps failing (a database outage), the warning is repeated once a minute.
  private static final long REPEAT_WARNING = TimeUnit.MINUTES.toNanos(1);

  private final AuditSealer sealer;
  private final ScheduledExecutorService executor;
  // Only the sealer's thread touches these, and close() after that thread has stopped.
  private boolean failing;
  private long lastWarning;
  private long nextAnchor;

  ScheduledSealer(AuditSealer sealer, Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("The audit seal period must be positive");
    }
    this.sealer = sealer;
    // The store anchored when it opened.
    this.nextAnchor =
        System.nanoTime() + sealer.anchors().map(a -> a.period().toNanos()).orElse(0L);
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            run -> {
              Thread thread = new Thread(run, THREAD);
              thread.setDaemon(true);
              return thread;
            });
    long millis = period.toMillis();
    executor.scheduleWithFixedDelay(this::sealQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void sealQuietly() {
    try {
      sealer.seal();
      sealer
          .anchors()
          .filter(anchors -> System.nanoTime() - nextAnchor >= 0)
          .ifPresent(
              anchors -> {
                sealer.anchor();
                nextAnchor = System.nanoTime() + anchors.period().toNanos();
              });
      if (failing) {
        LOG.info("The audit log is sealed again");
        failing = false;
      }
    } catch (RuntimeException e) {
      long now = System.nanoTime();
      if (!failing || now - lastWarning >= REPEAT_WARNING) {
        // The store's messages name the operation, never a value; the driver's may hold values.
        LOG.warn(
            "The audit log could not be sealed or anchored, will try again: {} ({})",
            e.getMessage(),
            e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName());
        lastWarning = now;
      }
      failing = true;
    }
  }

  /** Stops the thread, waiting for a run under way, and seals what is left; once. */
  @Override
  public void close() {
    if (executor.isShutdown()) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("The audit sealer did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    nextAnchor = System.nanoTime();
    sealQuietly();
  }
}
