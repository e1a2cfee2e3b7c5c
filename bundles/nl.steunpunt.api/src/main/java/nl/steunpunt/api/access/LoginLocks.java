package nl.steunpunt.api.access;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Locks out password guessing, on every node at once: failed logins are counted per user name
 * (case-insensitive) and per client address in the platform's database; when either reaches the
 * maximum within the window, further logins of that name or from that address are refused for the
 * lock time without checking the password. A successful login clears the user name's failures.
 *
 * <p>Used by the platform's own front doors; partner bundles do not see this service.
 *
 * @since 0.3
 */
@ProviderType
public interface LoginLocks {

  /**
   * How long logins of this user name or from this address are still refused.
   *
   * @param user the user name tried, possibly null
   * @param address the client's address, possibly null
   * @return the time left of the longer lock, or empty when neither is locked
   */
  Optional<Duration> lockedFor(String user, String address);

  /**
   * Counts a failed login of the user name from the address.
   *
   * @param user the user name tried, possibly null
   * @param address the client's address, possibly null
   */
  void failed(String user, String address);

  /**
   * Clears the failures of a user who logged in.
   *
   * @param user the user name
   */
  void succeeded(String user);
}
