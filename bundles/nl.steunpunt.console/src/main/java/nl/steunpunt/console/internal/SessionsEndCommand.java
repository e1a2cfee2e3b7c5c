package nl.steunpunt.console.internal;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.WebSessions;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:sessions-end}: ends every browser session of a user at once, on every node (for
 * a lost laptop, a leaver, an account under suspicion). The account itself is not changed: take it
 * or its roles away in the realm too, or the user can log in again.
 */
@Service
@Command(
    scope = "steunpunt",
    name = "sessions-end",
    description = "Ends every browser session of a user, on all nodes. Operator only; audited.")
public final class SessionsEndCommand implements Action {

  @Reference WebSessions sessions;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "user", required = true, description = "The login name.")
  String user;

  @Override
  public Object execute() {
    System.out.println(end(sessions, authenticator.consoleUser(), user));
    return null;
  }

  static String end(WebSessions sessions, Optional<Actor> actor, String user) {
    return Answers.as(
        actor,
        a -> {
          int ended = sessions.endAll(a, user);
          return "Ended "
              + ended
              + (ended == 1 ? " session" : " sessions")
              + " of "
              + user.strip()
              + ". The account is unchanged.";
        });
  }
}
