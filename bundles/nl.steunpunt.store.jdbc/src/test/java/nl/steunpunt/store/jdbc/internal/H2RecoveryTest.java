package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
      List<Long> written = H2CommitWriter.runAndKill(url, 1500 + random.nextInt(2000), 0);
      assertThat(written).isNotEmpty();
      acknowledged.addAll(written);
      assertThat(H2Recovery.closedCleanly(folder.resolve("db.mv.db"))).isFalse();

      H2Recovery.beforeOpening(url);
      H2Recovery.closed(url);

      Set<Long> present = H2CommitWriter.rows(url);
      assertThat(acknowledged.stream().filter(id -> !present.contains(id)))
          .as("acknowledged rows missing after kill %d", kill + 1)
          .isEmpty();
    }
    assertThat(acknowledged).hasSizeGreaterThan(KILLS * 100);
  }

  @Test
  void aFileClosedCleanlyIsLeftAsItIs() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    H2CommitWriter.rows(url);
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
}
