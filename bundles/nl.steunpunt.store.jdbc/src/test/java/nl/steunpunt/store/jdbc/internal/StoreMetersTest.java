package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's meters: the pool and the audit log's seal lag, in the Prometheus text. */
class StoreMetersTest {

  @TempDir Path folder;

  @Test
  void theSealLagIsZeroWithoutUnsealedEntriesAndTheAgeOfTheOldestOtherwise() {
    Instant now = Instant.parse("2026-12-06T10:00:10Z");

    assertThat(SealLag.of(0, null, now)).isEqualTo(new SealLag.Reading(0, 0));
    assertThat(SealLag.of(3, Instant.parse("2026-12-06T10:00:07.5Z"), now))
        .isEqualTo(new SealLag.Reading(3, 2.5));
    // Another node's clock a little ahead: never a negative lag.
    assertThat(SealLag.of(1, now.plusSeconds(1), now)).isEqualTo(new SealLag.Reading(1, 0));
  }

  @Test
  void anInstrumentedStoreReportsItsPoolAndSealLagAndRemovesTheLagWhenClosed() throws Exception {
    PrometheusMeters meters = new PrometheusMeters();
    // A sealer that does not run within the test: what is written stays unsealed.
    JdbcStore store = open(3_600_000);
    try {
      AutoCloseable instruments = store.instrument(meters);
      store.write(
          s -> {
            s.audit().append(entry());
            s.audit().append(entry());
            return null;
          });

      String text = meters.scrape();

      assertThat(text)
          .contains("hikaricp_connections_active{pool=\"steunpunt\"}")
          .contains("hikaricp_connections_pending{pool=\"steunpunt\"}")
          .contains("steunpunt_audit_unsealed_entries 2.0")
          .contains("steunpunt_audit_seal_lag_seconds ")
          .contains("jvm_memory_used_bytes");
      instruments.close();
      assertThat(meters.scrape()).doesNotContain("steunpunt_audit_unsealed_entries");
    } finally {
      store.close();
      meters.deactivate();
    }
  }

  @Test
  void aRefreshThatFailsLeavesTheScrapeStanding() throws Exception {
    PrometheusMeters meters = new PrometheusMeters();
    AutoCloseable failing =
        meters.beforeScrape(
            () -> {
              throw new IllegalStateException("family 123 could not be read");
            });

    assertThat(meters.scrape()).contains("jvm_threads_live_threads");
    failing.close();
    meters.deactivate();
  }

  private JdbcStore open(long sealMillis) throws Exception {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()),
        "jdbc:h2:file:" + folder.resolve("steunpunt").toAbsolutePath(),
        "steunpunt",
        "",
        new JdbcStore.Options(2, "", "", sealMillis, true, true, Optional.empty()));
  }

  private static AuditEntry entry() {
    return new AuditEntry(
        0,
        Instant.now(),
        "someone",
        "operator",
        "steunpunt",
        Optional.empty(),
        "console",
        Action.READ,
        "metrics",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Outcome.ALLOWED,
        Purpose.OPERATIONS,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
