package nl.steunpunt.console.internal;

import java.util.List;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.platform.Readiness;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code steunpunt:status}: the platform's version, readiness and mode, for the operator. */
@Service
@Command(
    scope = "steunpunt",
    name = "status",
    description = "Shows whether every core component of Steunpunt is active.")
public final class StatusCommand implements Action {

  @Reference PlatformStatus platform;

  @Override
  public Object execute() {
    System.out.println(
        render(platform.version(), platform.readiness(), platform.demoMode(), platform.alerts()));
    return null;
  }

  static String render(String version, Readiness readiness, boolean demo, List<String> alerts) {
    StringBuilder out = new StringBuilder();
    out.append("Steunpunt ").append(version).append('\n');
    out.append("Ready:     ").append(readiness.ready() ? "yes" : "no").append('\n');
    out.append("Mode:      ").append(demo ? "DEMO (published demo passwords)" : "production");
    for (String waiting : readiness.waitingFor()) {
      out.append('\n').append("Waiting for ").append(waiting);
    }
    out.append('\n').append("Alerts:    ").append(alerts.isEmpty() ? "none" : alerts.size());
    for (String alert : alerts) {
      out.append('\n').append("  ! ").append(alert);
    }
    return out.toString();
  }
}
