package nl.steunpunt.console.internal;

import java.nio.file.Path;
import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.platform.BackupReport;
import nl.steunpunt.api.platform.PlatformBackup;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:backup <folder>}: a consistent backup of the running platform (database and
 * audit anchors) into a new or empty folder on the platform's machine, as the logged-in operator.
 * Audited; a refusal or failure is one line, never a stack.
 */
@Service
@Command(
    scope = "steunpunt",
    name = "backup",
    description =
        "Writes a consistent backup of the running platform (database and audit anchors) into a"
            + " new or empty folder. Restore: README, Backup and restore.")
public final class BackupCommand implements Action {

  @Argument(
      index = 0,
      name = "folder",
      description = "A folder that does not exist yet, or is empty; relative to Karaf's home.",
      required = true)
  String folder;

  @Reference PlatformBackup backups;
  @Reference Authenticator authenticator;

  @Override
  public Object execute() {
    System.out.println(backup(backups, authenticator.consoleUser(), folder));
    return null;
  }

  static String backup(PlatformBackup backups, Optional<Actor> actor, String folder) {
    if (actor.isEmpty()) {
      return "Cannot back up: the console user has no single Steunpunt organisation (role"
          + " org:<id>).";
    }
    try {
      return render(backups.backup(actor.get(), Path.of(folder)));
    } catch (AccessDeniedException e) {
      return "Not allowed: " + oneLine(e.getMessage());
    } catch (IllegalArgumentException e) {
      return "Not backed up: " + oneLine(e.getMessage());
    } catch (UnavailableException e) {
      return "Not backed up: " + oneLine(e.getMessage());
    }
  }

  static String render(BackupReport report) {
    return "Backup written to "
        + report.folder()
        + ": "
        + report.database()
        + ", audit chain at position "
        + report.chainPosition()
        + ", "
        + report.anchors()
        + " anchors, "
        + report.bytes()
        + " bytes in "
        + String.join(", ", report.files())
        + ", in "
        + report.took().toMillis()
        + " ms.";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
