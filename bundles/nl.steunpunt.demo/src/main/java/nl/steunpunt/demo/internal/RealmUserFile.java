package nl.steunpunt.demo.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;

/**
 * The properties file of a login realm and the factory of its backing engine, so accounts can be
 * changed through the realm's own engine (passwords hashed like any other) as one atomic
 * replacement of the file ({@link UserFileEdit}). The same as the core's (which removes the demo
 * accounts outside demo mode): this bundle may not depend on the core's internals.
 */
record RealmUserFile(Path file, Map<String, ?> options, BackingEngineFactory factory) {

  private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";
  private static final String USERS_OPTION = "users";

  /** Applies the change; returns what it returned, the number of accounts it changed. */
  int edit(ToIntFunction<BackingEngine> change) {
    if (Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled")))) {
      Object prefix = options.get("encryption.prefix");
      UserFileEdit.awaitHashed(file, prefix == null ? "{CRYPT}" : prefix.toString());
    }
    return UserFileEdit.apply(file, this::engineOn, change);
  }

  private BackingEngine engineOn(Path copy) {
    Map<String, Object> onCopy = new HashMap<>(options);
    onCopy.put(USERS_OPTION, copy.toString());
    return factory.build(onCopy);
  }

  /** The user file of the realm's properties login module, if it has one. */
  static Optional<RealmUserFile> of(
      String realmName, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
    return realms.stream()
        .filter(realm -> realmName.equals(realm.getName()))
        .flatMap(realm -> Arrays.stream(realm.getEntries()))
        .flatMap(entry -> of(entry, factories).stream())
        .findFirst();
  }

  private static Optional<RealmUserFile> of(
      AppConfigurationEntry entry, List<BackingEngineFactory> factories) {
    Object users = entry.getOptions().get(USERS_OPTION);
    if (users == null) {
      return Optional.empty();
    }
    return factoryFor(entry, factories)
        .map(factory -> new RealmUserFile(Path.of(users.toString()), entry.getOptions(), factory));
  }

  private static Optional<BackingEngineFactory> factoryFor(
      AppConfigurationEntry entry, List<BackingEngineFactory> factories) {
    Map<String, ?> options = entry.getOptions();
    Object module = options.get(MODULE_OPTION);
    String moduleClass = module != null ? module.toString() : entry.getLoginModuleName();
    // Only the properties realm stores passwords; the public-key module has no use here.
    if (!moduleClass.endsWith(".PropertiesLoginModule")) {
      return Optional.empty();
    }
    return factories.stream().filter(f -> moduleClass.equals(f.getModuleClass())).findFirst();
  }
}
