package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.core.internal.family.CoreServices;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's change of the session settings ({@code nl.steunpunt.web.sessions}) applies to the
 * next request of the same component, with the realms read through Karaf's own properties engine.
 */
class CoreWebSessionsSettingsTest {

  static final Channel.Web FROM = new Channel.Web(Optional.of("192.0.2.7"));

  @TempDir Path folder;
  CoreServices services;
  CoreWebSessions sessions;
  List<JaasRealm> realms;
  final List<BackingEngineFactory> factories = List.of(new PropertiesBackingEngineFactory());

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder.resolve("store"));
    Path karaf = folder.resolve("karaf.properties");
    Path other = folder.resolve("other.properties");
    Files.writeString(karaf, "fatima = secret,counsellor,team-lead,org:steunpunt\n");
    Files.writeString(other, "fatima = secret,counsellor,org:steunpunt\n");
    realms = List.of(TestRealms.properties("karaf", karaf), TestRealms.properties("other", other));
    sessions =
        new CoreWebSessions(
            settings("karaf", 30, 10, 60, 5),
            services.store,
            services.cases,
            realms,
            factories,
            new NoOtherNodes(),
            services.clock);
  }

  @AfterEach
  void close() throws Exception {
    sessions.deactivate();
    services.close();
  }

  @Test
  void aShorterIdleTimeEndsASessionUnusedForLongerAtItsNextRequest() {
    WebSessions.Started started = sessions.start(CoreWebSessionsTest.fatima());
    services.clock.advance(Duration.ofMinutes(10));

    sessions.modified(settings("karaf", 5, 10, 60, 5));

    assertThat(sessions.find(started.token(), FROM)).isEmpty();
  }

  @Test
  void aLongerIdleTimeDoesNotBringBackASessionThatRanOutUnderTheShorterOne() {
    WebSessions.Started started = sessions.start(CoreWebSessionsTest.fatima());
    services.clock.advance(Duration.ofMinutes(40));

    sessions.modified(settings("karaf", 60, 10, 60, 5));

    assertThat(sessions.find(started.token(), FROM)).isEmpty();
  }

  @Test
  void aLongerMaximumAgeIsWhatTheNextLoginsCookieIsGiven() {
    sessions.modified(settings("karaf", 30, 12, 60, 5));

    assertThat(sessions.maxAge()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void anotherRealmGivesTheRolesItHoldsAtTheNextRequest() {
    WebSessions.Started started = sessions.start(CoreWebSessionsTest.fatima());
    assertThat(sessions.find(started.token(), FROM).orElseThrow().actor().roles())
        .contains(Role.TEAM_LEAD);

    sessions.modified(settings("other", 30, 10, 60, 5));

    assertThat(sessions.find(started.token(), FROM).orElseThrow().actor().roles())
        .containsExactly(Role.COUNSELLOR);
  }

  @Test
  void timesUnderTheirMinimumCountAsTheMinimumSoAZeroIdleTimeEndsNoSessionAtOnce() {
    WebSessions.Started started = sessions.start(CoreWebSessionsTest.fatima());

    sessions.modified(settings("karaf", 0, -1, 0, -5));
    services.clock.advance(Duration.ofSeconds(59));

    assertThat(sessions.find(started.token(), FROM)).isPresent();
    assertThat(sessions.maxAge()).isEqualTo(Duration.ofHours(1));
    services.clock.advance(Duration.ofMinutes(1));
    assertThat(sessions.find(started.token(), FROM)).isEmpty();
  }

  @Test
  void aRealmWithoutReadableAccountsChangesNoSetting() {
    WebSessions.Started started = sessions.start(CoreWebSessionsTest.fatima());
    services.clock.advance(Duration.ofMinutes(10));

    sessions.modified(settings("nowhere", 5, 1, 60, 5));

    assertThat(sessions.find(started.token(), FROM)).isPresent();
    assertThat(sessions.maxAge()).isEqualTo(Duration.ofHours(10));
  }

  private static CoreWebSessions.Config settings(
      String realm, int idleMinutes, int maxAgeHours, int accountCheckSeconds, int cacheSeconds) {
    return new CoreWebSessions.Config() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return CoreWebSessions.Config.class;
      }

      @Override
      public int idleMinutes() {
        return idleMinutes;
      }

      @Override
      public int maxAgeHours() {
        return maxAgeHours;
      }

      @Override
      public int accountCheckSeconds() {
        return accountCheckSeconds;
      }

      @Override
      public String realm() {
        return realm;
      }

      @Override
      public int cacheSeconds() {
        return cacheSeconds;
      }
    };
  }

  /** One node: no other node to tell, none that tells. */
  private static final class NoOtherNodes implements ClusterSignals {
    @Override
    public void send(String topic, String payload) {}

    @Override
    public AutoCloseable listen(String topic, Consumer<String> listener) {
      return () -> {};
    }
  }
}
