package nl.steunpunt.core.internal.identity;

import java.nio.file.Path;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;

/** Login realms as Karaf's JAAS configuration gives them, for tests on real user files. */
final class TestRealms {

  private TestRealms() {}

  /** A realm of one properties login module on the user file {@code users}. */
  static JaasRealm properties(String name, Path users) {
    AppConfigurationEntry entry =
        new AppConfigurationEntry(
            PropertiesLoginModule.class.getName(),
            AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
            Map.of("users", users.toString()));
    return new JaasRealm() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public int getRank() {
        return 0;
      }

      @Override
      public AppConfigurationEntry[] getEntries() {
        return new AppConfigurationEntry[] {entry};
      }
    };
  }
}
