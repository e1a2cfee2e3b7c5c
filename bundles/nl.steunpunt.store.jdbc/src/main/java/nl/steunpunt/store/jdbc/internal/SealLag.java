package nl.steunpunt.store.jdbc.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * How far the audit log's sealing is behind its writing, on all nodes together: the entries written
 * but not sealed yet (the sealer's queue) and the age of the oldest of them. Both are zero while
 * the sealer keeps up; they grow while it is stopped or failing. Read once per scrape.
 */
final class SealLag {

  static final String UNSEALED = "steunpunt.audit.unsealed";
  static final String LAG = "steunpunt.audit.seal.lag";

  private static final String QUERY =
      "SELECT COUNT(*), MIN(e.at) FROM audit_unsealed u"
          + " JOIN audit_entry e ON e.sequence = u.sequence";

  private final DataSource database;
  private final Clock clock;
  private volatile Reading reading = new Reading(0, 0);

  /** One reading: entries not sealed, and seconds since the oldest of them was written. */
  record Reading(long entries, double seconds) {}

  SealLag(DataSource database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The two gauges, registered in the registry; the caller removes them. */
  List<Meter> register(MeterRegistry registry) {
    return List.of(
        Gauge.builder(UNSEALED, this, lag -> lag.reading.entries())
            .baseUnit("entries")
            .description("Audit entries written but not yet sealed into the hash chain")
            .register(registry),
        Gauge.builder(LAG, this, lag -> lag.reading.seconds())
            .baseUnit("seconds")
            .description("Age of the oldest audit entry not yet sealed (0 when none)")
            .register(registry));
  }

  /** Reads the queue. */
  void refresh() {
    try (Connection connection = database.getConnection()) {
      try (PreparedStatement query = connection.prepareStatement(QUERY);
          ResultSet row = query.executeQuery()) {
        row.next();
        OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
        reading = of(row.getLong(1), oldest == null ? null : oldest.toInstant(), clock.instant());
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("read the audit seal lag", e);
    }
  }

  Reading reading() {
    return reading;
  }

  static Reading of(long entries, Instant oldest, Instant now) {
    if (entries <= 0 || oldest == null) {
      return new Reading(0, 0);
    }
    Duration age = Duration.between(oldest, now);
    return new Reading(entries, age.isNegative() ? 0 : age.toNanos() / 1e9);
  }
}
