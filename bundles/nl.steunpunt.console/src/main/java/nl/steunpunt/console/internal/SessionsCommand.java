package nl.steunpunt.console.internal;

import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.WebSessions;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code steunpunt:sessions}: how many live browser sessions each user has, on every node. */
@Service
@Command(
    scope = "steunpunt",
    name = "sessions",
    description = "Lists the live browser sessions per user (all nodes). Operator only; audited.")
public final class SessionsCommand implements Action {

  @Reference WebSessions sessions;
  @Reference Authenticator authenticator;

  @Option(
      name = "--no-format",
      description = "Plain table for scripts: no header line, columns separated by a tab.")
  boolean noFormat;

  @Override
  public Object execute() {
    System.out.println(list(sessions, authenticator.consoleUser(), !noFormat));
    return null;
  }

  static String list(WebSessions sessions, Optional<Actor> actor, boolean format) {
    return Answers.as(
        actor,
        a -> {
          Map<String, Integer> counts = sessions.count(a);
          if (counts.isEmpty()) {
            return "No live browser sessions.";
          }
          ShellTable table = Tables.table();
          table.column("User");
          table.column("Sessions").alignRight();
          counts.forEach((user, n) -> table.addRow().addContent(user, n));
          return Tables.text(table, format);
        });
  }
}
