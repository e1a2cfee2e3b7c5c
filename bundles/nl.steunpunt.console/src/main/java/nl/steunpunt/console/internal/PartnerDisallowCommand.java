package nl.steunpunt.console.internal;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.platform.PartnerAdministration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code steunpunt:partner-disallow}: takes a bundle off the allow-list, every entry for it. */
@Service
@Command(
    scope = "steunpunt",
    name = "partner-disallow",
    description = "Takes a bundle off the allow-list (every entry with its symbolic name).")
public final class PartnerDisallowCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "symbolicName", required = true, description = "Symbolic name.")
  String symbolicName;

  @Override
  public Object execute() {
    System.out.println(disallow(administration, authenticator.consoleUser(), symbolicName));
    return null;
  }

  static String disallow(
      PartnerAdministration administration, Optional<Actor> actor, String symbolicName) {
    return Answers.as(
        actor,
        a -> {
          int deleted = administration.disallow(a, symbolicName);
          return "Took "
              + symbolicName
              + " off the allow-list ("
              + deleted
              + (deleted == 1 ? " entry)." : " entries).");
        });
  }
}
