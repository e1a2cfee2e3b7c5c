package nl.steunpunt.core.internal.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Failed logins and locks in the platform's metrics, counted on this node: never with the user name
 * or the address, only whether a lock was on a user name or an address.
 */
final class LoginMeters implements AutoCloseable {

  static final String FAILURES = "steunpunt.login.failures";
  static final String LOCKS = "steunpunt.login.locks";
  static final String REFUSED = "steunpunt.login.refused";

  /** Counts nothing: for tests and tools without metrics. */
  static LoginMeters none() {
    return new LoginMeters(null);
  }

  private final MeterRegistry registry;
  private final Counter failures;
  private final Counter userLocks;
  private final Counter addressLocks;
  private final Counter refused;

  LoginMeters(MeterRegistry registry) {
    this.registry = registry;
    if (registry == null) {
      failures = userLocks = addressLocks = refused = null;
      return;
    }
    failures =
        Counter.builder(FAILURES)
            .description("Failed logins (wrong user name or password), form and HTTP Basic")
            .register(registry);
    userLocks = lock(registry, "user");
    addressLocks = lock(registry, "address");
    refused =
        Counter.builder(REFUSED)
            .description("Logins refused because the user name or the address was locked")
            .register(registry);
  }

  private static Counter lock(MeterRegistry registry, String key) {
    return Counter.builder(LOCKS)
        .description("Locks started after repeated failed logins, on a user name or an address")
        .tag("key", key)
        .register(registry);
  }

  void failed() {
    if (failures != null) {
      failures.increment();
    }
  }

  /** A lock started on a user name ({@code true}) or a client address. */
  void locked(boolean onUserName) {
    if (registry != null) {
      (onUserName ? userLocks : addressLocks).increment();
    }
  }

  void refused() {
    if (refused != null) {
      refused.increment();
    }
  }

  @Override
  public void close() {
    if (registry != null) {
      for (String name : List.of(FAILURES, LOCKS, REFUSED)) {
        registry.find(name).meters().forEach(registry::remove);
      }
    }
  }
}
