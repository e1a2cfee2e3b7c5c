package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Karaf's real properties backing engine on files in a temporary folder. */
class UserFileEditTest {

  private static final String EXISTING = "admin = {CRYPT}abc{CRYPT},admin\n";

  @TempDir Path dir;

  private static BackingEngine engineOn(Path file) {
    try {
      return new PropertiesBackingEngine(new Properties(file.toFile()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds two accounts, as a demo's would be. */
  private static int addTwo(BackingEngine engine) {
    engine.addUser("counsellor", "demo");
    engine.addRole("counsellor", "demo");
    engine.addUser("operator", "demo");
    engine.addRole("operator", "demo");
    return 2;
  }

  @Test
  void theFileHoldsEveryAccountOfTheChangeAndKeepsTheAccountsItHad() throws IOException {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, EXISTING);

    int added = UserFileEdit.apply(users, UserFileEditTest::engineOn, UserFileEditTest::addTwo);

    assertThat(added).isEqualTo(2);
    java.util.Properties written = new java.util.Properties();
    try (var in = Files.newInputStream(users)) {
      written.load(in);
    }
    assertThat(written.stringPropertyNames())
        .contains("admin", "counsellor", "operator")
        .hasSize(3);
    assertThat(dir.toFile().list()).containsExactly("users.properties");
  }

  @Test
  void aChangeThatFailsHalfwayLeavesTheFileAsItWas() throws IOException {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, EXISTING);

    assertThatThrownBy(
            () ->
                UserFileEdit.apply(
                    users,
                    UserFileEditTest::engineOn,
                    engine -> {
                      engine.addUser("half", "secret");
                      throw new IllegalStateException("interrupted");
                    }))
        .hasMessage("interrupted");

    assertThat(Files.readString(users)).isEqualTo(EXISTING);
    assertThat(dir.toFile().list()).containsExactly("users.properties");
  }

  @Test
  void aChangeThatChangesNothingDoesNotRewriteTheFile() throws IOException {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, EXISTING);
    FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(users, before);

    int removed =
        UserFileEdit.apply(users, UserFileEditTest::engineOn, DemoAccountsRemoval::remove);

    assertThat(removed).isZero();
    assertThat(Files.getLastModifiedTime(users)).isEqualTo(before);
  }

  @Test
  void aClearPasswordIsSeenAsNotYetHashed() throws IOException {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, EXISTING + "_g_\\:operators = group\nadmin2 = secret,admin\n");
    Path hashed = dir.resolve("hashed.properties");
    Files.writeString(hashed, EXISTING + "_g_\\:operators = group\n");

    assertThat(UserFileEdit.hasClearPassword(users, "{CRYPT}")).isTrue();
    assertThat(UserFileEdit.hasClearPassword(hashed, "{CRYPT}")).isFalse();
  }
}
