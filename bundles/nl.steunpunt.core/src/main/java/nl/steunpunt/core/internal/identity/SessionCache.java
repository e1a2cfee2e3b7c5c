package nl.steunpunt.core.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.store.WebSessionRecords.WebSession;

/**
 * This node's copies of the sessions it read from the store, each used for a few seconds: without
 * them every request of a browser, and a page makes a dozen at once, read its session from the
 * database. A session ended on this node (log-out, the operator's end, its account gone) is never
 * used again from here, even by a request that read it just before it ended; one ended on another
 * node is dropped when that node's signal arrives, and in any case once the copy is older than the
 * cache time.
 */
final class SessionCache {

  /** Beyond this many copies, those too old to be used are swept out at the next one kept. */
  static final int SWEEP_ABOVE = 1_000;

  private record Copy(WebSession session, Instant readAt) {}

  private volatile Duration time;

  /** When the cache time last changed: a copy read before that is never kept or used. */
  private volatile Instant notBefore = Instant.MIN;

  private final Clock clock;
  private final Map<String, Copy> copies = new ConcurrentHashMap<>();

  /**
   * When this node last ended a session (by its token's hash) or every session of a user: a copy
   * read before that is not used. Kept for as long as such a copy could still be used.
   */
  private final Map<String, Instant> endedSessions = new ConcurrentHashMap<>();

  private final Map<String, Instant> endedUsers = new ConcurrentHashMap<>();

  /**
   * @param time how long a copy is used; zero uses none (every request reads the store)
   */
  SessionCache(Duration time, Clock clock) {
    this.time = time;
    this.clock = clock;
  }

  /** The session as this node read it less than the cache time ago, unless it ended since. */
  Optional<WebSession> get(String tokenHash) {
    Copy copy = copies.get(tokenHash);
    if (copy == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(copy.readAt().plus(time))
        || copy.readAt().isBefore(notBefore)
        || endedSince(endedSessions.get(tokenHash), copy)
        || endedSince(endedUsers.get(copy.session().user()), copy)) {
      copies.remove(tokenHash, copy);
      return Optional.empty();
    }
    return Optional.of(copy.session());
  }

  private static boolean endedSince(Instant ended, Copy copy) {
    return ended != null && !ended.isBefore(copy.readAt());
  }

  /**
   * Keeps a session read from the store.
   *
   * @param readAt when the reading began: an end after that wins over the copy
   */
  void put(WebSession session, Instant readAt) {
    if (time.isZero() || readAt.isBefore(notBefore)) {
      return;
    }
    copies.put(session.tokenHash(), new Copy(session, readAt));
    if (copies.size() > SWEEP_ABOVE) {
      sweep();
    }
  }

  /** The session was found gone in the store. */
  void forget(String tokenHash) {
    copies.remove(tokenHash);
  }

  /** The session's last use as written now, so that its copy does not ask to write it again. */
  void used(String tokenHash, Instant now) {
    copies.computeIfPresent(
        tokenHash,
        (hash, copy) -> {
          WebSession s = copy.session();
          return new Copy(
              new WebSession(s.tokenHash(), s.user(), s.csrfToken(), s.created(), now),
              copy.readAt());
        });
  }

  /** The session ended on this node: from now on it is read from the store, where it is gone. */
  void ended(String tokenHash) {
    if (!time.isZero()) {
      endedSessions.put(tokenHash, clock.instant());
      if (endedSessions.size() > SWEEP_ABOVE) {
        sweep();
      }
    }
    copies.remove(tokenHash);
  }

  /** Every session of the user ended on this node. */
  void endedOfUser(String user) {
    if (!time.isZero()) {
      endedUsers.put(user, clock.instant());
      if (endedUsers.size() > SWEEP_ABOVE) {
        sweep();
      }
    }
    copies.values().removeIf(copy -> copy.session().user().equals(user));
  }

  /**
   * A new cache time (an operator's change): every copy is dropped, so none is used longer than the
   * new time says, and a reading that began before the change is not kept (with a cache time of
   * zero no end was recorded that could refuse it).
   */
  void retime(Duration newTime) {
    notBefore = clock.instant();
    time = newTime;
    copies.clear();
  }

  /**
   * Sessions may have ended elsewhere (another node's signal, or signals lost): drop every copy.
   */
  void clear() {
    copies.clear();
  }

  int size() {
    return copies.size();
  }

  private void sweep() {
    // A copy read this long ago is no longer used (see get); an end older than that is older
    // than every copy still used.
    Instant used = clock.instant().minus(time);
    copies.values().removeIf(copy -> !copy.readAt().isAfter(used));
    endedSessions.values().removeIf(at -> at.isBefore(used));
    endedUsers.values().removeIf(at -> at.isBefore(used));
  }
}
