package nl.steunpunt.api.access;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a staff user's credentials against the platform's login realm and tells who they are: the
 * only way to an {@link Actor} the platform accepts.
 *
 * <p>Used by the platform's own front doors (the web face and the console); partner bundles and any
 * other bundle outside the platform do not see this service. Partner bundles never authenticate
 * users: they receive the actor of the call they serve.
 *
 * @since 0.1
 */
@ProviderType
public interface Authenticator {

  /**
   * Checks a user name and password.
   *
   * @param user the login name
   * @param password the password; the caller may wipe the array afterwards
   * @param channel the channel the login came through, one of the platform's own
   * @return the actor, or empty when the credentials are not valid (for whatever reason: unknown
   *     user, wrong password, locked account)
   * @throws IllegalStateException when the login realm cannot check credentials at this moment (it
   *     is not there, or its accounts cannot be read): nothing is known about the credentials, so a
   *     front door answers "unavailable" and does not count a failed login
   */
  Optional<Actor> authenticate(String user, char[] password, Channel channel);

  /**
   * The same logged-in user on another of the platform's own channels, e.g. the web channel with
   * the client address of the request at hand.
   *
   * @param actor an actor this authenticator gave, on the web or console channel
   * @param channel the web or console channel
   * @return the actor on that channel
   * @throws IllegalArgumentException when the actor was not given by the platform, or either
   *     channel is a partner bundle's
   * @since 0.2
   */
  Actor onChannel(Actor actor, Channel channel);

  /**
   * The user of the console command running on this thread, from the JAAS subject the shell runs it
   * under (Steunpunt roles by name, the organisation as the role {@code org:<id>}, exactly one).
   *
   * @return the actor on the console channel, or empty without such a subject
   * @since 0.2
   */
  Optional<Actor> consoleUser();

  /**
   * Opens a partner request: the user acting through a partner bundle's channel, for as long as the
   * request runs. The platform's web face opens one for every request a partner's servlet serves
   * and closes it when the request ends; the actor is then refused everywhere.
   *
   * @param user the logged-in user, an actor this authenticator gave
   * @param bundleId the id of the bundle whose servlet serves the request
   * @return the call, or empty when the bundle is not an allow-listed, granted partner or the user
   *     is not the platform's
   * @since 0.2
   */
  Optional<PartnerCall> partnerCall(Actor user, long bundleId);

  /**
   * A user acting through a partner bundle for one request.
   *
   * @since 0.2
   */
  @ProviderType
  interface PartnerCall extends AutoCloseable {

    /**
     * The user on the partner bundle's channel.
     *
     * @return the actor, valid until {@link #close()}
     */
    Actor actor();

    /** Ends the call: its actor is refused from now on. */
    @Override
    void close();
  }
}
