package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import nl.steunpunt.store.WebSessionRecords.WebSession;
import org.junit.jupiter.api.Test;

/** Browser sessions as the store keeps them, on H2 and on PostgreSQL. */
abstract class WebSessionContract extends OnDatabase {

  static final Instant AT = NOW.plusNanos(123_456_000);

  static WebSession session(String hash, String user, Instant at) {
    return new WebSession(hash, user, "csrf-" + hash.substring(0, 8), at, at);
  }

  static String hash(char c) {
    return String.valueOf(c).repeat(64);
  }

  void insert(WebSession session) {
    store.write(
        s -> {
          s.webSessions().insert(session);
          return null;
        });
  }

  @Test
  void aSessionIsFoundByItsTokensHashWithItsUserCsrfTokenAndTimes() {
    insert(session(hash('a'), "counsellor", AT));

    var found = store.read(s -> s.webSessions().find(hash('a'))).orElseThrow();

    assertThat(found).isEqualTo(session(hash('a'), "counsellor", AT));
    assertThat(store.read(s -> s.webSessions().find(hash('b'))).isPresent()).isFalse();
  }

  @Test
  void aTokenHashIsOneSessionOnly() {
    insert(session(hash('a'), "counsellor", AT));

    assertThatThrownBy(() -> insert(session(hash('a'), "teamlead", AT)))
        .isInstanceOf(RuntimeException.class);
    assertThat(store.read(s -> s.webSessions().find(hash('a'))).orElseThrow().user())
        .isEqualTo("counsellor");
  }

  @Test
  void touchMarksTheUseOnlyWhenTheLastMarkIsOlderThanGiven() {
    insert(session(hash('a'), "counsellor", AT));
    Instant later = AT.plusSeconds(30);

    boolean tooSoon =
        store.write(s -> s.webSessions().touch(hash('a'), later, AT.minusSeconds(60)));
    boolean marked = store.write(s -> s.webSessions().touch(hash('a'), later, later));

    assertThat(tooSoon).isFalse();
    assertThat(marked).isTrue();
    assertThat(store.read(s -> s.webSessions().find(hash('a'))).orElseThrow().lastUsed())
        .isEqualTo(later);
  }

  @Test
  void aUsersSessionsEndTogetherAndOthersStay() {
    insert(session(hash('a'), "counsellor", AT));
    insert(session(hash('b'), "counsellor", AT));
    insert(session(hash('c'), "teamlead", AT));

    int ended = store.write(s -> s.webSessions().deleteOfUser("counsellor"));

    assertThat(ended).isEqualTo(2);
    Map<String, Integer> left = store.read(s -> s.webSessions().countByUser());
    boolean first = store.write(s -> s.webSessions().delete(hash('c')));
    boolean again = store.write(s -> s.webSessions().delete(hash('c')));
    assertThat(left).isEqualTo(Map.of("teamlead", 1));
    assertThat(first).isTrue();
    assertThat(again).isFalse();
  }

  @Test
  void expiredSessionsAreThoseIdleOrStartedTooLongAgo() {
    insert(session(hash('a'), "idle", AT.minusSeconds(3600)));
    insert(new WebSession(hash('b'), "old", "csrf", AT.minusSeconds(40_000), AT.minusSeconds(10)));
    insert(session(hash('c'), "live", AT));

    int removed =
        store.write(
            s -> s.webSessions().deleteExpired(AT.minusSeconds(1800), AT.minusSeconds(36_000)));

    Map<String, Integer> left = store.read(s -> s.webSessions().countByUser());
    assertThat(removed).isEqualTo(2);
    assertThat(left).isEqualTo(Map.of("live", 1));
  }
}
