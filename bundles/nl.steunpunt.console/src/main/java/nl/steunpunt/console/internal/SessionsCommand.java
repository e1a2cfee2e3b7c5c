package nl.steunpunt.console.internal;

import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.WebSessions;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code steunpunt:sessions}: how many live browser sessions each user has, on every node. */
@Service
@Command(
    scope = "steunpunt",
    name = "sessions",
    description = "Lists the live browser sessions per user (all nodes). Operator only; audited.")
public final class SessionsCommand implements Action {

  @Reference WebSessions sessions;
  @Reference Authenticator authenticator;

  @Override
  public Object execute() {
    System.out.println(list(sessions, authenticator.consoleUser()));
    return null;
  }

  static String list(WebSessions sessions, Optional<Actor> actor) {
    return Answers.as(
        actor,
        a -> {
          Map<String, Integer> counts = sessions.count(a);
          if (counts.isEmpty()) {
            return "No live browser sessions.";
          }
          StringBuilder out = new StringBuilder(String.format("%-30s %s%n", "User", "Sessions"));
          counts.forEach((user, n) -> out.append(String.format("%-30s %d%n", user, n)));
          return out.toString().stripTrailing();
        });
  }
}
