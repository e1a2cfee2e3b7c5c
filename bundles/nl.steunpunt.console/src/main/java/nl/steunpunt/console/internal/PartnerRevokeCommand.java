package nl.steunpunt.console.internal;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.platform.PartnerAdministration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code steunpunt:partner-revoke}: deletes a partner's grant; delivery to it stops. */
@Service
@Command(
    scope = "steunpunt",
    name = "partner-revoke",
    description = "Revokes a partner's grant; delivery to it stops, its cursor stays.")
public final class PartnerRevokeCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "partnerId", required = true, description = "The partner id.")
  @Completion(PartnerIdCompleter.class)
  String partnerId;

  @Override
  public Object execute() {
    System.out.println(revoke(administration, authenticator.consoleUser(), partnerId));
    return null;
  }

  static String revoke(PartnerAdministration administration, Optional<Actor> actor, String id) {
    return Answers.as(
        actor,
        a -> {
          int deleted = administration.revoke(a, id);
          return "Revoked the grant of partner "
              + id
              + (deleted > 1 ? " (" + deleted + " configurations)." : ".");
        });
  }
}
