package nl.steunpunt.store;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The login throttle's counts of failed logins and its locks, by key (a user name or a client
 * address, as the throttle writes them). Shared by every node on the same database.
 *
 * @since 0.3
 */
@ProviderType
public interface LoginThrottleRecords {

  /**
   * A key's failures in the window that started at {@code windowStart}, and its lock, if any.
   *
   * @param key the user name or address key
   * @param failures the failed logins counted in the window
   * @param windowStart when the window began (the first failure counted)
   * @param lockedUntil when its lock ends
   */
  record Throttle(String key, int failures, Instant windowStart, Optional<Instant> lockedUntil) {}

  Optional<Throttle> find(String key);

  /**
   * The key's row, locked until the transaction ends, so that failures counted at once on several
   * nodes are counted one after the other.
   */
  Optional<Throttle> findForUpdate(String key);

  /** A new row; a concurrent insert of the same key makes one of them fail (the primary key). */
  void insert(Throttle throttle);

  void update(Throttle throttle);

  void delete(String key);

  /**
   * Removes the rows whose window began before {@code windowStartedBefore} and that are not locked
   * at {@code now}.
   *
   * @return how many
   */
  int deleteExpired(Instant windowStartedBefore, Instant now);
}
