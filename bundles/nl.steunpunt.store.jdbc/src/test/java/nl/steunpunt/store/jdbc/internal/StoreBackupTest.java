package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.store.StoreBackup.Backup;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.osgi.PGDataSourceFactory;

/**
 * A backup of a store in use, restored into a new place as the README says (H2: the zip unpacked
 * into the data folder; PostgreSQL: {@code pg_restore}; both: the anchors and their key beside),
 * holds the same families, and its audit chain verifies against the anchors.
 */
class StoreBackupTest {

  @TempDir Path folder;

  @Test
  void anH2BackupRestoredIntoAFreshFolderHoldsTheSameDataAndItsChainVerifies() throws Exception {
    Path original = folder.resolve("original");
    String url = "jdbc:h2:file:" + original.resolve("db").resolve("steunpunt").toAbsolutePath();
    JdbcStore store = h2(url, original);
    List<Family> families;
    Backup backup;
    try {
      families = write(store, 40);
      backup = store.backup(folder.resolve("backup"));
    } finally {
      store.close();
    }
    assertThat(backup.database()).isEqualTo("H2");
    assertThat(backup.anchors()).isGreaterThanOrEqualTo(1);
    assertThat(backup.chainPosition()).isEqualTo(40);
    assertThat(sums(backup)).isTrue();

    // What bin/steunpunt-restore does with H2's RunScript tool: the script into a new database.
    Path restored = folder.resolve("restored");
    String restoredUrl =
        "jdbc:h2:file:" + restored.resolve("db").resolve("steunpunt").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(restoredUrl, "steunpunt", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "RUNSCRIPT FROM '"
              + folder.resolve("backup").resolve("steunpunt.sql.gz")
              + "' COMPRESSION GZIP");
    }
    restoreAnchors(restored);
    JdbcStore again = h2(restoredUrl, restored);
    try {
      assertRestored(again, families);
    } finally {
      again.close();
    }
  }

  @Test
  void aPostgresqlBackupRestoredWithPgRestoreHoldsTheSameDataAndItsChainVerifies()
      throws Exception {
    String schema;
    try (var pool = Databases.postgres();
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT current_schema()")) {
      rs.next();
      schema = rs.getString(1);
    }
    String url = PG_URL + "?currentSchema=" + schema;
    Path original = folder.resolve("original");
    JdbcStore store = postgresql(url, original);
    List<Family> families;
    Backup backup;
    try {
      families = write(store, 40);
      backup = store.backup(folder.resolve("backup"));
    } finally {
      store.close();
    }
    assertThat(backup.database()).isEqualTo("PostgreSQL");
    assertThat(sums(backup)).isTrue();

    // The original goes out of the way; pg_restore makes the schema again, as it was.
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_USER);
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER SCHEMA " + schema + " RENAME TO " + schema + "_gone");
    }
    ProcessBuilder restore =
        new ProcessBuilder(
                "pg_restore",
                "--no-password",
                "--exit-on-error",
                "--host=localhost",
                "--username=" + PG_USER,
                "--dbname=steunpunt_test",
                folder.resolve("backup").resolve("steunpunt.pgdump").toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("pg_restore.log").toFile());
    restore.environment().put("PGPASSWORD", PG_USER);
    Process running = restore.start();
    assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(running.exitValue()).as(Files.readString(folder.resolve("pg_restore.log"))).isZero();

    Path restored = folder.resolve("restored");
    restoreAnchors(restored);
    JdbcStore again = postgresql(url, restored);
    try {
      assertRestored(again, families);
    } finally {
      again.close();
    }
  }

  @Test
  void aBackupIntoAFolderThatIsNotEmptyIsRefusedAndWritesNothing() throws Exception {
    Path original = folder.resolve("original");
    JdbcStore store =
        h2(
            "jdbc:h2:file:" + original.resolve("db").resolve("steunpunt").toAbsolutePath(),
            original);
    try {
      Path full = Files.createDirectories(folder.resolve("full"));
      Files.writeString(full.resolve("notes.txt"), "keep");

      assertThatThrownBy(() -> store.backup(full))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not empty");
      try (var entries = Files.list(full)) {
        assertThat(entries).containsExactly(full.resolve("notes.txt"));
      }
    } finally {
      store.close();
    }
  }

  private static final String PG_URL = "jdbc:postgresql://localhost:5432/steunpunt_test";
  private static final String PG_USER = "steunpunt_test";

  private static JdbcStore h2(String url, Path home) throws Exception {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()), url, "steunpunt", "", options(home));
  }

  private static JdbcStore postgresql(String url, Path home) throws Exception {
    return new JdbcStore(new PGDataSourceFactory(), url, PG_USER, PG_USER, options(home));
  }

  private static JdbcStore.Options options(Path home) {
    return new JdbcStore.Options(
        2,
        "",
        "",
        50,
        true,
        true,
        Optional.of(
            new JdbcStore.Anchoring(
                home.resolve("etc"),
                home.resolve("data").resolve(Anchors.FILE),
                Duration.ofHours(1))));
  }

  /** Families with an audit entry each, as a platform in use writes them. */
  private static List<Family> write(JdbcStore store, int count) {
    List<Family> families = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Family family = StoreContract.family(String.format("B%010d", i), "0363", StoreContract.NOW);
      store.write(
          s -> {
            s.families().insert(family);
            s.audit()
                .append(
                    AuditContract.entry(
                        "counsellor", Instant.now(), Optional.of(family.id()), Optional.empty()));
            return null;
          });
      families.add(family);
    }
    return families;
  }

  private void restoreAnchors(Path restored) throws Exception {
    Path backup = folder.resolve("backup");
    Files.createDirectories(restored.resolve("data"));
    Files.copy(backup.resolve(Anchors.FILE), restored.resolve("data").resolve(Anchors.FILE));
    Path trusted = Files.createDirectories(restored.resolve("etc").resolve(AnchorKeys.TRUSTED));
    try (var keys = Files.newDirectoryStream(backup, "audit-anchor-*.pub")) {
      for (Path key : keys) {
        Files.copy(key, trusted.resolve(key.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void assertRestored(JdbcStore store, List<Family> families) {
    for (Family family : families) {
      UUID id = family.id();
      assertThat(store.<Optional<Family>>read(s -> s.families().find(id))).contains(family);
    }
    ChainVerification verification = store.read(s -> s.audit().verify());
    assertThat(verification.intact()).as(verification.problem().orElse("")).isTrue();
    assertThat(verification.checked()).isEqualTo(families.size());
  }

  private boolean sums(Backup backup) throws Exception {
    Path sums = backup.files().get(backup.files().size() - 1);
    for (String line : Files.readAllLines(sums)) {
      String[] parts = line.split("  ");
      if (!Backups.sha256(sums.resolveSibling(parts[1])).equals(parts[0])) {
        return false;
      }
    }
    return true;
  }
}
