package nl.steunpunt.core.internal.access;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's actors: the one {@link Actor.Issuer} whose actors the case services accept, never
 * handed out. Staff actors come from a login (web, console) and stay valid; an actor on a partner
 * bundle's channel is valid only while the request it was opened for runs ({@link #open}), or, for
 * the partner acting as itself, while its context lives ({@link #itself}). So a partner cannot keep
 * a user's actor for later, nor build one.
 */
@Component(service = Actors.class)
public final class Actors {

  /** Why an actor is refused; for the audit entry and the log, never for the caller. */
  public static final String NOT_ISSUED = "actor not issued by the platform";

  public static final String ENDED = "partner actor outside the request it was issued for";

  public static final String OTHER_CHANNEL = "actor of another channel";

  /** The platform's job that erases the families whose retention period has passed. */
  public static final String RETENTION = "retention";

  private final Actor.Issuer issuer = new Actor.Issuer();
  private final Set<Actor> live =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  /** A user's actor on a channel of the platform's own (web or console), from a login. */
  public Actor staff(String user, Set<Role> roles, Organisation organisation, Channel channel) {
    if (channel instanceof Channel.PartnerBundle) {
      throw new IllegalArgumentException("a partner channel is opened per request");
    }
    if (channel instanceof Channel.Platform) {
      throw new IllegalArgumentException("the platform's own channel has no user");
    }
    return issuer.issue(user, roles, organisation, channel);
  }

  /**
   * The platform acting for one of its own jobs: no user and no role, the centre's organisation, on
   * the channel {@code platform:<job>}. Only the core's jobs get one; what it may do is decided by
   * the policy for that job alone (see {@link AccessPolicy#mayErase}).
   */
  public Actor platform(String job) {
    return issuer.issue(job, Set.of(), Organisation.CENTRE, new Channel.Platform(job));
  }

  /** The same staff user on another of the platform's own channels. */
  public Actor onChannel(Actor actor, Channel channel) {
    if (!issuer.issued(actor)
        || actor.channel() instanceof Channel.PartnerBundle
        || actor.channel() instanceof Channel.Platform) {
      throw new IllegalArgumentException(NOT_ISSUED);
    }
    return staff(actor.user(), actor.roles(), actor.organisation(), channel);
  }

  /**
   * The user acting through a partner bundle, valid until the returned call is closed. The user
   * must be a staff actor of this issuer.
   */
  public Optional<Call> open(Actor user, Channel.PartnerBundle channel) {
    if (!issuer.issued(user)
        || user.channel() instanceof Channel.PartnerBundle
        || user.channel() instanceof Channel.Platform) {
      return Optional.empty();
    }
    Actor actor = issuer.issue(user.user(), user.roles(), user.organisation(), channel);
    live.add(actor);
    return Optional.of(new Call(actor));
  }

  /**
   * A partner acting as itself (listener and background work): no user, no role, so nothing beyond
   * what its grant gives without a user. Valid until {@link #withdraw}.
   */
  public Actor itself(String partnerId, Organisation organisation, Channel.PartnerBundle channel) {
    Actor actor = issuer.issue("partner:" + partnerId, Set.of(), organisation, channel);
    live.add(actor);
    return actor;
  }

  /** Ends a partner's own actor, when its context goes. */
  public void withdraw(Actor actor) {
    live.remove(actor);
  }

  /** Why the case services must refuse the actor, or empty when it is valid. */
  public Optional<String> refusal(Actor actor) {
    if (!issuer.issued(actor)) {
      return Optional.of(NOT_ISSUED);
    }
    if (actor.channel() instanceof Channel.PartnerBundle && !live.contains(actor)) {
      return Optional.of(ENDED);
    }
    return Optional.empty();
  }

  /**
   * Why the actor may not be used on a partner bundle's channel: it must be valid and opened for
   * that very channel.
   */
  public Optional<String> refusalOn(Actor actor, Channel.PartnerBundle channel) {
    Optional<String> refusal = refusal(actor);
    if (refusal.isPresent()) {
      return refusal;
    }
    return actor.channel().equals(channel) ? Optional.empty() : Optional.of(OTHER_CHANNEL);
  }

  /** A user acting through a partner for one request; closing it ends the actor. */
  public final class Call implements AutoCloseable {

    private final Actor actor;

    private Call(Actor actor) {
      this.actor = actor;
    }

    public Actor actor() {
      return actor;
    }

    @Override
    public void close() {
      live.remove(actor);
    }
  }
}
