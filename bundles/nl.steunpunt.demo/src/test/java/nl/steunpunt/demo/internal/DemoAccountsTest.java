package nl.steunpunt.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against Karaf's real properties user store, on a file in a temporary folder. */
class DemoAccountsTest {

  @TempDir Path dir;

  private PropertiesBackingEngine store(String content) throws IOException {
    Path file = dir.resolve("users.properties");
    Files.writeString(file, content);
    return new PropertiesBackingEngine(new Properties(file.toFile()));
  }

  @Test
  void everyKindOfUserGetsADemoAccountMarkedAsDemo() throws IOException {
    PropertiesBackingEngine engine = store("");

    assertThat(DemoAccounts.provision(engine)).isEqualTo(8);

    assertThat(engine.listUsers())
        .extracting(UserPrincipal::getName)
        .containsExactlyInAnyOrder(
            "counsellor",
            "teamlead",
            "municipality",
            "police",
            "therapist",
            "evaluator",
            "privacy",
            "operator");
    assertThat(engine.listRoles(new UserPrincipal("municipality")))
        .extracting(RolePrincipal::getName)
        .contains("demo", "municipality-officer", "org:GM0363");
  }

  @Test
  void onlyTheOperatorHasConsoleRights() throws IOException {
    PropertiesBackingEngine engine = store("");
    DemoAccounts.provision(engine);

    for (UserPrincipal user : engine.listUsers()) {
      boolean ssh =
          engine.listRoles(user).stream().map(RolePrincipal::getName).anyMatch("ssh"::equals);
      assertThat(ssh).as(user.getName()).isEqualTo(user.getName().equals("operator"));
    }
  }

  @Test
  void provisioningTwiceAddsNothingTheSecondTime() throws IOException {
    PropertiesBackingEngine engine = store("");
    DemoAccounts.provision(engine);

    assertThat(DemoAccounts.provision(engine)).isZero();
  }

  @Test
  void aRealAccountWithADemoNameIsLeftAlone() throws IOException {
    PropertiesBackingEngine engine = store("counsellor = secret,counsellor,org:steunpunt\n");

    assertThat(DemoAccounts.provision(engine)).isEqualTo(7);

    assertThat(engine.listRoles(new UserPrincipal("counsellor")))
        .extracting(RolePrincipal::getName)
        .doesNotContain("demo");
  }
}
