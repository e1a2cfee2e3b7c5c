package nl.steunpunt.core.internal.access;

import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;

/**
 * The tests' actors, all from one {@link Actors}, the one the tests' {@link Cases} accept. An actor
 * on a partner channel is opened as a partner call that the tests leave open.
 */
public final class TestActors {

  public static final Actors ACTORS = new Actors();

  private TestActors() {}

  public static Actor actor(
      String user, Set<Role> roles, Organisation organisation, Channel channel) {
    if (channel instanceof Channel.PartnerBundle bundle) {
      return ACTORS
          .open(ACTORS.staff(user, roles, organisation, Channel.WEB), bundle)
          .orElseThrow()
          .actor();
    }
    return ACTORS.staff(user, roles, organisation, channel);
  }

  /** The same user on another channel, as the platform would issue it. */
  public static Actor via(Actor actor, Channel channel) {
    return actor(actor.user(), actor.roles(), actor.organisation(), channel);
  }
}
