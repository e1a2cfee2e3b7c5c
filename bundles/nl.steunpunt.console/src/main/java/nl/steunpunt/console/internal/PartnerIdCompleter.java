package nl.steunpunt.console.internal;

import java.util.List;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PartnerStatus;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of the partners the platform knows, for the console user if an operator. */
@Service
public final class PartnerIdCompleter implements Completer {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    StringsCompleter ids = new StringsCompleter();
    try {
      authenticator
          .consoleUser()
          .ifPresent(
              actor ->
                  administration.partners(actor).stream()
                      .map(PartnerStatus::partnerId)
                      .forEach(ids.getStrings()::add));
    } catch (RuntimeException e) {
      // Not an operator, or the platform not ready: nothing to offer.
    }
    return ids.complete(session, commandLine, candidates);
  }
}
