package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.steunpunt.api.platform.Readiness;
import nl.steunpunt.core.internal.family.MovableClock;
import org.junit.jupiter.api.Test;

class ReadinessCacheTest {

  final MovableClock clock = new MovableClock(java.time.Instant.parse("2026-12-05T10:00:00Z"));
  final AtomicInteger walks = new AtomicInteger();
  final ReadinessCache cache =
      new ReadinessCache(
          () ->
              walks.incrementAndGet() == 1
                  ? Readiness.waitingFor(List.of("bundle nl.steunpunt.web: installed"))
                  : Readiness.waitingFor(List.of()),
          clock,
          Duration.ofSeconds(5));

  @Test
  void readinessIsWorkedOutOnceUntilTheFrameworkChanges() {
    for (int i = 0; i < 1000; i++) {
      assertThat(cache.get().ready()).isFalse();
    }
    assertThat(walks).hasValue(1);

    cache.invalidate();

    assertThat(cache.get().ready()).isTrue();
    assertThat(walks).hasValue(2);
  }

  @Test
  void withoutAnyEventItIsWorkedOutAgainAfterFiveSeconds() {
    cache.get();
    clock.advance(Duration.ofMillis(4999));
    cache.get();
    assertThat(walks).hasValue(1);

    clock.advance(Duration.ofMillis(1));

    assertThat(cache.get().ready()).isTrue();
    assertThat(walks).hasValue(2);
  }
}
