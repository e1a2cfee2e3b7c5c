package nl.steunpunt.demo.internal;

import java.util.List;
import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * The demo accounts, one per kind of user, each with the published password {@code demo} and the
 * marker role {@code demo}. They exist only while demo mode is on: a start without demo mode
 * removes every account that carries the marker (the core's {@code DemoAccountsRemoval}, which
 * knows the marker by the same name), and an existing account of the same name that is not a demo
 * account is never touched.
 */
final class DemoAccounts {

  static final String MARKER_ROLE = "demo";
  static final String PASSWORD = "demo";

  record Account(String user, List<String> roles) {}

  static final List<Account> ALL =
      List.of(
          new Account("counsellor", List.of("counsellor", "org:steunpunt")),
          new Account("teamlead", List.of("team-lead", "org:steunpunt")),
          new Account("municipality", List.of("municipality-officer", "org:GM0363")),
          new Account("police", List.of("police-liaison", "org:police")),
          new Account("therapist", List.of("therapist", "org:therapy-demo")),
          new Account("evaluator", List.of("evaluator", "org:evaluation-demo")),
          new Account("privacy", List.of("privacy-officer", "org:steunpunt")),
          // The only demo account with console rights (Karaf's admin roles and ssh).
          new Account(
              "operator",
              List.of(
                  "operator",
                  "org:steunpunt",
                  "admin",
                  "manager",
                  "viewer",
                  "systembundles",
                  "ssh")));

  private DemoAccounts() {}

  /** Adds the demo accounts that are missing; returns how many were added. */
  static int provision(BackingEngine engine) {
    int added = 0;
    for (Account account : ALL) {
      if (engine.lookupUser(account.user()) != null) {
        continue;
      }
      engine.addUser(account.user(), PASSWORD);
      engine.addRole(account.user(), MARKER_ROLE);
      account.roles().forEach(role -> engine.addRole(account.user(), role));
      added++;
    }
    return added;
  }
}
