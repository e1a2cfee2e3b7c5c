package nl.steunpunt.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a consistent backup of the running store: the database and the audit chain's anchors, with
 * a list of the files' SHA-256 digests, into a new folder.
 *
 * @since 0.2
 */
public interface StoreBackup {

  /**
   * Writes the backup.
   *
   * @param folder a folder that does not exist yet, or is empty
   * @return what was written
   * @throws IllegalArgumentException when the folder exists and is not empty
   */
  Backup backup(Path folder);

  /**
   * A backup written.
   *
   * @param database the database it holds ({@code H2} or {@code PostgreSQL})
   * @param files the files written, the digest list last
   * @param chainPosition the position of the audit chain's head it holds
   * @param anchors how many anchors it holds
   * @param bytes the size of its files together
   */
  record Backup(String database, List<Path> files, long chainPosition, long anchors, long bytes) {

    /** Copies the list. */
    public Backup {
      files = List.copyOf(files);
    }
  }
}
