package nl.steunpunt.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.demo.internal.GeneratedFamilies;
import nl.steunpunt.store.StoreBackup;
import nl.steunpunt.store.jdbc.internal.JdbcStore;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * How long a backup and a restore take on a store of N generated families with an audit entry each,
 * on H2 and PostgreSQL: {@code steunpunt:backup}'s store part (seal, anchor, copy the database and
 * the anchors, digests), then the restore as the README does it (H2: RUNSCRIPT into a new database;
 * PostgreSQL: {@code pg_restore}) followed by opening the store and verifying the whole audit chain
 * against its anchors. Arguments: the number of families.
 */
public final class BackupBenchmark {

  private static final String PG_URL =
      System.getenv()
          .getOrDefault("STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
  private static final String PG_USER = "steunpunt_test";

  private BackupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int families = Integer.parseInt(args[0]);
    List<String> rows = new ArrayList<>();
    Path home = Files.createTempDirectory("steunpunt-backup-bench");
    rows.add(h2(home.resolve("h2"), families));
    rows.add(postgresql(home.resolve("pg"), families));
    System.out.println(
        "| Database | Families | Audit entries | Backup s | Backup MiB | Restore s | Open + verify s |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private static String h2(Path home, int families) throws Exception {
    DataSourceFactory driver = new org.h2.util.OsgiDataSourceFactory(org.h2.Driver.load());
    String url = "jdbc:h2:file:" + home.resolve("original").resolve("steunpunt");
    Path backupFolder = home.resolve("backup");
    Measured backup =
        fillAndBackUp(driver, url, "sa", "", home.resolve("original"), families, backupFolder);

    long start = System.nanoTime();
    Path restored = home.resolve("restored");
    String restoredUrl = "jdbc:h2:file:" + restored.resolve("steunpunt");
    try (Connection connection = DriverManager.getConnection(restoredUrl, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "RUNSCRIPT FROM '" + backupFolder.resolve("steunpunt.sql.gz") + "' COMPRESSION GZIP");
    }
    restoreAnchors(backupFolder, restored);
    double restoreSeconds = seconds(start);
    double verifySeconds = openAndVerify(driver, restoredUrl, "sa", "", restored);
    return row("H2 (embedded file)", families, backup, restoreSeconds, verifySeconds);
  }

  private static String postgresql(Path home, int families) throws Exception {
    String schema = "backup_bench_" + System.currentTimeMillis();
    execute("CREATE SCHEMA " + schema);
    try {
      DataSourceFactory driver = new org.postgresql.osgi.PGDataSourceFactory();
      String url = PG_URL + "?currentSchema=" + schema;
      Path backupFolder = home.resolve("backup");
      Measured backup =
          fillAndBackUp(
              driver, url, PG_USER, PG_USER, home.resolve("original"), families, backupFolder);
      execute("ALTER SCHEMA " + schema + " RENAME TO " + schema + "_original");

      long start = System.nanoTime();
      ProcessBuilder restore =
          new ProcessBuilder(
                  "pg_restore",
                  "--no-password",
                  "--exit-on-error",
                  "--no-owner",
                  "--host=localhost",
                  "--username=" + PG_USER,
                  "--dbname=steunpunt_test",
                  backupFolder.resolve("steunpunt.pgdump").toString())
              .inheritIO();
      restore.environment().put("PGPASSWORD", PG_USER);
      Process running = restore.start();
      if (!running.waitFor(1, TimeUnit.HOURS) || running.exitValue() != 0) {
        throw new IllegalStateException("pg_restore failed");
      }
      Path restored = home.resolve("restored");
      restoreAnchors(backupFolder, restored);
      double restoreSeconds = seconds(start);
      double verifySeconds = openAndVerify(driver, url, PG_USER, PG_USER, restored);
      return row("PostgreSQL (localhost)", families, backup, restoreSeconds, verifySeconds);
    } finally {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      execute("DROP SCHEMA IF EXISTS " + schema + "_original CASCADE");
    }
  }

  private record Measured(double seconds, long bytes, long entries) {}

  private static Measured fillAndBackUp(
      DataSourceFactory driver,
      String url,
      String user,
      String password,
      Path home,
      int families,
      Path backupFolder)
      throws Exception {
    JdbcStore store = new JdbcStore(driver, url, user, password, options(home));
    try {
      GeneratedFamilies.write(store, families, 2015, Instant.now());
      int batch = 1000;
      for (int done = 0; done < families; done += batch) {
        int size = Math.min(batch, families - done);
        store.write(
            s -> {
              for (int i = 0; i < size; i++) {
                s.audit().append(entry());
              }
              return null;
            });
      }
      long start = System.nanoTime();
      StoreBackup.Backup backup = store.backup(backupFolder);
      return new Measured(seconds(start), backup.bytes(), backup.chainPosition());
    } finally {
      store.close();
    }
  }

  private static double openAndVerify(
      DataSourceFactory driver, String url, String user, String password, Path home)
      throws Exception {
    long start = System.nanoTime();
    JdbcStore store = new JdbcStore(driver, url, user, password, options(home));
    try {
      ChainVerification verification = store.read(s -> s.audit().verify());
      if (!verification.intact()) {
        throw new IllegalStateException(
            "the restored chain does not verify: " + verification.problem().orElse(""));
      }
      return seconds(start);
    } finally {
      store.close();
    }
  }

  private static JdbcStore.Options options(Path home) {
    return new JdbcStore.Options(
        8,
        "",
        "",
        200,
        true,
        true,
        Optional.of(
            new JdbcStore.Anchoring(
                home.resolve("etc"),
                home.resolve("data").resolve("audit-anchors.log"),
                Duration.ofMinutes(1))));
  }

  private static AuditEntry entry() {
    UUID family = UUID.randomUUID();
    return new AuditEntry(
        0,
        Instant.now(),
        "counsellor",
        "counsellor",
        "steunpunt",
        Optional.empty(),
        "web",
        Action.READ,
        "family",
        Optional.of(family.toString()),
        Optional.of(family),
        Optional.empty(),
        Optional.of(DataCategory.IDENTITY),
        Outcome.ALLOWED,
        Purpose.CARE,
        Optional.of("127.0.0.1"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void restoreAnchors(Path backup, Path restored) throws Exception {
    Files.createDirectories(restored.resolve("data"));
    Files.copy(
        backup.resolve("audit-anchors.log"), restored.resolve("data").resolve("audit-anchors.log"));
    Path trusted =
        Files.createDirectories(restored.resolve("etc").resolve("steunpunt-audit-anchor-trusted"));
    try (var keys = Files.newDirectoryStream(backup, "audit-anchor-*.pub")) {
      for (Path key : keys) {
        Files.copy(key, trusted.resolve(key.getFileName()));
      }
    }
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_USER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static String row(
      String database, int families, Measured backup, double restore, double verify) {
    return String.format(
        "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |",
        database,
        families,
        backup.entries(),
        backup.seconds(),
        backup.bytes() / 1048576.0,
        restore,
        verify);
  }
}
