package nl.steunpunt.api.access;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a staff user's credentials against the platform's login realm and tells who they are.
 *
 * <p>Used by the platform's own front doors (the web face and the console). Partner bundles never
 * authenticate users: they receive the actor of the call they serve.
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
   * @param channel the channel the login came through
   * @return the actor, or empty when the credentials are not valid (for whatever reason: unknown
   *     user, wrong password, locked account)
   */
  Optional<Actor> authenticate(String user, char[] password, Channel channel);
}
