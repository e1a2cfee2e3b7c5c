package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.store.LoginThrottleRecords.Throttle;
import org.junit.jupiter.api.Test;

/** The login throttle's rows as the store keeps them, on H2 and on PostgreSQL. */
abstract class LoginThrottleContract extends OnDatabase {

  static final Instant AT = NOW.plusNanos(123_456_000);

  void write(Throttle throttle, boolean insert) {
    store.write(
        s -> {
          if (insert) {
            s.loginThrottle().insert(throttle);
          } else {
            s.loginThrottle().update(throttle);
          }
          return null;
        });
  }

  Optional<Throttle> find(String key) {
    return store.read(s -> s.loginThrottle().find(key));
  }

  @Test
  void aKeysFailuresWindowAndLockAreKeptAndChanged() {
    write(new Throttle("u:fatima", 1, AT, Optional.empty()), true);
    assertThat(find("u:fatima")).contains(new Throttle("u:fatima", 1, AT, Optional.empty()));

    Throttle locked = new Throttle("u:fatima", 0, AT, Optional.of(AT.plusSeconds(900)));
    write(locked, false);

    assertThat(find("u:fatima")).contains(locked);
    assertThat(find("a:192.0.2.1")).isEmpty();
  }

  @Test
  void aKeyIsOneRowOnly() {
    write(new Throttle("a:192.0.2.1", 1, AT, Optional.empty()), true);

    assertThatThrownBy(() -> write(new Throttle("a:192.0.2.1", 1, AT, Optional.empty()), true))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void expiredRowsGoAndLockedOnesStay() {
    write(new Throttle("u:old", 3, AT.minusSeconds(3600), Optional.empty()), true);
    write(
        new Throttle("u:locked", 0, AT.minusSeconds(3600), Optional.of(AT.plusSeconds(60))), true);
    write(new Throttle("u:recent", 2, AT.minusSeconds(60), Optional.empty()), true);

    int removed = store.write(s -> s.loginThrottle().deleteExpired(AT.minusSeconds(900), AT));

    assertThat(removed).isEqualTo(1);
    assertThat(find("u:old")).isEmpty();
    assertThat(find("u:locked")).isPresent();
    assertThat(find("u:recent")).isPresent();
  }

  /** A row read for update is not read for update by another transaction until the first ends. */
  @Test
  void aRowReadForUpdateWaitsForTheOtherTransaction() throws Exception {
    write(new Throttle("u:fatima", 1, AT, Optional.empty()), true);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      var first =
          nodes.submit(
              () ->
                  store.write(
                      s -> {
                        Throttle t = s.loginThrottle().findForUpdate("u:fatima").orElseThrow();
                        locked.countDown();
                        try {
                          release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        s.loginThrottle()
                            .update(new Throttle(t.key(), t.failures() + 1, AT, Optional.empty()));
                        return null;
                      }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      var second =
          nodes.submit(
              () ->
                  store.write(
                      s -> {
                        Throttle t = s.loginThrottle().findForUpdate("u:fatima").orElseThrow();
                        s.loginThrottle()
                            .update(new Throttle(t.key(), t.failures() + 1, AT, Optional.empty()));
                        return null;
                      }));
      Thread.sleep(300);
      assertThat(second.isDone()).as("waits for the first").isFalse();
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);

      assertThat(find("u:fatima").orElseThrow().failures()).as("both counted").isEqualTo(3);
    } finally {
      nodes.shutdownNow();
    }
  }
}
