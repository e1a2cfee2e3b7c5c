package nl.steunpunt.core.internal.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.Actors;

/**
 * Turns the role names a login realm gives a user into an {@link Actor}.
 *
 * <p>The realm carries the organisation as a role named {@code org:<id>} (e.g. {@code org:GM0363}),
 * because Karaf's realms know only users, groups and roles. A user needs exactly one organisation:
 * without one, nothing can decide what the user may see, so the login is refused. Role names that
 * are not Steunpunt roles (Karaf's {@code admin}, {@code ssh}, ...) are ignored.
 */
final class PrincipalMapper {

  static final String ORGANISATION_PREFIX = "org:";

  private PrincipalMapper() {}

  static Optional<Actor> toActor(
      Actors actors, String user, Collection<String> roleNames, Channel channel) {
    return organisation(roleNames)
        .map(
            organisation -> {
              Set<Role> roles = EnumSet.noneOf(Role.class);
              roleNames.forEach(name -> Role.fromRoleName(name).ifPresent(roles::add));
              return actors.staff(user, roles, organisation, channel);
            });
  }

  /** The user's organisation: the one valid {@code org:<id>} role, or empty without exactly one. */
  static Optional<Organisation> organisation(Collection<String> roleNames) {
    List<Organisation> organisations =
        roleNames.stream()
            .filter(name -> name.startsWith(ORGANISATION_PREFIX))
            .map(name -> name.substring(ORGANISATION_PREFIX.length()))
            .distinct()
            .flatMap(id -> parseOrganisation(id).stream())
            .toList();
    return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
  }

  private static Optional<Organisation> parseOrganisation(String id) {
    try {
      return Optional.of(new Organisation(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
