package nl.steunpunt.core.internal.partner.delivery;

import java.time.Duration;

/**
 * How event delivery runs: events read per batch, how often to look for new ones, the back-off
 * after failures (doubling from {@code firstRetry} up to {@code maxRetry}), how long a node's lease
 * on a partner lasts, and how long to wait for a gap in the sequence to fill (a transaction that
 * took a lower sequence may commit after one with a higher).
 */
public record DeliverySettings(
    int batch,
    Duration poll,
    Duration firstRetry,
    Duration maxRetry,
    Duration lease,
    Duration gapWait) {

  public static DeliverySettings defaults() {
    return new DeliverySettings(
        100,
        Duration.ofMillis(200),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5));
  }

  /** The pause after the given number of failures in a row (at least one). */
  Duration retryAfter(int failures) {
    int doublings = Math.min(Math.max(failures, 1) - 1, 30);
    Duration pause = firstRetry.multipliedBy(1L << doublings);
    return pause.compareTo(maxRetry) > 0 || pause.isNegative() ? maxRetry : pause;
  }
}
