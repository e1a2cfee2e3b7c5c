package nl.steunpunt.console.internal;

import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.platform.PartnerAdministration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:partner-replay}: moves a partner's delivery cursor, so delivery goes on there.
 */
@Service
@Command(
    scope = "steunpunt",
    name = "partner-replay",
    description =
        "Moves a partner's delivery cursor: delivery goes on with the first event after the"
            + " sequence given (0: the whole log).")
public final class PartnerReplayCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "partnerId", required = true, description = "The partner id.")
  @Completion(PartnerIdCompleter.class)
  String partnerId;

  @Argument(
      index = 1,
      name = "afterSequence",
      required = true,
      description = "Delivery restarts after this sequence.")
  long afterSequence;

  @Override
  public Object execute() {
    System.out.println(
        replay(administration, authenticator.consoleUser(), partnerId, afterSequence));
    return null;
  }

  static String replay(
      PartnerAdministration administration, Optional<Actor> actor, String id, long after) {
    return Answers.as(
        actor,
        a -> {
          OptionalLong was = administration.replay(a, id, after);
          return "Partner "
              + id
              + ": cursor "
              + (was.isPresent() ? "moved from " + was.getAsLong() + " to " : "created at ")
              + after
              + "; delivery goes on with the next event after it.";
        });
  }
}
