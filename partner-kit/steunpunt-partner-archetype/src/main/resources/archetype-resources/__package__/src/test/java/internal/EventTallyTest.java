package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerEvent;
import org.junit.jupiter.api.Test;

class EventTallyTest {

  static PartnerEvent event(long sequence, String type) {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    return new PartnerEvent(
        sequence, UUID.randomUUID(), UUID.randomUUID(), type, Optional.empty(), now, now);
  }

  @Test
  void aRedeliveredEventIsCountedOnce() {
    EventTally tally = new EventTally();

    assertThat(tally.handle(event(5, "DEPARTURE_RISK"))).isTrue();
    assertThat(tally.handle(event(5, "DEPARTURE_RISK"))).isFalse();
    assertThat(tally.handle(event(3, "RETURN"))).isFalse();
    assertThat(tally.handle(event(9, "SESSION_HELD"))).isTrue();

    assertThat(tally.counts()).isEqualTo(Map.of("DEPARTURE_RISK", 1L, "SESSION_HELD", 1L));
    assertThat(tally.highest()).hasValue(9);
  }

  @Test
  void startsEmpty() {
    assertThat(new EventTally().highest()).isEmpty();
  }
}
