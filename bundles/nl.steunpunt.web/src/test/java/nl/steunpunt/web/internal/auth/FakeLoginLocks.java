package nl.steunpunt.web.internal.auth;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.LoginLocks;

/**
 * The platform's login throttle as the web face uses it, in memory, for the web face's unit tests:
 * five failures of a user name or from an address lock it for 15 minutes (no clock; the throttle
 * itself is tested in the core, on the store, and end to end in the distribution).
 */
final class FakeLoginLocks implements LoginLocks {

  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  @Override
  public Optional<Duration> lockedFor(String user, String address) {
    boolean locked =
        failures.getOrDefault(userKey(user), 0) >= 5
            || failures.getOrDefault("a:" + address, 0) >= 5;
    return locked ? Optional.of(Duration.ofMinutes(15)) : Optional.empty();
  }

  @Override
  public void failed(String user, String address) {
    if (user != null) {
      failures.merge(userKey(user), 1, Integer::sum);
    }
    if (address != null) {
      failures.merge("a:" + address, 1, Integer::sum);
    }
  }

  @Override
  public void succeeded(String user) {
    failures.remove(userKey(user));
  }

  private static String userKey(String user) {
    return "u:" + String.valueOf(user).strip().toLowerCase(Locale.ROOT);
  }
}
