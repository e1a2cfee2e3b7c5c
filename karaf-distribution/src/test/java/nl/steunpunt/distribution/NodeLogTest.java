package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class NodeLogTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void aDiagnosisNamesTheRealmsAccountsAndThePlatformsWarningsButNoPasswordsOrNoise()
      throws Exception {
    Path home = folder.getRoot().toPath();
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("data/log"));
    Files.writeString(
        home.resolve("etc/users.properties"),
        "counsellor = {CRYPT}secret-hash{CRYPT},demo,counsellor\n_g_\\:operators = group,admin\n");
    Files.write(
        home.resolve("data/log/karaf.log"),
        List.of(
            "t | INFO  | main | FeaturesServiceImpl | 20 - org.apache.karaf.features.core | noise",
            "t | WARN  | main | Trust | 110 - nl.steunpunt.trust - 0.1 | a platform warning",
            "t | INFO  | main | CoreWebSessions | 111 - nl.steunpunt.core - 0.1 | A session ended"));

    String diagnosis = NodeLog.diagnosis(home);

    assertThat(diagnosis)
        .contains("accounts [counsellor]", "a platform warning", "A session ended")
        .doesNotContain("secret-hash", "noise", "operators");
  }
}
