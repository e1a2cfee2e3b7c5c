package nl.steunpunt.core.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.steunpunt.api.access.LoginLocks;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.store.LoginThrottleRecords.Throttle;
import nl.steunpunt.store.Meters;
import nl.steunpunt.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login throttle in the store ({@code login_throttle}), so that every node counts the same
 * failures: a key's failures are counted in a window that starts at its first failure; at the
 * maximum, the key is locked for the lock time and counting starts afresh when the lock ends. Each
 * count reads its row for update, so failures on several nodes at once are all counted. Rows whose
 * window and lock are over are deleted as new failures come in (at most once a minute per node).
 */
@Component(service = LoginLocks.class, configurationPid = "nl.steunpunt.web.login")
@Designate(ocd = CoreLoginLocks.Config.class)
public final class CoreLoginLocks implements LoginLocks {

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

  private static final Logger LOG = LoggerFactory.getLogger(CoreLoginLocks.class);
  private static final int MAX_KEY = 200;
  private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

  /** The throttle's settings, swapped as one when an operator changes them. */
  record Limits(int maxFailures, Duration window, Duration lock) {
    /** From the configuration; a value under 1 counts as 1, as the metatype's minimum says. */
    static Limits of(Config config) {
      return new Limits(
          Math.max(1, config.maxFailures()),
          Duration.ofMinutes(Math.max(1, config.windowMinutes())),
          Duration.ofMinutes(Math.max(1, config.lockMinutes())));
    }
  }

  private final Store store;
  private final Cases cases;
  private volatile Limits limits;
  private final Clock clock;
  private final AtomicReference<Instant> cleaned = new AtomicReference<>(Instant.MIN);
  private final LoginMeters meters;

  @Activate
  public CoreLoginLocks(
      @Reference Store store, @Reference Cases cases, @Reference Meters meters, Config config) {
    this(store, cases, Limits.of(config), Clock.systemUTC(), new LoginMeters(meters.registry()));
  }

  /**
   * New settings from Configuration Admin, for the failures counted after this; the counts and
   * locks in the store stay (a lock already started keeps its end). The service stays registered,
   * so the login and everything that holds the throttle go on without a gap.
   */
  @Modified
  void modified(Config config) {
    limits = Limits.of(config);
    LOG.info("The login throttle's settings changed: {}", limits);
  }

  CoreLoginLocks(
      Store store, Cases cases, int maxFailures, Duration window, Duration lock, Clock clock) {
    this(store, cases, new Limits(maxFailures, window, lock), clock, LoginMeters.none());
  }

  CoreLoginLocks(
      Store store,
      Cases cases,
      int maxFailures,
      Duration window,
      Duration lock,
      Clock clock,
      LoginMeters meters) {
    this(store, cases, new Limits(maxFailures, window, lock), clock, meters);
  }

  private CoreLoginLocks(Store store, Cases cases, Limits limits, Clock clock, LoginMeters meters) {
    this.meters = meters;
    this.store = store;
    this.cases = cases;
    this.limits = limits;
    this.clock = clock;
  }

  @Override
  public Optional<Duration> lockedFor(String user, String address) {
    refuseOutsider("LoginLocks.lockedFor");
    Instant now = clock.instant();
    Optional<String> userKey = userKey(user);
    Optional<String> addressKey = addressKey(address);
    Instant until =
        store.read(
            s -> {
              Instant later = null;
              for (Optional<String> key : java.util.List.of(userKey, addressKey)) {
                if (key.isEmpty()) {
                  continue;
                }
                Optional<Instant> locked =
                    s.loginThrottle().find(key.get()).flatMap(Throttle::lockedUntil);
                if (locked.isPresent()
                    && now.isBefore(locked.get())
                    && (later == null || locked.get().isAfter(later))) {
                  later = locked.get();
                }
              }
              return later;
            });
    if (until == null) {
      return Optional.empty();
    }
    meters.refused();
    return Optional.of(Duration.between(now, until));
  }

  @Deactivate
  void deactivate() {
    meters.close();
  }

  @Override
  public void failed(String user, String address) {
    refuseOutsider("LoginLocks.failed");
    Instant now = clock.instant();
    meters.failed();
    // Read once: a change of the settings meanwhile applies to the next failure, not half of this.
    Limits current = limits;
    clean(now, current);
    userKey(user).ifPresent(key -> count(key, now, true, current));
    addressKey(address).ifPresent(key -> count(key, now, false, current));
  }

  @Override
  public void succeeded(String user) {
    refuseOutsider("LoginLocks.succeeded");
    Optional<String> key = userKey(user);
    if (key.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    // Most logins have no failures to clear: a read, not a write (an HTTP Basic client logs in at
    // every request). A lock stays: a login that was under way when it began does not lift it.
    Optional<Throttle> row = store.read(s -> s.loginThrottle().find(key.get()));
    if (row.isPresent() && row.get().lockedUntil().filter(now::isBefore).isEmpty()) {
      store.write(
          s -> {
            s.loginThrottle().delete(key.get());
            return null;
          });
    }
  }

  private void count(String key, Instant now, boolean userName, Limits current) {
    String what = userName ? "one user name" : "one client address";
    boolean lockStarted = false;
    for (int attempt = 1; ; attempt++) {
      try {
        lockStarted = store.write(s -> countIn(s, key, now, current));
        break;
      } catch (RuntimeException firstInsertMeanwhile) {
        // Another node inserted the key's first failure at the same moment (its row is there, or
        // about to be): count on it. Never fail the login's answer over a count; the error's text
        // can name the key, so it is not logged.
        if (attempt == 3) {
          LOG.warn(
              "A failed login could not be counted on {} ({})",
              what,
              firstInsertMeanwhile.getClass().getName());
          return;
        }
        try {
          Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    if (lockStarted) {
      meters.locked(userName);
      // Neither the name nor the address: the log must not carry them.
      LOG.warn(
          "Logins locked for {} minutes after {} failed attempts on {}",
          current.lock().toMinutes(),
          current.maxFailures(),
          what);
    }
  }

  /** Counts one failure of the key; whether a lock started. */
  private boolean countIn(
      nl.steunpunt.store.StoreSession s, String key, Instant now, Limits current) {
    var records = s.loginThrottle();
    Optional<Throttle> before = records.findForUpdate(key);
    if (before.isPresent()
        && before.get().lockedUntil().isPresent()
        && now.isBefore(before.get().lockedUntil().get())) {
      return false; // refused before the password was checked; nothing to count
    }
    boolean inWindow =
        before.isPresent()
            && before.get().failures() > 0
            && now.isBefore(before.get().windowStart().plus(current.window()));
    int failures = inWindow ? before.get().failures() + 1 : 1;
    Instant windowStart = inWindow ? before.get().windowStart() : now;
    boolean locks = failures >= current.maxFailures();
    Throttle after =
        locks
            ? new Throttle(key, 0, now, Optional.of(now.plus(current.lock())))
            : new Throttle(key, failures, windowStart, Optional.empty());
    if (before.isPresent()) {
      records.update(after);
    } else {
      records.insert(after);
    }
    return locks;
  }

  private void clean(Instant now, Limits current) {
    Instant last = cleaned.get();
    if (now.isBefore(last.plus(CLEAN_EVERY)) || !cleaned.compareAndSet(last, now)) {
      return;
    }
    store.write(s -> s.loginThrottle().deleteExpired(now.minus(current.window()), now));
  }

  private void refuseOutsider(String what) {
    cases.refuseOutsider(what, "Only the platform counts logins.");
  }

  /** No control characters (PostgreSQL refuses a zero byte, and none belongs in a name). */
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("\\p{Cntrl}");

  static Optional<String> userKey(String user) {
    if (user == null || user.isBlank()) {
      return Optional.empty();
    }
    if (CONTROL.matcher(user).find()) {
      // No realm has such a name: the address is still counted, and the login fails.
      return Optional.empty();
    }
    return Optional.of(limit("u:" + user.strip().toLowerCase(Locale.ROOT)));
  }

  static Optional<String> addressKey(String address) {
    if (address == null || address.isBlank() || CONTROL.matcher(address).find()) {
      return Optional.empty();
    }
    return Optional.of(limit("a:" + address.strip()));
  }

  private static String limit(String key) {
    return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
  }
}
