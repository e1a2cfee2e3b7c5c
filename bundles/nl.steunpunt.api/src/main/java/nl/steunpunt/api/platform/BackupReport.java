package nl.steunpunt.api.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A backup written by {@link PlatformBackup}.
 *
 * @param folder where it is
 * @param database the database it holds a copy of ({@code H2} or {@code PostgreSQL})
 * @param files its files, by name
 * @param chainPosition the position of the audit chain's head in the copy
 * @param anchors how many anchors of the audit chain it holds
 * @param bytes the size of its files together
 * @param took how long it took
 * @since 0.4
 */
public record BackupReport(
    Path folder,
    String database,
    List<String> files,
    long chainPosition,
    long anchors,
    long bytes,
    Duration took) {

  /** Creates the report. */
  public BackupReport {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(database, "database");
    files = List.copyOf(files);
    Objects.requireNonNull(took, "took");
  }
}
