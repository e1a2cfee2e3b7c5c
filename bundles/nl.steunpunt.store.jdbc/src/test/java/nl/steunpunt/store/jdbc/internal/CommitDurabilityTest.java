package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the store makes of the PostgreSQL server's durability settings when it opens. */
class CommitDurabilityTest {

  private static final Map<String, String> SAFE =
      Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on");

  @Test
  void aServerThatFlushesItsLogNeedsNothingFromThePlatform() {
    CommitDurability durability = CommitDurability.postgresql(SAFE, true);

    assertThat(durability.connectionInitSql()).isEmpty();
    assertThat(durability.h2WriteDelay()).isEmpty();
  }

  @Test
  void aServerWithoutFsyncIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> CommitDurability.postgresql(with("fsync", "off"), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fsync = off")
        .hasMessageContaining("fsync = on");
  }

  @Test
  void aServerWithoutFullPageWritesIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> CommitDurability.postgresql(with("full_page_writes", "off"), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("full_page_writes = off");
  }

  @Test
  void aServerWhoseSettingsCannotBeReadIsRefused() {
    assertThatThrownBy(() -> CommitDurability.postgresql(Map.of(), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown");
  }

  @Test
  void aServerDefaultOfAsynchronousCommitIsOverriddenOnThePlatformsConnections() {
    assertThat(
            CommitDurability.postgresql(with("synchronous_commit", "off"), true)
                .connectionInitSql())
        .contains("SET synchronous_commit = on");
    assertThat(
            CommitDurability.postgresql(with("synchronous_commit", "remote_apply"), true)
                .connectionInitSql())
        .isEmpty();
  }

  @Test
  void theOldNonDurableSettingCommitsAsynchronouslyWhateverTheServerSays() {
    assertThat(CommitDurability.postgresql(with("fsync", "off"), false).connectionInitSql())
        .isEqualTo(Optional.of("SET synchronous_commit = off"));
  }

  private static Map<String, String> with(String name, String value) {
    java.util.HashMap<String, String> settings = new java.util.HashMap<>(SAFE);
    settings.put(name, value);
    return settings;
  }

  @Test
  void h2WritesEachCommitBeforeItReturnsUnlessTheOldSettingIsAskedFor() throws Exception {
    String file = "jdbc:h2:file:/tmp/steunpunt";
    assertThat(CommitDurability.of(Dialect.H2, file, null, true, false).h2WriteDelay()).contains(0);
    assertThat(CommitDurability.of(Dialect.H2, file, null, false, false).h2WriteDelay())
        .contains(500);
    assertThat(CommitDurability.of(Dialect.H2, "jdbc:h2:mem:x", null, true, false).h2WriteDelay())
        .isEmpty();
  }
}
