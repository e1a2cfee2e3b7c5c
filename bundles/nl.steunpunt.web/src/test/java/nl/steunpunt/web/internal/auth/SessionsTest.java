package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final MutableClock clock = new MutableClock();
  private final Sessions sessions =
      new Sessions(Duration.ofMinutes(30), Duration.ofHours(10), clock);
  private final Actor anna =
      ISSUER.issue("anna", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);

  @Test
  void aStartedSessionFindsItsActor() {
    String token = sessions.start(anna);

    assertThat(sessions.find(token)).contains(anna);
  }

  @Test
  void tokensAreLongRandomAndDistinct() {
    String first = sessions.start(anna);
    String second = sessions.start(anna);

    assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(43);
  }

  @Test
  void anUnknownTokenFindsNobody() {
    assertThat(sessions.find("forged")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void aSessionEndsAfterThirtyIdleMinutes() {
    String token = sessions.start(anna);

    clock.advance(Duration.ofMinutes(30));

    assertThat(sessions.find(token)).isEmpty();
  }

  @Test
  void useKeepsASessionAliveButNotPastItsMaximumAge() {
    String token = sessions.start(anna);
    for (int i = 0; i < 39; i++) {
      clock.advance(Duration.ofMinutes(15));
      assertThat(sessions.find(token)).as("after %d minutes", (i + 1) * 15).contains(anna);
    }

    clock.advance(Duration.ofMinutes(15));

    assertThat(sessions.find(token)).isEmpty();
  }

  @Test
  void eachSessionHasItsOwnCsrfTokenThatIsNotTheSessionToken() {
    String first = sessions.start(anna);
    String second = sessions.start(anna);

    String csrf = sessions.csrfToken(first).orElseThrow();

    assertThat(csrf).hasSize(43).isNotEqualTo(first);
    assertThat(sessions.csrfToken(second)).isPresent().get().isNotEqualTo(csrf);
    sessions.find(first);
    assertThat(sessions.csrfToken(first)).as("stable while the session lives").contains(csrf);
  }

  @Test
  void anEndedOrExpiredSessionHasNoCsrfToken() {
    String ended = sessions.start(anna);
    String expired = sessions.start(anna);
    sessions.end(ended);

    clock.advance(Duration.ofMinutes(30));

    assertThat(sessions.csrfToken(ended)).isEmpty();
    assertThat(sessions.csrfToken(expired)).isEmpty();
    assertThat(sessions.csrfToken(null)).isEmpty();
  }

  @Test
  void anEndedSessionIsGone() {
    String token = sessions.start(anna);

    sessions.end(token);

    assertThat(sessions.find(token)).isEmpty();
  }

  @Test
  void theCookieIsHttpOnlyAndSameSiteStrict() {
    assertThat(SessionCookie.header("t", 600, false))
        .isEqualTo("STEUNPUNT_SESSION=t; Path=/; Max-Age=600; HttpOnly; SameSite=Strict");
    assertThat(SessionCookie.header("t", 600, true)).endsWith("; Secure");
  }
}
