package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against Karaf's real properties user store, on a file in a temporary folder. */
class DemoAccountsRemovalTest {

  /** Two accounts as the demo bundle writes them (marker role first), and the operator's own. */
  static final String USERS =
      """
      counsellor = demo,demo,counsellor,org:steunpunt
      operator = demo,demo,operator,org:steunpunt,admin,ssh
      admin = secret,operator,org:steunpunt
      """;

  @TempDir Path dir;

  private PropertiesBackingEngine store(String content) throws IOException {
    Path file = dir.resolve("users.properties");
    Files.writeString(file, content);
    return new PropertiesBackingEngine(new Properties(file.toFile()));
  }

  @Test
  void leavingDemoModeRemovesEveryDemoAccount() throws IOException {
    PropertiesBackingEngine engine = store(USERS);

    assertThat(DemoAccountsRemoval.remove(engine)).isEqualTo(2);

    assertThat(engine.listUsers()).extracting(UserPrincipal::getName).containsExactly("admin");
  }

  @Test
  void aRealAccountWithADemoNameIsLeftAlone() throws IOException {
    PropertiesBackingEngine engine = store("counsellor = secret,counsellor,org:steunpunt\n");

    assertThat(DemoAccountsRemoval.remove(engine)).isZero();

    assertThat(engine.lookupUser("counsellor")).isNotNull();
    assertThat(engine.listRoles(new UserPrincipal("counsellor")))
        .extracting(RolePrincipal::getName)
        .containsExactlyInAnyOrder("counsellor", "org:steunpunt");
  }

  @Test
  void anotherRealmNamedByAChangedConfigurationLosesItsDemoAccountsToo() throws IOException {
    Path karaf = dir.resolve("karaf.properties");
    Path other = dir.resolve("other.properties");
    Files.writeString(karaf, USERS);
    Files.writeString(other, USERS);
    List<JaasRealm> realms =
        List.of(TestRealms.properties("karaf", karaf), TestRealms.properties("other", other));
    DemoAccountsRemoval removal =
        new DemoAccountsRemoval(
            realms, List.of(new PropertiesBackingEngineFactory()), null, realmNamed("karaf"));
    assertThat(Files.readString(karaf)).doesNotContain("counsellor");
    assertThat(Files.readString(other)).contains("counsellor");

    removal.modified(realmNamed("other"));

    assertThat(Files.readString(other)).doesNotContain("counsellor").contains("admin");
  }

  private static DemoAccountsRemoval.Config realmNamed(String realm) {
    return new DemoAccountsRemoval.Config() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return DemoAccountsRemoval.Config.class;
      }

      @Override
      public String realm() {
        return realm;
      }
    };
  }
}
