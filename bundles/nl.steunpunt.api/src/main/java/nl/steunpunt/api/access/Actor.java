package nl.steunpunt.api.access;

import java.util.Objects;
import java.util.Set;

/**
 * The party a call runs for: a logged-in staff user with roles and an organisation, and the channel
 * the call came through. Actors are immutable and are passed explicitly with each call.
 *
 * @param user the login name of the user
 * @param roles the Steunpunt roles of the user (possibly empty)
 * @param organisation the organisation the user works for
 * @param channel the channel the call came through
 * @since 0.1
 */
public record Actor(String user, Set<Role> roles, Organisation organisation, Channel channel) {

  /** Creates an actor; every part is required and the roles are copied. */
  public Actor {
    Objects.requireNonNull(user, "user");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user is blank");
    }
    roles = Set.copyOf(roles);
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(channel, "channel");
  }

  /**
   * Tells whether the actor holds a role.
   *
   * @param role the role to look for
   * @return true when the actor holds it
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Returns the same actor acting through another channel.
   *
   * @param other the channel
   * @return a new actor
   */
  public Actor via(Channel other) {
    return new Actor(user, roles, organisation, other);
  }
}
