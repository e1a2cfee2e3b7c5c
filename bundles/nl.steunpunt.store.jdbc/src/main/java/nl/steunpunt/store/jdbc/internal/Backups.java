package nl.steunpunt.store.jdbc.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.steunpunt.store.StoreBackup.Backup;

/**
 * Writes a consistent online backup of the store into a new folder:
 *
 * <ul>
 *   <li>the database: on H2 {@code SCRIPT … COMPRESSION GZIP} in a transaction of isolation level
 *       {@code SNAPSHOT} ({@code steunpunt.sql.gz}: every table as of one moment, while the
 *       platform runs); on PostgreSQL {@code pg_dump --format=custom} ({@code steunpunt.pgdump},
 *       one snapshot), run as the schema's owner when one is configured;
 *   <li>the anchors ({@code audit-anchors.log}) and the public key that signed them ({@code
 *       audit-anchor-<id>.pub}), so that the restored chain is verified against them;
 *   <li>{@code backup.properties} (what, when, the chain's head) and {@code SHA256SUMS} (in the
 *       format of {@code sha256sum -c}).
 * </ul>
 *
 * The head is sealed and anchored first, and no anchor is appended until the database is copied: so
 * every anchor in the backup names a position the backed-up chain has.
 */
final class Backups {

  /** H2's isolation level SNAPSHOT ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
  private static final int H2_SNAPSHOT = 6;

  /** How long {@code pg_dump} may take. */
  private static final long DUMP_HOURS = 6;

  private final Dialect dialect;
  private final DataSource pool;
  private final String url;
  private final String user;
  private final String password;
  private final AuditSealer sealer;

  Backups(
      Dialect dialect,
      DataSource pool,
      String url,
      String user,
      String password,
      AuditSealer sealer) {
    this.dialect = dialect;
    this.pool = pool;
    this.url = url;
    this.user = user;
    this.password = password;
    this.sealer = sealer;
  }

  Backup backup(Path folder) {
    try {
      prepare(folder);
      sealer.seal();
      List<Path> files = new ArrayList<>();
      Optional<Anchors> anchors = sealer.anchors();
      long[] head = new long[1];
      long[] anchorCount = new long[1];
      Runnable copy =
          () -> {
            head[0] = head();
            files.add(dumpDatabase(folder));
            anchors.ifPresent(a -> anchorCount[0] = a.copyTo(folder, files));
          };
      if (anchors.isPresent()) {
        anchors.get().holding(pool, copy);
      } else {
        copy.run();
      }
      Path manifest = folder.resolve("backup.properties");
      Files.writeString(
          manifest,
          "created="
              + Instant.now()
              + "\ndatabase="
              + dialect.productName()
              + "\nchainPosition="
              + head[0]
              + "\nanchors="
              + anchorCount[0]
              + "\nschemaVersion="
              + schemaVersion()
              + "\n",
          StandardCharsets.UTF_8);
      files.add(manifest);
      Path sums = folder.resolve("SHA256SUMS");
      StringBuilder lines = new StringBuilder();
      long bytes = 0;
      for (Path file : files) {
        lines.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
        bytes += Files.size(file);
      }
      Files.writeString(sums, lines.toString(), StandardCharsets.UTF_8);
      files.add(sums);
      return new Backup(dialect.productName(), files, head[0], anchorCount[0], bytes);
    } catch (IOException e) {
      throw new StoreException("write the backup", e);
    }
  }

  private static void prepare(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("The backup folder is not empty: " + folder);
        }
      }
    }
    Files.createDirectories(folder);
  }

  private long head() {
    try (Connection connection = pool.getConnection()) {
      long position =
          new Sql(connection)
              .one("SELECT last_position FROM audit_head WHERE id = 1", rs -> rs.getLong(1))
              .orElse(0L);
      connection.commit();
      return position;
    } catch (SQLException e) {
      throw new StoreException("read the head of the audit log", e);
    }
  }

  private long schemaVersion() {
    try (Connection connection = pool.getConnection()) {
      long version =
          new Sql(connection)
              .one("SELECT MAX(version) FROM schema_version", rs -> rs.getLong(1))
              .orElse(0L);
      connection.commit();
      return version;
    } catch (SQLException e) {
      throw new StoreException("read the schema version", e);
    }
  }

  private Path dumpDatabase(Path folder) {
    return dialect == Dialect.H2 ? h2(folder) : postgresql(folder);
  }

  /**
   * A script of the whole database, not a copy of its file ({@code BACKUP TO}): the file holds the
   * pages of old versions until H2 compacts it, at 100,000 families 5.6 GB for a 70 MB database,
   * and its copy took 204 s where the script takes seconds.
   */
  private Path h2(Path folder) {
    Path script = folder.resolve("steunpunt.sql.gz");
    try (Connection connection = pool.getConnection()) {
      // SNAPSHOT: the first statement sees every table as of one moment.
      connection.setTransactionIsolation(H2_SNAPSHOT);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "SCRIPT TO '"
                + script.toAbsolutePath().toString().replace("'", "''")
                + "' COMPRESSION GZIP");
      }
      connection.commit();
      return script;
    } catch (SQLException e) {
      throw new StoreException("back up the H2 database", e);
    }
  }

  private Path postgresql(Path folder) {
    Path dump = folder.resolve("steunpunt.pgdump");
    URI uri = URI.create(url.substring("jdbc:".length()));
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String database = uri.getPath().replaceFirst("^/", "");
    List<String> command =
        new ArrayList<>(
            List.of(
                "pg_dump",
                "--format=custom",
                "--no-password",
                "--host=" + host,
                "--port=" + port,
                "--username=" + user,
                "--dbname=" + database,
                "--file=" + dump.toAbsolutePath()));
    // A store in a schema of its own (currentSchema in the URL) is dumped alone.
    currentSchema(uri).ifPresent(schema -> command.add("--schema=" + schema));
    ProcessBuilder pgDump =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("pg_dump.log").toFile());
    pgDump.environment().put("PGPASSWORD", password);
    try {
      Process process = pgDump.start();
      if (!process.waitFor(DUMP_HOURS, TimeUnit.HOURS)) {
        process.destroyForcibly();
        throw new StoreException("back up the PostgreSQL database: pg_dump took too long");
      }
      if (process.exitValue() != 0) {
        throw new StoreException(
            "back up the PostgreSQL database: pg_dump failed (exit "
                + process.exitValue()
                + "), see "
                + folder.resolve("pg_dump.log"));
      }
      Files.deleteIfExists(folder.resolve("pg_dump.log"));
      return dump;
    } catch (IOException e) {
      throw new StoreException("back up the PostgreSQL database: pg_dump cannot be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("back up the PostgreSQL database: interrupted", e);
    }
  }

  private static Optional<String> currentSchema(URI uri) {
    if (uri.getQuery() == null) {
      return Optional.empty();
    }
    return Stream.of(uri.getQuery().split("&"))
        .filter(parameter -> parameter.startsWith("currentSchema="))
        .map(parameter -> parameter.substring("currentSchema=".length()))
        .findFirst();
  }

  static String sha256(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
