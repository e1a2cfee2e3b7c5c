package nl.steunpunt.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The web face's browser sessions, by the SHA-256 of their token (the token itself is never
 * stored). Shared by every node on the same database.
 *
 * @since 0.3
 */
@ProviderType
public interface WebSessionRecords {

  /** A session: its token's hash (64 hex digits), its user, its CSRF token and its times. */
  record WebSession(
      String tokenHash, String user, String csrfToken, Instant created, Instant lastUsed) {}

  void insert(WebSession session);

  Optional<WebSession> find(String tokenHash);

  /**
   * Marks the session as used at {@code now}, if it was last marked before {@code before}: one
   * write a minute rather than one a request.
   *
   * @return whether it was marked
   */
  boolean touch(String tokenHash, Instant now, Instant before);

  /** Ends one session; whether there was one. */
  boolean delete(String tokenHash);

  /** Ends every session of a user; how many there were. */
  int deleteOfUser(String user);

  /**
   * Removes the sessions last used before {@code idleBefore} or started before {@code
   * startedBefore}.
   */
  int deleteExpired(Instant idleBefore, Instant startedBefore);

  /** The number of sessions per user, by user name. */
  Map<String, Integer> countByUser();
}
