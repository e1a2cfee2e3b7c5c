package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.api.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

class SessionCommandsTest {

  static final Actor.Issuer ISSUER = new Actor.Issuer();
  static final Optional<Actor> OPERATOR =
      Optional.of(ISSUER.issue("op", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE));
  static final Optional<Actor> COUNSELLOR =
      Optional.of(
          ISSUER.issue("fatima", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.CONSOLE));

  /** The platform's sessions as the commands see them: counts, and who asked to end whose. */
  static final class Sessions implements WebSessions {
    final Map<String, Integer> counts = new TreeMap<>();
    final List<String> ended = new ArrayList<>();

    @Override
    public Started start(Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Live> find(String token, Channel channel) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void end(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int endAll(Actor operator, String user) {
      if (!operator.has(Role.OPERATOR)) {
        throw new AccessDeniedException("Only an operator ends other users' sessions.");
      }
      ended.add(operator.user() + " ended " + user);
      Integer n = counts.remove(user.strip());
      return n == null ? 0 : n;
    }

    @Override
    public Map<String, Integer> count(Actor operator) {
      return counts;
    }

    @Override
    public Duration maxAge() {
      return Duration.ofHours(10);
    }
  }

  final Sessions sessions = new Sessions();

  @Test
  void sessionsListsEachUsersLiveSessions() {
    sessions.counts.put("fatima", 2);
    sessions.counts.put("teamlead", 1);

    assertThat(SessionsCommand.list(sessions, OPERATOR, true))
        .isEqualTo(
            """
            User     | Sessions
            ---------+---------
            fatima   |        2
            teamlead |        1""");
    assertThat(SessionsCommand.list(sessions, OPERATOR, false))
        .as("without format: no header, a tab between the columns")
        .isEqualTo("fatima  \t       2\nteamlead\t       1");
    assertThat(SessionsCommand.list(new Sessions(), OPERATOR, true))
        .isEqualTo("No live browser sessions.");
  }

  @Test
  void sessionsEndSaysHowManyEndedAndThatTheAccountStays() {
    sessions.counts.put("fatima", 2);

    assertThat(SessionsEndCommand.end(sessions, OPERATOR, " fatima "))
        .isEqualTo("Ended 2 sessions of fatima. The account is unchanged.");
    assertThat(SessionsEndCommand.end(sessions, OPERATOR, "fatima"))
        .isEqualTo("Ended 0 sessions of fatima. The account is unchanged.");
    assertThat(sessions.ended).containsExactly("op ended  fatima ", "op ended fatima");
  }

  @Test
  void aRefusalIsOneLineAndAConsoleUserWithoutOrganisationIsToldSo() {
    assertThat(SessionsEndCommand.end(sessions, COUNSELLOR, "teamlead"))
        .isEqualTo("Not allowed: Only an operator ends other users' sessions.");
    assertThat(SessionsEndCommand.end(sessions, Optional.empty(), "teamlead"))
        .isEqualTo(Answers.NO_ACTOR);
  }
}
