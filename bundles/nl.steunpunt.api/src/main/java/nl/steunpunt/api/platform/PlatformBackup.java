package nl.steunpunt.api.platform;

import java.nio.file.Path;
import nl.steunpunt.api.access.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operator's backup of the running platform: the database and the audit log's anchors, one
 * consistent copy, into a folder on the platform's machine. Only an operator may make one; each is
 * audited ({@link nl.steunpunt.api.access.Action#EXPORT} of object type {@code backup}, purpose
 * operations) before it is written. How to restore it is in the README (Backup and restore).
 *
 * @since 0.4
 */
@ProviderType
public interface PlatformBackup {

  /**
   * Writes a backup.
   *
   * @param operator the operator, as the platform issued them
   * @param folder a folder that does not exist yet, or is empty
   * @return what was written
   * @throws nl.steunpunt.api.common.AccessDeniedException when the actor is not an operator
   * @throws IllegalArgumentException when the folder is not empty
   * @throws nl.steunpunt.api.common.UnavailableException when the audit log or the database cannot
   *     be written or read: then no backup was made
   */
  BackupReport backup(Actor operator, Path folder);
}
