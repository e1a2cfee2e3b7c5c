package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private final MutableClock clock = new MutableClock();
  private final CredentialCache<String> cache =
      new CredentialCache<>(Duration.ofSeconds(60), 3, clock);

  @Test
  void aRememberedPasswordIsRecognised() {
    cache.remember("anna", "secret".toCharArray(), "value");

    assertThat(cache.lookup("anna", "secret".toCharArray())).contains("value");
  }

  @Test
  void anotherPasswordForTheSameUserIsNotRecognised() {
    cache.remember("anna", "secret".toCharArray(), "value");

    assertThat(cache.lookup("anna", "Secret".toCharArray())).isEmpty();
    assertThat(cache.lookup("bert", "secret".toCharArray())).isEmpty();
  }

  @Test
  void anEntryExpiresAfterItsTimeToLive() {
    cache.remember("anna", "secret".toCharArray(), "value");

    clock.advance(Duration.ofSeconds(60));

    assertThat(cache.lookup("anna", "secret".toCharArray())).isEmpty();
  }

  @Test
  void aZeroTimeToLiveRemembersNothing() {
    CredentialCache<String> off = new CredentialCache<>(Duration.ZERO, 3, clock);
    off.remember("anna", "secret".toCharArray(), "value");

    assertThat(off.lookup("anna", "secret".toCharArray())).isEmpty();
  }

  @Test
  void theCacheNeverGrowsPastItsBound() {
    for (int i = 0; i < 10; i++) {
      cache.remember("user" + i, "pw".toCharArray(), "v" + i);
    }

    long remembered =
        java.util.stream.IntStream.range(0, 10)
            .filter(i -> cache.lookup("user" + i, "pw".toCharArray()).isPresent())
            .count();
    assertThat(remembered).isLessThanOrEqualTo(3);
    assertThat(cache.lookup("user9", "pw".toCharArray())).contains("v9");
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
