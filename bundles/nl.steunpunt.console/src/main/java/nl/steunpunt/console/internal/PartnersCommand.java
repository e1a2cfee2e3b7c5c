package nl.steunpunt.console.internal;

import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PartnerStatus;
import nl.steunpunt.api.platform.PlatformStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:partners}: every partner with its bundles, allow-list verdict, grant and event
 * delivery, and the platform's alerts; {@code --verbose} for the detail, {@code --no-format} for
 * scripts.
 */
@Service
@Command(
    scope = "steunpunt",
    name = "partners",
    description =
        "Lists the partners: bundles and their allow-list verdict, grant, delivery cursor,"
            + " backlog and last error.")
public final class PartnersCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Reference(optional = true)
  PlatformStatus platform;

  @Option(name = "--verbose", aliases = "-v", description = "Shows every detail per partner.")
  boolean verbose;

  @Option(
      name = "--no-format",
      description = "Plain table for scripts: no header line, columns separated by a tab.")
  boolean noFormat;

  @Override
  public Object execute() {
    System.out.println(
        list(administration, platform, authenticator.consoleUser(), verbose, !noFormat));
    return null;
  }

  static String list(
      PartnerAdministration administration,
      PlatformStatus platform,
      Optional<Actor> actor,
      boolean verbose,
      boolean format) {
    return Answers.as(
        actor,
        a -> {
          List<PartnerStatus> partners = administration.partners(a);
          String text =
              verbose ? PartnerTable.detail(partners) : PartnerTable.table(partners, format);
          List<String> alerts = platform == null ? List.of() : platform.alerts();
          if (alerts.isEmpty()) {
            return text;
          }
          StringBuilder out = new StringBuilder(text).append("\nAlerts:");
          alerts.forEach(alert -> out.append("\n  ").append(Answers.oneLine(alert)));
          return out.toString();
        });
  }
}
