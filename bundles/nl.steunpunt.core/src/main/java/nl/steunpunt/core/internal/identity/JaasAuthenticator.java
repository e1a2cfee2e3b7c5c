package nl.steunpunt.core.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.Channel;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Authenticates staff against a Karaf JAAS realm, the same one the console uses. */
@Component(configurationPid = "nl.steunpunt.identity")
@Designate(ocd = JaasAuthenticator.Config.class)
public final class JaasAuthenticator implements Authenticator {

  @ObjectClassDefinition(
      name = "Steunpunt identity",
      description = "How Steunpunt checks staff logins.")
  @interface Config {
    @AttributeDefinition(description = "The Karaf JAAS realm that holds the staff accounts.")
    String realm() default "karaf";

    @AttributeDefinition(
        description =
            "Seconds a verified password is remembered (as a keyed hash) so API clients do not"
                + " pay for bcrypt on every request. 0 disables the cache.",
        min = "0",
        max = "3600")
    int credentialCacheSeconds() default 60;
  }

  private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

  private final String realm;
  private final CredentialCache<List<String>> verified;

  @Activate
  public JaasAuthenticator(Config config) {
    this(config.realm(), Duration.ofSeconds(config.credentialCacheSeconds()));
  }

  JaasAuthenticator(String realm, Duration cacheTime) {
    this.realm = realm;
    this.verified = new CredentialCache<>(cacheTime, 10_000, Clock.systemUTC());
  }

  @Override
  public Optional<Actor> authenticate(String user, char[] password, Channel channel) {
    if (user == null || user.isBlank() || password == null || password.length == 0) {
      return Optional.empty();
    }
    Optional<List<String>> roleNames = verified.lookup(user, password);
    if (roleNames.isEmpty()) {
      roleNames = login(user, password);
      roleNames.ifPresent(names -> verified.remember(user, password, names));
    }
    Optional<Actor> actor =
        roleNames.flatMap(names -> PrincipalMapper.toActor(user, names, channel));
    if (roleNames.isPresent() && actor.isEmpty()) {
      LOG.warn(
          "Login refused: the account has no single valid organisation role (org:<id>) in realm"
              + " {}",
          realm);
    }
    return actor;
  }

  private Optional<List<String>> login(String user, char[] password) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // JAAS loads the login module through the context class loader; Karaf's proxy module sits
    // on the boot class path and delegates to the realm's module.
    thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
    try {
      Subject subject = new Subject();
      LoginContext context =
          new LoginContext(
              realm,
              subject,
              callbacks -> {
                for (var callback : callbacks) {
                  if (callback instanceof NameCallback name) {
                    name.setName(user);
                  } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password);
                  } else {
                    throw new UnsupportedCallbackException(callback);
                  }
                }
              });
      context.login();
      List<String> names =
          subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).toList();
      context.logout();
      return Optional.of(names);
    } catch (LoginException e) {
      // The reason (unknown user or wrong password) is deliberately not told to the caller.
      LOG.debug("Login failed in realm {}: {}", realm, e.getClass().getSimpleName());
      return Optional.empty();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
