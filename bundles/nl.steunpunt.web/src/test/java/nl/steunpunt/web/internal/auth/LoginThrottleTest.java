package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100, clock);

  private void fail(int times, String user, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void fourFailuresLockNothingAndTheFifthLocksTheUserNameForFifteenMinutes() {
    fail(4, "anna", "192.0.2.1");
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).isEmpty();

    throttle.failed("anna", "192.0.2.2");

    assertThat(throttle.lockedFor("anna", "192.0.2.9")).contains(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).isEmpty();
  }

  @Test
  void theUserNameIsCountedWithoutRegardToCase() {
    fail(2, "Anna", "192.0.2.1");
    fail(2, "ANNA ", "192.0.2.2");
    throttle.failed("anna", "192.0.2.3");

    assertThat(throttle.lockedFor("aNNa", "198.51.100.1")).isPresent();
    assertThat(throttle.lockedFor("bert", "198.51.100.1")).isEmpty();
  }

  @Test
  void fiveFailuresFromOneAddressLockThatAddressForEveryUserName() {
    fail(1, "anna", "192.0.2.1");
    fail(1, "bert", "192.0.2.1");
    fail(1, "carla", "192.0.2.1");
    fail(1, "dirk", "192.0.2.1");
    fail(1, "eva", "192.0.2.1");

    assertThat(throttle.lockedFor("frank", "192.0.2.1")).isPresent();
    assertThat(throttle.lockedFor("frank", "192.0.2.2")).isEmpty();
    assertThat(throttle.lockedFor("anna", "192.0.2.2")).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    fail(4, "anna", "192.0.2.1");
    clock.advance(Duration.ofMinutes(15));

    throttle.failed("anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "192.0.2.1")).isEmpty();
  }

  @Test
  void aSuccessfulLoginClearsTheUsersFailures() {
    fail(4, "anna", "192.0.2.1");

    throttle.succeeded("Anna");
    throttle.failed("anna", "192.0.2.2");

    assertThat(throttle.lockedFor("anna", "192.0.2.3")).isEmpty();
  }

  @Test
  void attemptsDuringALockDoNotExtendItAndAfterItTheCountStartsAfresh() {
    fail(5, "anna", "192.0.2.1");
    clock.advance(Duration.ofMinutes(10));
    fail(3, "anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "192.0.2.1")).contains(Duration.ofMinutes(5));

    clock.advance(Duration.ofMinutes(5));
    throttle.failed("anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "192.0.2.1")).isEmpty();
  }

  @Test
  void memoryIsBoundedAndExpiredEntriesMakeRoom() {
    for (int i = 0; i < 300; i++) {
      throttle.failed("user" + i, "10.0.0." + i);
    }

    assertThat(throttle.entries()).isLessThanOrEqualTo(200);

    clock.advance(Duration.ofMinutes(16));
    throttle.failed("late", "10.1.0.1");

    assertThat(throttle.entries()).isEqualTo(2);
  }

  @Test
  void aLockIsNeverDroppedToMakeRoom() {
    fail(5, "anna", "192.0.2.1");
    for (int i = 0; i < 300; i++) {
      throttle.failed("user" + i, "10.0.0." + i);
    }

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).isPresent();
    assertThat(throttle.lockedFor("nobody", "192.0.2.1")).isPresent();
  }

  @Test
  void aMissingUserNameCountsOnlyTheAddress() {
    fail(5, null, "192.0.2.1");

    assertThat(throttle.lockedFor(null, "192.0.2.1")).isPresent();
    assertThat(throttle.lockedFor("anna", "192.0.2.2")).isEmpty();
  }
}
