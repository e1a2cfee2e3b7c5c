package nl.steunpunt.partner.therapy.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerEvent;

/**
 * When a session was last held with each referred member, as the timeline told this bundle since it
 * started (the platform delivers only events about members with an open referral to the provider).
 * Idempotent: an event redelivered (a sequence not above the highest handled) changes nothing. In
 * memory only: after a restart it fills again from the events delivered from then on.
 */
public final class SessionLog {

  static final String SESSION_HELD = "SESSION_HELD";

  private long highest = -1;
  private final Map<UUID, Instant> lastSession = new HashMap<>();

  /**
   * Notes an event unless it was handled already.
   *
   * @return true when it was new
   */
  public synchronized boolean handle(PartnerEvent event) {
    if (event.sequence() <= highest) {
      return false;
    }
    highest = event.sequence();
    if (SESSION_HELD.equals(event.type()) && event.memberId().isPresent()) {
      lastSession.merge(event.memberId().get(), event.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return true;
  }

  /** When the last session with a member was held, if this bundle was told of one. */
  public synchronized Optional<Instant> lastSession(UUID memberId) {
    return Optional.ofNullable(lastSession.get(memberId));
  }
}
