package nl.steunpunt.partner.municipality.internal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import nl.steunpunt.api.partner.PartnerEvent;

/**
 * What this bundle keeps of the events it was told since it started: the highest sequence handled
 * and how many events of each known type. Idempotent: an event redelivered (a sequence not above
 * the highest handled) changes nothing. Kept in memory only, so it starts again empty with the
 * bundle; the platform's cursor, not this tally, decides what is delivered.
 */
public final class EventTally {

  /** The event types of API 0.2; a later version may add names, which are ignored. */
  static final Set<String> KNOWN =
      Set.of(
          "DEPARTURE_RISK",
          "DEPARTURE",
          "RETURN_EXPECTED",
          "RETURN",
          "DETENTION",
          "PROSECUTION",
          "DEATH_ABROAD",
          "CONTACT_FROM_ABROAD",
          "SIBLING_CONCERN",
          "SESSION_HELD",
          "PHASE_CHANGE",
          "WHEREABOUTS_CHANGE");

  private long highest = -1;
  private final Map<String, Long> counts = new TreeMap<>();

  /**
   * Counts an event unless it was counted already.
   *
   * @return true when it was new
   */
  public synchronized boolean handle(PartnerEvent event) {
    if (event.sequence() <= highest) {
      return false;
    }
    highest = event.sequence();
    if (KNOWN.contains(event.type())) {
      counts.merge(event.type(), 1L, Long::sum);
    }
    return true;
  }

  /** The highest sequence handled, if any. */
  public synchronized OptionalLong highest() {
    return highest < 0 ? OptionalLong.empty() : OptionalLong.of(highest);
  }

  /** The number of events per type, by name. */
  public synchronized Map<String, Long> counts() {
    return Map.copyOf(counts);
  }
}
