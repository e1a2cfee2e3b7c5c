package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable, on the embedded H2 store: a process writing families with their audit
 * entries is killed ({@code SIGKILL}) in the middle of its writes, three times over one database;
 * every write it acknowledged is there after each restart, with its audit entry, and the chain
 * verifies. The distribution's own crash test does the same over HTTP, on H2 and PostgreSQL.
 */
class KilledStoreTest {

  private static final int KILLS = 3;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

  @TempDir Path folder;

  @Test
  void everyWriteAcknowledgedBeforeAKillIsThereWithItsAuditEntryAfterARestart() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("steunpunt").toAbsolutePath();
    List<UUID> acknowledged = new ArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      acknowledged.addAll(writeUntilKilled(url, 1_000_000L * (kill + 1)));

      JdbcStore store = open(url);
      try {
        for (UUID id : acknowledged) {
          assertThat(store.<Optional<Family>>read(s -> s.families().find(id)))
              .as("family %s", id)
              .isPresent();
        }
        long audited =
            store.read(
                s ->
                    s.audit()
                        .search(
                            new AuditSearch(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("crash"),
                                Optional.empty(),
                                Optional.empty()),
                            new PageRequest(0, 1))
                        .total());
        assertThat(audited).isGreaterThanOrEqualTo(acknowledged.size());
        ChainVerification chain = store.read(s -> s.audit().verify());
        assertThat(chain.intact()).as(chain.problem().orElse("")).isTrue();
      } finally {
        store.close();
      }
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * ACKNOWLEDGED_BEFORE_KILL);
  }

  /** Runs a {@link CrashWriter} until it acknowledged enough writes, kills it, returns its ids. */
  private static List<UUID> writeUntilKilled(String url, long firstReference) throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                url,
                "true",
                Long.toString(firstReference))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      String line;
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL
          && System.nanoTime() < deadline
          && (line = out.readLine()) != null) {
        if (!line.equals("open")) {
          acknowledged.add(UUID.fromString(line));
        }
      }
      // SIGKILL, while the writer's threads are in the middle of their transactions; through the
      // handle, which leaves the pipe open (Process.destroyForcibly closes it) so that what the
      // writer printed before it died is read too: that was acknowledged as well.
      writer.toHandle().destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      while ((line = out.readLine()) != null) {
        if (line.length() == 36) {
          acknowledged.add(UUID.fromString(line));
        }
      }
    } finally {
      writer.destroyForcibly();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    return new ArrayList<>(acknowledged);
  }

  private static JdbcStore open(String url) throws Exception {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()),
        url,
        "steunpunt",
        "",
        new JdbcStore.Options(2, "", "", 200, true, true, Optional.empty()));
  }
}
