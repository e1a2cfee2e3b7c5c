package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file whose process was killed is scanned for its last commit before it is opened, so that
 * no acknowledged commit is lost ({@link H2Recovery}).
 */
class H2RecoveryTest {

  private static final int KILLS = 8;

  @TempDir Path folder;

  /**
   * Without the scan this fails: H2's own recovery lost an acknowledged commit in about a third of
   * this writer's kills (16 commits in 9 of 25 kills, in a run of our own).
   */
  @Test
  void everyCommitAcknowledgedBeforeEachOfEightKillsIsThereAfterRecovery() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    Random random = new Random(16);
    Set<Long> acknowledged = new HashSet<>();
    for (int kill = 0; kill < KILLS; kill++) {
      acknowledged.addAll(writeUntilKilled(url, 1500 + random.nextInt(2000)));
      assertThat(H2Recovery.closedCleanly(folder.resolve("db.mv.db"))).isFalse();

      H2Recovery.beforeOpening(url);
      H2Recovery.closed(url);

      Set<Long> present = rows(url);
      assertThat(acknowledged.stream().filter(id -> !present.contains(id)))
          .as("acknowledged rows missing after kill %d", kill + 1)
          .isEmpty();
    }
    assertThat(acknowledged).hasSizeGreaterThan(KILLS * 100);
  }

  @Test
  void aFileClosedCleanlyIsLeftAsItIs() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    rows(url);
    Path file = folder.resolve("db.mv.db");
    byte[] before = Files.readAllBytes(file);

    assertThat(H2Recovery.closedCleanly(file)).isTrue();
    H2Recovery.beforeOpening(url);
    H2Recovery.closed(url);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aDatabaseNotYetCreatedIsLeftToH2() {
    String url = "jdbc:h2:file:" + folder.resolve("new").toAbsolutePath();
    H2Recovery.beforeOpening(url);
    H2Recovery.closed(url);

    assertThat(folder.resolve("new.mv.db")).doesNotExist();
  }

  @Test
  void aFileThatIsNotAnH2DatabaseIsRefusedWithItsName() throws Exception {
    Path file = folder.resolve("other.mv.db");
    Files.write(file, new byte[3 * 4096]);

    assertThatThrownBy(
            () ->
                H2Recovery.beforeOpening(
                    "jdbc:h2:file:" + folder.resolve("other").toAbsolutePath()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be recovered")
        .hasMessageContaining(file.toString());
  }

  @Test
  void theFileOfAnH2UrlIsItsMvDbFileAndMemoryRemoteAndEncryptedDatabasesHaveNone() {
    assertThat(H2Recovery.fileOf("jdbc:h2:file:/srv/steunpunt/data;WRITE_DELAY=0"))
        .contains(Path.of("/srv/steunpunt/data.mv.db"));
    assertThat(H2Recovery.fileOf("jdbc:h2:/srv/steunpunt/data"))
        .contains(Path.of("/srv/steunpunt/data.mv.db"));
    assertThat(H2Recovery.fileOf("jdbc:h2:~/steunpunt"))
        .contains(Path.of(System.getProperty("user.home"), "steunpunt.mv.db"));
    assertThat(H2Recovery.fileOf("jdbc:h2:mem:steunpunt")).isEmpty();
    assertThat(H2Recovery.fileOf("jdbc:h2:tcp://127.0.0.1/steunpunt")).isEmpty();
    assertThat(H2Recovery.fileOf("jdbc:h2:file:/srv/data;CIPHER=AES")).isEmpty();
    assertThat(H2Recovery.fileOf("jdbc:postgresql://127.0.0.1/steunpunt")).isEmpty();
  }

  /** Runs an {@link H2CommitWriter} for the given time, kills it, returns what it acknowledged. */
  private static List<Long> writeUntilKilled(String url, long millis) throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                H2CommitWriter.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<Long> acknowledged = new CopyOnWriteArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      Thread reader =
          new Thread(
              () -> {
                try {
                  String line;
                  while ((line = out.readLine()) != null) {
                    if (!line.equals("open")) {
                      acknowledged.add(Long.parseLong(line));
                    }
                  }
                } catch (Exception e) {
                  // the pipe closes when the writer dies
                }
              });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(millis);
      // SIGKILL through the handle, which leaves the pipe open so that the last lines are read.
      writer.toHandle().destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(30));
    } finally {
      writer.destroyForcibly();
    }
    assertThat(acknowledged).isNotEmpty();
    return acknowledged;
  }

  private static Set<Long> rows(String url) throws Exception {
    Set<Long> rows = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS row_written(id BIGINT PRIMARY KEY, pad VARCHAR)");
      try (ResultSet rs = statement.executeQuery("SELECT id FROM row_written")) {
        while (rs.next()) {
          rows.add(rs.getLong(1));
        }
      }
    }
    return rows;
  }
}
