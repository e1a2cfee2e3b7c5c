package nl.steunpunt.web.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks out password guessing: failed logins are counted per user name (case-insensitive) and per
 * client address; when either reaches the maximum within the window, further logins of that name or
 * from that address are refused for the lock time without checking the password. A successful login
 * clears the user's failures. Memory is bounded: expired entries are evicted, and beyond a hard cap
 * new names or addresses are not counted (a lock is never dropped to make room, or flooding could
 * lift it).
 */
@Component(service = LoginThrottle.class, configurationPid = "nl.steunpunt.web.login")
@Designate(ocd = LoginThrottle.Config.class)
public final class LoginThrottle {

  @ObjectClassDefinition(
      name = "Steunpunt login throttle",
      description = "Locks a user name or client address after repeated failed logins.")
  public @interface Config {
    @AttributeDefinition(
        description = "Failed logins within the window that start a lock.",
        min = "1")
    int maxFailures() default 5;

    @AttributeDefinition(description = "Minutes in which failed logins are counted.", min = "1")
    int windowMinutes() default 15;

    @AttributeDefinition(description = "Minutes a lock lasts.", min = "1")
    int lockMinutes() default 15;
  }

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  /** The most user names, and the most addresses, counted at once. */
  static final int MAX_ENTRIES = 50_000;

  /** The failures of one key (oldest first, at most maxFailures) and the end of its lock. */
  private record Entry(Deque<Instant> failures, Instant lockedUntil) {}

  private final ConcurrentMap<String, Entry> users = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Entry> addresses = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration window;
  private final Duration lock;
  private final int maxEntries;
  private final Clock clock;

  @Activate
  public LoginThrottle(Config config) {
    this(
        Math.max(1, config.maxFailures()),
        Duration.ofMinutes(Math.max(1, config.windowMinutes())),
        Duration.ofMinutes(Math.max(1, config.lockMinutes())),
        MAX_ENTRIES,
        Clock.systemUTC());
  }

  LoginThrottle(int maxFailures, Duration window, Duration lock, int maxEntries, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.lock = lock;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /**
   * How long logins of this user name or from this address are still refused.
   *
   * @return the time left of the longer lock, or empty when neither is locked
   */
  public Optional<Duration> lockedFor(String user, String address) {
    Instant now = clock.instant();
    Instant until = later(lockEnd(users, userKey(user), now), lockEnd(addresses, address, now));
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /** Counts a failed login of the user name from the address. */
  public void failed(String user, String address) {
    Instant now = clock.instant();
    count(users, userKey(user), now, "one user name");
    count(addresses, address, now, "one client address");
  }

  /** Clears the failures of a user who logged in. */
  public void succeeded(String user) {
    String key = userKey(user);
    if (key != null) {
      users.remove(key);
    }
  }

  int entries() {
    return users.size() + addresses.size();
  }

  private void count(ConcurrentMap<String, Entry> entries, String key, Instant now, String what) {
    if (key == null) {
      return;
    }
    if (!entries.containsKey(key) && entries.size() >= maxEntries) {
      evictExpired(entries, now);
      if (entries.size() >= maxEntries) {
        return;
      }
    }
    boolean[] lockStarted = {false};
    entries.compute(
        key,
        (k, before) -> {
          if (before != null
              && before.lockedUntil() != null
              && now.isBefore(before.lockedUntil())) {
            return before; // refused before the password was checked; nothing to count
          }
          Deque<Instant> failures = new ArrayDeque<>();
          if (before != null) {
            before.failures().stream().filter(t -> inWindow(t, now)).forEach(failures::add);
          }
          failures.addLast(now);
          if (failures.size() >= maxFailures) {
            // The count starts afresh when the lock ends.
            lockStarted[0] = true;
            return new Entry(new ArrayDeque<>(), now.plus(lock));
          }
          return new Entry(failures, null);
        });
    if (lockStarted[0]) {
      // Neither the name nor the address: the log must not carry them.
      LOG.warn(
          "Logins locked for {} minutes after {} failed attempts on {}",
          lock.toMinutes(),
          maxFailures,
          what);
    }
  }

  private void evictExpired(ConcurrentMap<String, Entry> entries, Instant now) {
    entries.entrySet().removeIf(e -> expired(e.getValue(), now));
  }

  private boolean expired(Entry entry, Instant now) {
    boolean locked = entry.lockedUntil() != null && now.isBefore(entry.lockedUntil());
    return !locked && entry.failures().stream().noneMatch(t -> inWindow(t, now));
  }

  private boolean inWindow(Instant failure, Instant now) {
    return now.isBefore(failure.plus(window));
  }

  private static Instant lockEnd(ConcurrentMap<String, Entry> entries, String key, Instant now) {
    if (key == null) {
      return null;
    }
    Entry entry = entries.get(key);
    if (entry == null || entry.lockedUntil() == null || !now.isBefore(entry.lockedUntil())) {
      return null;
    }
    return entry.lockedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String userKey(String user) {
    return user == null ? null : user.strip().toLowerCase(Locale.ROOT);
  }
}
