package nl.steunpunt.api.access;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The browser sessions of the platform's web face, kept in the platform's database so that every
 * node knows them, and following their accounts: a session acts with the roles its user has in the
 * login realm now (read again at most a minute after the last reading, configurable), and ends when
 * the account is gone or no longer gives a Steunpunt actor. Only a hash of a session's token is
 * stored.
 *
 * <p>Used by the platform's own front doors (the web face and the console); partner bundles and any
 * other bundle outside the platform do not see this service, like {@link Authenticator}.
 *
 * @since 0.3
 */
@ProviderType
public interface WebSessions {

  /**
   * Starts a session for a user who has just logged in.
   *
   * @param actor an actor the {@link Authenticator} gave, on the web channel
   * @return the session's token (for the cookie only; it is not kept) and its CSRF token
   * @throws IllegalArgumentException when the actor was not given by the platform or is not on the
   *     web channel
   */
  Started start(Actor actor);

  /**
   * The live session of a token, and marks it as used.
   *
   * @param token the token of the session cookie
   * @param channel the web channel of the request at hand (its client address)
   * @return the user as the realm has them now, on that channel, and the session's CSRF token;
   *     empty when there is no such session, it ran out (unused too long, or too old), or the
   *     account is gone or gives no Steunpunt actor any more (the session then ends)
   */
  Optional<Live> find(String token, Channel channel);

  /** Ends the session of a token (a log-out); nothing happens when there is none. */
  void end(String token);

  /**
   * Ends every session of a user, on every node: the operator's way to shut someone out now.
   * Audited; refused (and the refusal audited) unless the actor is an operator.
   *
   * @param operator the console's user
   * @param user the login name whose sessions end
   * @return how many sessions ended
   */
  int endAll(Actor operator, String user);

  /**
   * The number of live sessions per user, for the operator. Audited like {@link #endAll}.
   *
   * @param operator the console's user
   * @return the counts by login name, in name order
   */
  Map<String, Integer> count(Actor operator);

  /**
   * The longest a session lasts, for the cookie.
   *
   * @return the maximum age
   */
  Duration maxAge();

  /**
   * A new session.
   *
   * @param token the token to set in the cookie
   * @param csrfToken the token the shell sends with every change
   */
  record Started(String token, String csrfToken) {}

  /**
   * A live session at one request.
   *
   * @param actor its user now, on the request's channel
   * @param csrfToken the token every change through this session must carry
   */
  record Live(Actor actor, String csrfToken) {}
}
