package nl.steunpunt.partner.therapy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerEvent;
import org.junit.jupiter.api.Test;

class SessionLogTest {

  private static final UUID MEMBER = UUID.randomUUID();

  private static PartnerEvent event(long sequence, String type, String occurredAt) {
    Instant when = Instant.parse(occurredAt);
    return new PartnerEvent(
        sequence,
        UUID.randomUUID(),
        UUID.randomUUID(),
        type,
        Optional.of(MEMBER),
        when,
        when.plusSeconds(60));
  }

  @Test
  void notesTheLastSessionHeldWithAMember() {
    SessionLog log = new SessionLog();

    log.handle(event(1, "SESSION_HELD", "2026-11-01T10:00:00Z"));
    log.handle(event(2, "SESSION_HELD", "2026-11-15T10:00:00Z"));

    assertThat(log.lastSession(MEMBER)).hasValue(Instant.parse("2026-11-15T10:00:00Z"));
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    SessionLog log = new SessionLog();
    log.handle(event(7, "SESSION_HELD", "2026-11-15T10:00:00Z"));

    assertThat(log.handle(event(7, "SESSION_HELD", "2026-11-20T10:00:00Z"))).isFalse();
    assertThat(log.handle(event(4, "SESSION_HELD", "2026-11-21T10:00:00Z"))).isFalse();
    assertThat(log.lastSession(MEMBER)).hasValue(Instant.parse("2026-11-15T10:00:00Z"));
  }

  @Test
  void aSessionRecordedLateDoesNotHideALaterOne() {
    SessionLog log = new SessionLog();
    log.handle(event(1, "SESSION_HELD", "2026-11-15T10:00:00Z"));
    log.handle(event(2, "SESSION_HELD", "2026-11-02T10:00:00Z"));

    assertThat(log.lastSession(MEMBER)).hasValue(Instant.parse("2026-11-15T10:00:00Z"));
  }

  @Test
  void otherEventsAndEventsWithoutAMemberAreNoSessions() {
    SessionLog log = new SessionLog();
    Instant now = Instant.parse("2026-11-15T10:00:00Z");

    log.handle(event(1, "DEPARTURE_RISK", "2026-11-15T10:00:00Z"));
    log.handle(
        new PartnerEvent(
            2, UUID.randomUUID(), UUID.randomUUID(), "SESSION_HELD", Optional.empty(), now, now));

    assertThat(log.lastSession(MEMBER)).isEmpty();
  }
}
