package ${package}.internal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import nl.steunpunt.api.partner.PartnerEvent;

/**
 * What the bundle keeps of the events it was told since it started: the highest sequence handled
 * and the number of events per type. Delivery is at least once, so a redelivered event (a sequence
 * not above the highest handled) changes nothing. In memory only: the platform's cursor, not this
 * tally, decides what is delivered.
 */
final class EventTally {

  private long highest = -1;
  private final Map<String, Long> counts = new TreeMap<>();

  /**
   * Counts an event unless it was counted already.
   *
   * @return true when it was new
   */
  synchronized boolean handle(PartnerEvent event) {
    if (event.sequence() <= highest) {
      return false;
    }
    highest = event.sequence();
    counts.merge(event.type(), 1L, Long::sum);
    return true;
  }

  synchronized OptionalLong highest() {
    return highest < 0 ? OptionalLong.empty() : OptionalLong.of(highest);
  }

  /** The number of events per type name (a type this bundle does not know is counted too). */
  synchronized Map<String, Long> counts() {
    return Map.copyOf(counts);
  }
}
