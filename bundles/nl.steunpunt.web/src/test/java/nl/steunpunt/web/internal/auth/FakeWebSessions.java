package nl.steunpunt.web.internal.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.WebSessions;

/**
 * The platform's sessions as the web face uses them, in memory, for the web face's unit tests (the
 * sessions themselves are tested in the core, on the store, and end to end in the distribution).
 */
final class FakeWebSessions implements WebSessions {

  private record Entry(Actor actor, String csrfToken) {}

  private final Actor.Issuer issuer;
  private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

  FakeWebSessions(Actor.Issuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public Started start(Actor actor) {
    String token = UUID.randomUUID().toString();
    String csrf = UUID.randomUUID().toString();
    sessions.put(token, new Entry(actor, csrf));
    return new Started(token, csrf);
  }

  @Override
  public Optional<Live> find(String token, Channel channel) {
    Entry entry = token == null ? null : sessions.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    Actor actor = entry.actor();
    return Optional.of(
        new Live(
            issuer.issue(actor.user(), actor.roles(), actor.organisation(), channel),
            entry.csrfToken()));
  }

  @Override
  public void end(String token) {
    if (token != null) {
      sessions.remove(token);
    }
  }

  @Override
  public int endAll(Actor operator, String user) {
    throw new UnsupportedOperationException("the console's, not the web face's");
  }

  @Override
  public Map<String, Integer> count(Actor operator) {
    throw new UnsupportedOperationException("the console's, not the web face's");
  }

  @Override
  public Duration maxAge() {
    return Duration.ofHours(10);
  }

  /** Whether a token's session is live. */
  boolean live(String token) {
    return sessions.containsKey(token);
  }
}
