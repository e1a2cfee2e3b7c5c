package nl.steunpunt.api.access;

import java.util.Objects;
import java.util.Set;

/**
 * The party a call runs for: a logged-in staff user with roles and an organisation, and the channel
 * the call came through. Actors are immutable and are passed explicitly with each call.
 *
 * <p><b>Only the platform creates the actors it accepts.</b> An actor is made by an {@link Issuer},
 * and the platform's services accept only the actors of the platform's own issuer, which it never
 * hands out: the web face's authentication, the console's login, or a partner context for the
 * request in progress. An actor any other code issues (a partner's unit test may make its own, for
 * instance) is refused by every service of the platform, and the refusal is audited. A partner
 * never builds the actor it acts for: the platform gives it the actor of the request it serves
 * ({@link nl.steunpunt.api.partner.PartnerHttp#ACTOR_ATTRIBUTE}), valid until that request ends, or
 * its own actor for work outside a request ({@link
 * nl.steunpunt.api.partner.PartnerContext#self()}).
 *
 * <p>Two actors are equal when they name the same user, roles, organisation and channel and were
 * made by the same issuer.
 *
 * @since 0.1 (a record until 0.2; since 0.2 made only by an {@link Issuer})
 */
public final class Actor {

  private final String user;
  private final Set<Role> roles;
  private final Organisation organisation;
  private final Channel channel;
  private final Issuer issuer;

  private Actor(
      String user, Set<Role> roles, Organisation organisation, Channel channel, Issuer issuer) {
    Objects.requireNonNull(user, "user");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user is blank");
    }
    this.user = user;
    this.roles = Set.copyOf(roles);
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.issuer = issuer;
  }

  /**
   * The login name of the user, or for a partner acting as itself {@code partner:<partner id>}.
   *
   * @return the user
   */
  public String user() {
    return user;
  }

  /**
   * The Steunpunt roles of the user.
   *
   * @return the roles, possibly empty, unmodifiable
   */
  public Set<Role> roles() {
    return roles;
  }

  /**
   * The organisation the user works for.
   *
   * @return the organisation
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * The channel the call came through.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor that
        && issuer == that.issuer
        && user.equals(that.user)
        && roles.equals(that.roles)
        && organisation.equals(that.organisation)
        && channel.equals(that.channel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(user, roles, organisation, channel);
  }

  @Override
  public String toString() {
    return "Actor[user="
        + user
        + ", roles="
        + roles
        + ", organisation="
        + organisation.id()
        + ", channel="
        + channel.describe()
        + "]";
  }

  /**
   * Makes actors, and recognises its own. The platform keeps one issuer to itself and accepts only
   * the actors it made; an issuer anyone else creates makes actors the platform refuses. That is
   * the point: a partner's unit tests can make actors for the code under test, but no bundle can
   * make one that the platform's services would act for.
   *
   * @since 0.2
   */
  public static final class Issuer {

    /** Creates an issuer whose actors only it recognises. */
    public Issuer() {}

    /**
     * Makes an actor; every part is required and the roles are copied.
     *
     * @param user the login name of the user, not blank
     * @param roles the Steunpunt roles of the user (possibly empty)
     * @param organisation the organisation the user works for
     * @param channel the channel the call comes through
     * @return the actor, recognised by this issuer only
     */
    public Actor issue(String user, Set<Role> roles, Organisation organisation, Channel channel) {
      return new Actor(user, roles, organisation, channel, this);
    }

    /**
     * Tells whether this issuer made an actor.
     *
     * @param actor the actor, possibly null
     * @return true only for an actor this issuer made
     */
    public boolean issued(Actor actor) {
      return actor != null && actor.issuer == this;
    }
  }
}
