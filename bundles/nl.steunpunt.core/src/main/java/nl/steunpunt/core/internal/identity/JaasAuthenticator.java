package nl.steunpunt.core.internal.identity;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.core.internal.access.Actors;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.partner.grants.BundleGrants;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates staff against a Karaf JAAS realm, the same one the console uses, and gives the
 * platform's front doors their actors: the web face's (at login and per request), the console's
 * (from the command's JAAS subject) and a partner servlet's (the user through the partner's
 * channel, for one request). Every actor comes from {@link Actors}, the platform's one issuer.
 */
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

  /**
   * The realm that checks logins and the passwords it verified lately, swapped as one when an
   * operator changes the settings: a password verified in one realm never counts in another.
   */
  private record Realm(String name, CredentialCache<List<String>> verified) {
    static Realm of(String name, Duration cacheTime) {
      return new Realm(name, new CredentialCache<>(cacheTime, 10_000, Clock.systemUTC()));
    }
  }

  private volatile Realm realm;
  private final Actors actors;
  private final LongFunction<Optional<Channel.PartnerBundle>> partnerChannels;

  /** Audits a call by code outside the platform and says whether there was one. */
  private final Predicate<String> outsider;

  @Activate
  public JaasAuthenticator(
      Config config,
      BundleContext context,
      @Reference Actors actors,
      @Reference BundleGrants grants,
      @Reference Cases cases) {
    this(
        config.realm(),
        cacheTimeOf(config),
        actors,
        id -> partnerChannel(context.getBundle(id), grants),
        what -> {
          if (cases.callers().outsider().isEmpty()) {
            return false;
          }
          cases.refuseCall(what);
          return true;
        });
  }

  JaasAuthenticator(
      String realm,
      Duration cacheTime,
      Actors actors,
      LongFunction<Optional<Channel.PartnerBundle>> partnerChannels,
      Predicate<String> outsider) {
    this.realm = Realm.of(realm, cacheTime);
    this.actors = actors;
    this.partnerChannels = partnerChannels;
    this.outsider = outsider;
  }

  /**
   * New settings from Configuration Admin, for the logins that start after this. The passwords
   * verified so far are forgotten, so each user's next login is checked by the realm now named. The
   * component stays, and so does everything that holds it (the web face, the console). A realm that
   * is not there answers as at a start: logins cannot be checked (503) and none succeeds.
   */
  @Modified
  void modified(Config config) {
    realm = Realm.of(config.realm(), cacheTimeOf(config));
    LOG.info(
        "Logins are checked by realm {} from now on; verified passwords are remembered {}",
        config.realm(),
        cacheTimeOf(config));
  }

  /** The configured seconds, held to the range of 0 to 3600 the setting's description gives. */
  private static Duration cacheTimeOf(Config config) {
    return Duration.ofSeconds(Math.max(0, Math.min(3600, config.credentialCacheSeconds())));
  }

  /** The channel of an installed bundle that is a trusted partner with a grant now. */
  private static Optional<Channel.PartnerBundle> partnerChannel(
      Bundle bundle, BundleGrants grants) {
    if (bundle == null || grants.grantFor(bundle).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Channel.PartnerBundle(
            String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString()));
  }

  @Override
  public Actor onChannel(Actor actor, Channel channel) {
    if (outsider.test("Authenticator.onChannel")) {
      throw new IllegalArgumentException(Actors.NOT_ISSUED);
    }
    return actors.onChannel(actor, channel);
  }

  @Override
  public Optional<Actor> consoleUser() {
    // A bundle outside the platform could run this in a Subject it made itself.
    if (outsider.test("Authenticator.consoleUser")) {
      return Optional.empty();
    }
    Subject subject = ConsoleSubject.current();
    if (subject == null) {
      return Optional.empty();
    }
    Optional<String> user =
        subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
    List<String> roleNames =
        subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).toList();
    return user.filter(name -> !name.isBlank())
        .flatMap(name -> PrincipalMapper.toActor(actors, name, roleNames, Channel.CONSOLE));
  }

  @Override
  public Optional<PartnerCall> partnerCall(Actor user, long bundleId) {
    if (outsider.test("Authenticator.partnerCall")) {
      return Optional.empty();
    }
    return partnerChannels
        .apply(bundleId)
        .flatMap(channel -> actors.open(user, channel))
        .map(
            call ->
                new PartnerCall() {
                  @Override
                  public Actor actor() {
                    return call.actor();
                  }

                  @Override
                  public void close() {
                    call.close();
                  }
                });
  }

  @Override
  public Optional<Actor> authenticate(String user, char[] password, Channel channel) {
    if (channel instanceof Channel.PartnerBundle) {
      throw new IllegalArgumentException("a partner does not log users in");
    }
    if (outsider.test("Authenticator.authenticate")) {
      return Optional.empty();
    }
    if (user == null || user.isBlank() || password == null || password.length == 0) {
      return Optional.empty();
    }
    // Read once: a change of realm meanwhile applies to the next login, not half of this one.
    Realm current = realm;
    Optional<List<String>> roleNames = current.verified().lookup(user, password);
    if (roleNames.isEmpty()) {
      roleNames = login(current.name(), user, password);
      roleNames.ifPresent(names -> current.verified().remember(user, password, names));
    }
    Optional<Actor> actor =
        roleNames.flatMap(names -> PrincipalMapper.toActor(actors, user, names, channel));
    if (roleNames.isPresent() && actor.isEmpty()) {
      LOG.warn(
          "Login refused: the account has no single valid organisation role (org:<id>) in realm"
              + " {}",
          current.name());
    }
    return actor;
  }

  /**
   * Whether the realm answered about the credentials: a failed login (unknown user, wrong password)
   * or a refused account (locked, expired). Any other login exception means the realm could not
   * check them: no login module for the realm, a user file it cannot read, or a module that broke
   * (the JDK wraps that in a plain {@link LoginException}).
   */
  static boolean refusesCredentials(LoginException e) {
    return e instanceof FailedLoginException || e instanceof AccountException;
  }

  /**
   * What a realm's failure says, fit for the log: its first line (a wrapped failure carries its
   * trace), at most 200 characters, with the user name taken out wherever it appears (a realm's
   * message may name the user, as an LDAP DN does; no personal data goes to the log).
   */
  static String reason(String message, String user) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("").strip();
    if (user != null && !user.isBlank()) {
      line =
          Pattern.compile(Pattern.quote(user), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(line)
              .replaceAll("[user]");
    }
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static Optional<List<String>> login(String realm, String user, char[] password) {
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
      if (refusesCredentials(e)) {
        // The reason (unknown user or wrong password) is deliberately not told to the caller.
        LOG.debug("Login failed in realm {}: {}", realm, e.getClass().getSimpleName());
        return Optional.empty();
      }
      // Not an answer about the credentials: the realm is gone (being restarted, say) or cannot
      // read its accounts. Counted as a failed login, it would lock out every user who tried.
      LOG.warn(
          "Login could not be checked: realm {} did not answer ({}: {})",
          realm,
          e.getClass().getSimpleName(),
          reason(e.getMessage(), user));
      throw new IllegalStateException("The login realm " + realm + " cannot check logins now", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
