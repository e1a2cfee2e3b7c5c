package nl.steunpunt.web.internal.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.steunpunt.api.access.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The browser sessions of form logins: a random token in an HttpOnly, SameSite=Strict cookie,
 * mapped to the actor in memory. A session ends after a time without use and, in any case, after a
 * maximum age.
 *
 * <p>Sessions live in this node's memory: behind a load balancer, sessions must be sticky.
 */
@Component(service = Sessions.class, configurationPid = "nl.steunpunt.web.sessions")
@Designate(ocd = Sessions.Config.class)
public final class Sessions {

  @ObjectClassDefinition(name = "Steunpunt browser sessions")
  public @interface Config {
    @AttributeDefinition(description = "Minutes a session lasts without use.", min = "1")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "Hours a session lasts at most.", min = "1")
    int maxAgeHours() default 10;
  }

  /** The name of the session cookie. */
  public static final String COOKIE = "STEUNPUNT_SESSION";

  private record Session(Actor actor, String csrfToken, Instant created, Instant lastUsed) {}

  private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Duration idle;
  private final Duration maxAge;
  private final Clock clock;

  @Activate
  public Sessions(Config config) {
    this(
        Duration.ofMinutes(config.idleMinutes()),
        Duration.ofHours(config.maxAgeHours()),
        Clock.systemUTC());
  }

  Sessions(Duration idle, Duration maxAge, Clock clock) {
    this.idle = idle;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Starts a session for the actor and returns its token. */
  public String start(Actor actor) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> expired(s, now));
    String token = randomToken();
    sessions.put(token, new Session(actor, randomToken(), now, now));
    return token;
  }

  /**
   * The CSRF token of a live session: a second random value, sent by the shell in a header (or the
   * logout form) and never in a cookie, so another site cannot make the browser send it.
   */
  public Optional<String> csrfToken(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Session session = sessions.get(token);
    return session == null || expired(session, clock.instant())
        ? Optional.empty()
        : Optional.of(session.csrfToken());
  }

  /** Finds the actor of a live session, and marks the session as used. */
  public Optional<Actor> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session session = sessions.get(token);
    if (session == null) {
      return Optional.empty();
    }
    if (expired(session, now)) {
      sessions.remove(token, session);
      return Optional.empty();
    }
    sessions.replace(
        token, session, new Session(session.actor(), session.csrfToken(), session.created(), now));
    return Optional.of(session.actor());
  }

  /** Ends a session. */
  public void end(String token) {
    if (token != null) {
      sessions.remove(token);
    }
  }

  /** The maximum age of a session, for the cookie. */
  public Duration maxAge() {
    return maxAge;
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private boolean expired(Session session, Instant now) {
    return !now.isBefore(session.lastUsed().plus(idle))
        || !now.isBefore(session.created().plus(maxAge));
  }
}
