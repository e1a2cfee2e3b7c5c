package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreLoginLocksTest {

  @TempDir Path folder;
  CoreServices services;
  CoreLoginLocks throttle;

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    throttle = node();
  }

  /** Another node's throttle on the same database. */
  CoreLoginLocks node() {
    return new CoreLoginLocks(
        services.store,
        services.cases,
        5,
        Duration.ofMinutes(15),
        Duration.ofMinutes(15),
        services.clock);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  private void fail(int times, String user, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  int rows() {
    return services.store.read(
        s -> {
          int n = 0;
          for (String key : java.util.List.of("u:late", "a:10.1.0.1", "u:user1", "a:10.0.0.1")) {
            n += s.loginThrottle().find(key).isPresent() ? 1 : 0;
          }
          return n;
        });
  }

  @Test
  void fourFailuresLockNothingAndTheFifthLocksTheUserNameForFifteenMinutes() {
    fail(4, "anna", "192.0.2.1");
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).isEmpty();

    throttle.failed("anna", "192.0.2.2");

    assertThat(throttle.lockedFor("anna", "192.0.2.9")).contains(Duration.ofMinutes(15));
    services.clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).contains(Duration.ofMinutes(1));
    services.clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).isEmpty();
  }

  @Test
  void aLowerMaximumSetByTheOperatorCountsTheFailuresSoFarAtTheNextFailure() {
    fail(2, "anna", "192.0.2.1");

    throttle.modified(config(3, 15, 5));
    throttle.failed("anna", "192.0.2.2");

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).contains(Duration.ofMinutes(5));
  }

  @Test
  void aLockStartedBeforeTheSettingsChangedKeepsItsEnd() {
    fail(5, "anna", "192.0.2.1");

    throttle.modified(config(5, 15, 1));

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).contains(Duration.ofMinutes(15));
  }

  @Test
  void settingsUnderOneCountAsOneWhenChangedToo() {
    throttle.modified(config(0, 0, -3));
    throttle.failed("anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).contains(Duration.ofMinutes(1));
  }

  @Test
  void failuresOnTwoNodesAreCountedTogetherAndTheLockHoldsOnBoth() {
    CoreLoginLocks other = node();
    fail(3, "anna", "192.0.2.1");
    other.failed("anna", "192.0.2.5");
    assertThat(other.lockedFor("anna", "198.51.100.1")).isEmpty();

    other.failed("anna", "192.0.2.6");

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).isPresent();
    assertThat(other.lockedFor("anna", "198.51.100.1")).isPresent();
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
    for (String user : java.util.List.of("anna", "bert", "carla", "dirk", "eva")) {
      throttle.failed(user, "192.0.2.1");
    }

    assertThat(throttle.lockedFor("frank", "192.0.2.1")).isPresent();
    assertThat(throttle.lockedFor("frank", "192.0.2.2")).isEmpty();
    assertThat(throttle.lockedFor("anna", "192.0.2.2")).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    fail(4, "anna", "192.0.2.1");
    services.clock.advance(Duration.ofMinutes(15));

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
    services.clock.advance(Duration.ofMinutes(10));
    fail(3, "anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "192.0.2.1")).contains(Duration.ofMinutes(5));

    services.clock.advance(Duration.ofMinutes(5));
    throttle.failed("anna", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "192.0.2.1")).isEmpty();
  }

  @Test
  void rowsWhoseWindowAndLockAreOverAreDeletedAsNewFailuresComeIn() {
    throttle.failed("user1", "10.0.0.1");
    assertThat(rows()).isEqualTo(2);

    services.clock.advance(Duration.ofMinutes(16));
    throttle.failed("late", "10.1.0.1");

    assertThat(rows()).as("only the late ones").isEqualTo(2);
    boolean kept = services.store.read(s -> s.loginThrottle().find("u:user1").isPresent());
    assertThat(kept).isFalse();
  }

  @Test
  void aMissingUserNameCountsOnlyTheAddress() {
    fail(5, null, "192.0.2.1");

    assertThat(throttle.lockedFor(null, "192.0.2.1")).isPresent();
    assertThat(throttle.lockedFor("anna", "192.0.2.2")).isEmpty();
  }

  @Test
  void aLoginThatSucceedsDuringALockDoesNotLiftIt() {
    fail(5, "anna", "192.0.2.1");

    throttle.succeeded("anna"); // a login under way when the lock began

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).isPresent();
  }

  @Test
  void aUserNameWithAControlCharacterCountsOnlyTheAddress() {
    fail(5, "anna\u0000", "192.0.2.1");

    assertThat(throttle.lockedFor("anna", "198.51.100.1")).isEmpty();
    assertThat(throttle.lockedFor("anna\u0000", "192.0.2.1")).isPresent();
  }

  @Test
  void failuresLocksAndRefusalsAreCountedWithoutNamesOrAddresses() {
    var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    throttle =
        new CoreLoginLocks(
            services.store,
            services.cases,
            5,
            Duration.ofMinutes(15),
            Duration.ofMinutes(15),
            services.clock,
            new LoginMeters(registry));

    fail(5, "anna", "192.0.2.1");
    assertThat(throttle.lockedFor("anna", "192.0.2.9")).isPresent();

    assertThat(registry.get(LoginMeters.FAILURES).counter().count()).isEqualTo(5);
    assertThat(registry.get(LoginMeters.LOCKS).tag("key", "user").counter().count()).isEqualTo(1);
    assertThat(registry.get(LoginMeters.LOCKS).tag("key", "address").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(LoginMeters.REFUSED).counter().count()).isEqualTo(1);
    assertThat(registry.getMeters())
        .allSatisfy(
            m ->
                assertThat(m.getId().getTags().toString())
                    .doesNotContain("anna")
                    .doesNotContain("192.0.2"));
  }

  private static CoreLoginLocks.Config config(int maxFailures, int window, int lock) {
    return new CoreLoginLocks.Config() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return CoreLoginLocks.Config.class;
      }

      @Override
      public int maxFailures() {
        return maxFailures;
      }

      @Override
      public int windowMinutes() {
        return window;
      }

      @Override
      public int lockMinutes() {
        return lock;
      }
    };
  }
}
