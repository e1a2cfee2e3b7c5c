package nl.steunpunt.web.internal.auth;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.Channel;

/**
 * An authenticator for the web face's tests: credentials checked by a function, actors of one
 * issuer, partner calls for the bundles the test names, and a record of which calls are open.
 */
final class FakeAuthenticator implements Authenticator {

  interface Credentials {
    Optional<Actor> check(String user, char[] password, Channel channel);
  }

  final Actor.Issuer issuer;
  private final Credentials credentials;
  private final Map<Long, Channel.PartnerBundle> partners = new HashMap<>();
  final Set<Actor> open = Collections.newSetFromMap(new IdentityHashMap<>());

  FakeAuthenticator(Actor.Issuer issuer, Credentials credentials) {
    this.issuer = issuer;
    this.credentials = credentials;
  }

  /** Makes a bundle a granted partner with that channel. */
  FakeAuthenticator partner(long bundleId, Channel.PartnerBundle channel) {
    partners.put(bundleId, channel);
    return this;
  }

  @Override
  public Optional<Actor> authenticate(String user, char[] password, Channel channel) {
    return credentials.check(user, password, channel);
  }

  @Override
  public Actor onChannel(Actor actor, Channel channel) {
    if (!issuer.issued(actor)) {
      throw new IllegalArgumentException("not issued");
    }
    return issuer.issue(actor.user(), actor.roles(), actor.organisation(), channel);
  }

  @Override
  public Optional<Actor> consoleUser() {
    return Optional.empty();
  }

  @Override
  public Optional<PartnerCall> partnerCall(Actor user, long bundleId) {
    Channel.PartnerBundle channel = partners.get(bundleId);
    if (channel == null || !issuer.issued(user)) {
      return Optional.empty();
    }
    Actor actor = issuer.issue(user.user(), user.roles(), user.organisation(), channel);
    open.add(actor);
    return Optional.of(
        new PartnerCall() {
          @Override
          public Actor actor() {
            return actor;
          }

          @Override
          public void close() {
            open.remove(actor);
          }
        });
  }
}
