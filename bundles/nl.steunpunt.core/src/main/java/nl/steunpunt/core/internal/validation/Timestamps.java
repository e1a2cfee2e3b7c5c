package nl.steunpunt.core.internal.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as the databases keep them: to the microsecond. A service returns what it stored, so
 * what a caller gets back from a write is exactly what a later read gives.
 */
public final class Timestamps {

  private Timestamps() {}

  /** The current time, to the microsecond. */
  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** A given time, to the microsecond. */
  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
