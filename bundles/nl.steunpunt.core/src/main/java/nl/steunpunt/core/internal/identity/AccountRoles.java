package nl.steunpunt.core.internal.identity;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;

/**
 * The roles an account has in the login realm now, without its password: what a session acts with.
 * Read through the realm's backing engine (Karaf's properties, JDBC or LDAP realms have one), the
 * same way {@code jaas:user-list} reads it; a group's roles count as the user's, as at a login.
 */
@FunctionalInterface
interface AccountRoles {

  /**
   * The account's role names.
   *
   * @return the names, or empty when the realm has no such account
   * @throws IllegalStateException when the realm cannot be read now
   */
  Optional<List<String>> of(String user);

  /**
   * The roles from the first module with a backing engine of the realm a login uses: of the realms
   * with that name, the one of the highest rank, as Karaf's JAAS configuration chooses (an
   * operator's LDAP realm that overrides {@code karaf}, say).
   */
  static Optional<AccountRoles> inRealm(
      String realmName, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
    return realms.stream()
        .filter(realm -> realmName.equals(realm.getName()))
        .max(java.util.Comparator.comparingInt(JaasRealm::getRank))
        .stream()
        .flatMap(realm -> Arrays.stream(realm.getEntries()))
        .flatMap(entry -> factoryFor(entry, factories).stream().map(f -> of(entry, f)))
        .findFirst();
  }

  private static AccountRoles of(AppConfigurationEntry entry, BackingEngineFactory factory) {
    Map<String, ?> options = entry.getOptions();
    return user -> {
      try {
        // A new engine each time: it reads the realm as it is now (a properties file is read once
        // per engine).
        BackingEngine engine = factory.build(options);
        boolean exists = engine.listUsers().stream().map(Principal::getName).anyMatch(user::equals);
        if (!exists) {
          return Optional.empty();
        }
        // Trimmed, as the login module trims them.
        return Optional.of(
            engine.listRoles(new UserPrincipal(user)).stream()
                .map(role -> role.getName().strip())
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList());
      } catch (RuntimeException e) {
        // A group that does not exist, an LDAP server away: the realm cannot be read now.
        throw new IllegalStateException("The login realm cannot be read", e);
      }
    };
  }

  private static Optional<BackingEngineFactory> factoryFor(
      AppConfigurationEntry entry, List<BackingEngineFactory> factories) {
    Object module = entry.getOptions().get("org.apache.karaf.jaas.module");
    String moduleClass = module != null ? module.toString() : entry.getLoginModuleName();
    return factories.stream().filter(f -> moduleClass.equals(f.getModuleClass())).findFirst();
  }
}
