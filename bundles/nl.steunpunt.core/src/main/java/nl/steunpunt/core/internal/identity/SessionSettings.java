package nl.steunpunt.core.internal.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The browser sessions' settings, which a request reads once and an operator's change replaces as
 * one: whose accounts the sessions follow, how long a session lasts unused and at most, how often
 * its user's roles are read again, and how long a node uses a session it read.
 */
record SessionSettings(
    AccountRoles accounts,
    Duration idle,
    Duration maxAge,
    Duration accountCheck,
    Duration cacheTime) {

  /**
   * The settings of a configuration, with the accounts of its realm. A value outside the range the
   * setting's description gives counts as the nearest end of it: Configuration Admin does not check
   * ranges, and an idle time of zero would end every session at its next request.
   *
   * @param accountsIn the accounts of a realm, by its name, if it has a module that can list them
   * @throws IllegalStateException when the realm has no module whose accounts can be read
   */
  static SessionSettings of(
      CoreWebSessions.Config config, Function<String, Optional<AccountRoles>> accountsIn) {
    AccountRoles accounts =
        accountsIn
            .apply(config.realm())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The login realm "
                            + config.realm()
                            + " has no module whose accounts can be read; sessions cannot follow"
                            + " their accounts"));
    return new SessionSettings(
        accounts,
        Duration.ofMinutes(Math.max(1, config.idleMinutes())),
        Duration.ofHours(Math.max(1, config.maxAgeHours())),
        Duration.ofSeconds(Math.max(1, Math.min(300, config.accountCheckSeconds()))),
        Duration.ofSeconds(Math.max(0, Math.min(60, config.cacheSeconds()))));
  }
}
