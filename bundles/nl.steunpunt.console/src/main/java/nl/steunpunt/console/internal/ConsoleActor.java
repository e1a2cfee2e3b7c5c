package nl.steunpunt.console.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The actor of the console user, read from the JAAS subject the shell runs each command under. The
 * login realm is the one of the web face: Steunpunt roles by their role names, the organisation as
 * a role {@code org:<id>}, exactly one; Karaf's own roles ({@code admin}, {@code ssh}, ...) are
 * ignored.
 */
final class ConsoleActor {

  static final String ORGANISATION_PREFIX = "org:";

  private ConsoleActor() {}

  /** The actor of the command that runs now; empty without a user or a single organisation. */
  static Optional<Actor> current() {
    return of(currentSubject());
  }

  static Optional<Actor> of(Subject subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Optional<String> user =
        subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
    List<String> roleNames =
        subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).toList();
    return user.flatMap(name -> toActor(name, roleNames));
  }

  static Optional<Actor> toActor(String user, Collection<String> roleNames) {
    List<Organisation> organisations =
        roleNames.stream()
            .filter(name -> name.startsWith(ORGANISATION_PREFIX))
            .map(name -> name.substring(ORGANISATION_PREFIX.length()))
            .distinct()
            .flatMap(id -> organisation(id).stream())
            .toList();
    if (user.isBlank() || organisations.size() != 1) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roleNames.forEach(name -> Role.fromRoleName(name).ifPresent(roles::add));
    return Optional.of(new Actor(user, roles, organisations.get(0), Channel.CONSOLE));
  }

  /**
   * The subject of the running command: {@code Subject.current()} where the runtime has it (Java 18
   * and later), the access control context's subject before.
   */
  private static Subject currentSubject() {
    try {
      return (Subject) Subject.class.getMethod("current").invoke(null);
    } catch (NoSuchMethodException e) {
      return contextSubject();
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  @SuppressWarnings("removal")
  private static Subject contextSubject() {
    return Subject.getSubject(AccessController.getContext());
  }

  private static Optional<Organisation> organisation(String id) {
    try {
      return Optional.of(new Organisation(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
