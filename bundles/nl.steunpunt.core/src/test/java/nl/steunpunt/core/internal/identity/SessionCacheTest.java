package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.steunpunt.core.internal.family.MovableClock;
import nl.steunpunt.store.WebSessionRecords.WebSession;
import org.junit.jupiter.api.Test;

class SessionCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private final MovableClock clock = new MovableClock(NOW);
  private final SessionCache cache = new SessionCache(Duration.ofSeconds(5), clock);

  private static WebSession session(String hash, String user) {
    return new WebSession(hash, user, "csrf", NOW, NOW);
  }

  @Test
  void aReadingMadeBeforeAnEndOnThisNodeIsNeverUsedThoughItIsKeptAfterTheEnd() {
    Instant readAt = clock.instant();
    clock.advance(Duration.ofMillis(10));
    cache.ended("a"); // a log-out while a request was reading the session
    clock.advance(Duration.ofMillis(10));
    cache.put(session("a", "fatima"), readAt); // that request keeps what it read

    assertThat(cache.get("a")).isEmpty();
  }

  @Test
  void aReadingMadeBeforeTheOperatorEndedTheUsersSessionsIsNeverUsed() {
    Instant readAt = clock.instant();
    cache.put(session("b", "karim"), readAt);
    cache.endedOfUser("fatima");
    cache.put(session("a", "fatima"), readAt);

    assertThat(cache.get("a")).isEmpty();
    assertThat(cache.get("b")).as("another user's").isPresent();
  }

  @Test
  void aNewCacheTimeDropsTheCopiesAndAppliesToTheNextOnes() {
    cache.put(session("a", "fatima"), clock.instant());

    cache.retime(Duration.ofSeconds(1));
    cache.put(session("c", "karim"), clock.instant());

    assertThat(cache.get("a")).isEmpty();
    assertThat(cache.get("c")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get("c")).isEmpty();
  }

  @Test
  void aReadingThatBeganBeforeTheCacheWasTurnedOnIsNotKeptThoughNoEndWasRecorded() {
    SessionCache off = new SessionCache(Duration.ZERO, clock);
    Instant readAt = clock.instant();
    clock.advance(Duration.ofMillis(10));
    off.ended("a"); // a log-out while a request was reading the session: no cache, no record

    off.retime(Duration.ofSeconds(5));
    off.put(session("a", "fatima"), readAt); // that request keeps what it read

    assertThat(off.get("a")).isEmpty();
  }

  @Test
  void aCopyIsUsedForTheCacheTimeOnly() {
    cache.put(session("a", "fatima"), clock.instant());
    clock.advance(Duration.ofMillis(4_999));
    assertThat(cache.get("a")).isPresent();
    clock.advance(Duration.ofMillis(1));

    assertThat(cache.get("a")).isEmpty();
  }

  @Test
  void aCacheTimeOfZeroKeepsNothing() {
    SessionCache none = new SessionCache(Duration.ZERO, clock);
    none.put(session("a", "fatima"), clock.instant());

    assertThat(none.get("a")).isEmpty();
    assertThat(none.size()).isZero();
  }

  @Test
  void copiesTooOldToBeUsedAreSweptOutOnceThereAreMany() {
    for (int i = 0; i < SessionCache.SWEEP_ABOVE; i++) {
      cache.put(session("old" + i, "fatima"), clock.instant());
    }
    clock.advance(Duration.ofSeconds(5));
    cache.put(session("new", "fatima"), clock.instant());

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("new")).isPresent();
  }
}
