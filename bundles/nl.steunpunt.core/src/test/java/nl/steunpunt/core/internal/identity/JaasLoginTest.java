package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.Actors;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login goes through a real JAAS login context: a realm's "no" to the credentials is an empty
 * answer, a realm that cannot answer is an exception, so the front doors neither let the user in
 * nor count it as a failed login.
 */
class JaasLoginTest {

  private static final Channel WEB = new Channel.Web(Optional.of("127.0.0.1"));

  private Configuration previous;

  @BeforeEach
  void installRealm() {
    previous = Configuration.getConfiguration();
    Configuration.setConfiguration(
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            if (!name.equals("test-realm")) {
              return null;
            }
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  TestRealmModule.class.getName(),
                  AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                  Map.of())
            };
          }
        });
  }

  @AfterEach
  void restoreRealm() {
    Configuration.setConfiguration(previous);
  }

  private static JaasAuthenticator authenticatorOf(String realm) {
    return new JaasAuthenticator(
        realm, Duration.ZERO, new Actors(), id -> Optional.empty(), what -> false);
  }

  @Test
  void theRightPasswordGivesTheActorWithTheRealmsRoles() {
    Actor actor =
        authenticatorOf("test-realm").authenticate("ada", "right".toCharArray(), WEB).orElseThrow();

    assertThat(actor.user()).isEqualTo("ada");
    assertThat(actor.roles()).containsExactly(Role.COUNSELLOR);
  }

  @Test
  void aWrongPasswordAnUnknownUserOrALockedAccountIsAnEmptyAnswer() {
    JaasAuthenticator authenticator = authenticatorOf("test-realm");

    assertThat(authenticator.authenticate("ada", "wrong".toCharArray(), WEB)).isEmpty();
    assertThat(authenticator.authenticate("nobody", "right".toCharArray(), WEB)).isEmpty();
    assertThat(authenticator.authenticate("locked", "right".toCharArray(), WEB)).isEmpty();
  }

  @Test
  void aRealmThatIsNotThereCannotCheckLoginsAndSaysSo() {
    assertThatThrownBy(
            () -> authenticatorOf("no-such-realm").authenticate("ada", "right".toCharArray(), WEB))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-realm")
        .hasCauseInstanceOf(LoginException.class);
  }

  @Test
  void aRealmThatCannotReadItsAccountsCannotCheckLoginsAndSaysSo() {
    assertThatThrownBy(
            () -> authenticatorOf("test-realm").authenticate("unreadable", "x".toCharArray(), WEB))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLoginModuleThatBreaksCannotCheckLoginsAndSaysSo() {
    assertThatThrownBy(
            () -> authenticatorOf("test-realm").authenticate("breaks", "x".toCharArray(), WEB))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChangedRealmChecksTheNextLoginAndAPasswordVerifiedInTheOldOneNoLongerCounts() {
    JaasAuthenticator authenticator =
        new JaasAuthenticator(
            "test-realm", Duration.ofSeconds(60), new Actors(), id -> Optional.empty(), w -> false);
    assertThat(authenticator.authenticate("ada", "right".toCharArray(), WEB)).isPresent();

    authenticator.modified(settings("no-such-realm", 60));

    assertThatThrownBy(() -> authenticator.authenticate("ada", "right".toCharArray(), WEB))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-realm");
    authenticator.modified(settings("test-realm", 60));
    assertThat(authenticator.authenticate("ada", "right".toCharArray(), WEB)).isPresent();
    assertThat(authenticator.authenticate("ada", "wrong".toCharArray(), WEB)).isEmpty();
  }

  @Test
  void onlyFailedLoginsAndRefusedAccountsAreAnswersAboutTheCredentials() {
    assertThat(JaasAuthenticator.refusesCredentials(new FailedLoginException())).isTrue();
    assertThat(JaasAuthenticator.refusesCredentials(new AccountLockedException())).isTrue();
    assertThat(JaasAuthenticator.refusesCredentials(new LoginException("no modules"))).isFalse();
  }

  @Test
  void theLoggedReasonIsOneShortLineEvenForAWrappedStackTrace() {
    String trace = "java.lang.IllegalStateException: broke\n\tat a.b.C.d(C.java:1)\n";

    assertThat(JaasAuthenticator.reason(trace, "ada"))
        .isEqualTo("java.lang.IllegalStateException: broke");
    assertThat(JaasAuthenticator.reason("x".repeat(300), "ada")).hasSize(201);
    assertThat(JaasAuthenticator.reason(null, "ada")).isEmpty();
  }

  @Test
  void theLoggedReasonNeverNamesTheUser() {
    assertThat(
            JaasAuthenticator.reason(
                "Can't get user uid=Ada.de.Vries,ou=staff roles", "ada.de.vries"))
        .isEqualTo("Can't get user uid=[user],ou=staff roles");
  }

  /**
   * The test realm's one module: ada with the password "right" is a counsellor; "locked" is a
   * locked account; "unreadable" stands for a user file the realm cannot read; "breaks" for a
   * module that throws what it should not.
   */
  public static final class TestRealmModule implements LoginModule {

    private Subject subject;
    private CallbackHandler handler;
    private boolean succeeded;

    @Override
    public void initialize(
        Subject subject,
        CallbackHandler handler,
        Map<String, ?> sharedState,
        Map<String, ?> options) {
      this.subject = subject;
      this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
      NameCallback name = new NameCallback("user");
      PasswordCallback password = new PasswordCallback("password", false);
      try {
        handler.handle(new Callback[] {name, password});
      } catch (Exception e) {
        throw new LoginException(e.getMessage());
      }
      String user = name.getName();
      String secret = new String(password.getPassword());
      switch (user) {
        case "unreadable" -> throw new LoginException("Unable to load user properties file");
        case "breaks" -> throw new IllegalStateException("the module broke");
        case "locked" -> throw new AccountLockedException("locked");
        case "ada" -> {
          if (!secret.equals("right")) {
            throw new FailedLoginException("login failed");
          }
        }
        default -> throw new FailedLoginException("login failed");
      }
      succeeded = true;
      return true;
    }

    @Override
    public boolean commit() {
      if (succeeded) {
        subject.getPrincipals().add(new RolePrincipal("counsellor"));
        subject.getPrincipals().add(new RolePrincipal("org:steunpunt"));
      }
      return succeeded;
    }

    @Override
    public boolean abort() {
      return true;
    }

    @Override
    public boolean logout() {
      subject.getPrincipals().clear();
      return true;
    }
  }

  private static JaasAuthenticator.Config settings(String realm, int cacheSeconds) {
    return new JaasAuthenticator.Config() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return JaasAuthenticator.Config.class;
      }

      @Override
      public String realm() {
        return realm;
      }

      @Override
      public int credentialCacheSeconds() {
        return cacheSeconds;
      }
    };
  }
}
