package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.store.WebSessionRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreWebSessionsTest {

  static final Channel.Web FROM = new Channel.Web(Optional.of("192.0.2.7"));

  @TempDir Path folder;
  CoreServices services;
  CoreWebSessions sessions;

  /** The login realm: user name to role names, changed by the tests as an administrator would. */
  final Map<String, List<String>> realm = new ConcurrentHashMap<>();

  boolean realmReadable = true;

  /** Readings that find the account missing, as one in the middle of Karaf's rewrite would. */
  int glitches = 0;

  /** Readings that find the account's line cut short before its organisation. */
  int cutShort = 0;

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    realm.put("fatima", List.of("counsellor", "team-lead", "org:steunpunt"));
    sessions =
        new CoreWebSessions(
            services.store,
            services.cases,
            user -> {
              if (!realmReadable) {
                throw new IllegalStateException("realm down");
              }
              if (glitches > 0) {
                glitches--;
                return Optional.empty();
              }
              if (cutShort > 0) {
                cutShort--;
                return Optional.of(List.of("counsellor"));
              }
              return Optional.ofNullable(realm.get(user));
            },
            Duration.ofMinutes(30),
            Duration.ofHours(10),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            services.clock);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  static Actor fatima() {
    return TestActors.actor(
        "fatima", Set.of(Role.COUNSELLOR, Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);
  }

  List<AuditEntry> audit() {
    return services.store.read(
        s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)).items());
  }

  @Test
  void aSessionActsAsItsUserWithTheRealmsRolesOnTheRequestsChannelAndHasItsCsrfToken() {
    WebSessions.Started started = sessions.start(fatima());

    WebSessions.Live live = sessions.find(started.token(), FROM).orElseThrow();

    assertThat(live.actor().user()).isEqualTo("fatima");
    assertThat(live.actor().roles()).containsExactlyInAnyOrder(Role.COUNSELLOR, Role.TEAM_LEAD);
    assertThat(live.actor().channel()).isEqualTo(FROM);
    assertThat(live.csrfToken()).isEqualTo(started.csrfToken()).isNotEqualTo(started.token());
    assertThat(services.cases.actors().refusal(live.actor())).isEmpty();
  }

  @Test
  void theStoreKeepsOnlyTheTokensHashSoTheStoredValueOpensNothing() {
    WebSessions.Started started = sessions.start(fatima());
    String stored = CoreWebSessions.hash(started.token());

    Optional<?> byHash = services.store.read(s -> s.webSessions().find(stored));
    Optional<?> byToken = services.store.read(s -> s.webSessions().find(started.token()));
    assertThat(byHash).isPresent();
    assertThat(byToken).isEmpty();
    assertThat(sessions.find(stored, FROM)).isEmpty();
    assertThat(sessions.find("unknown-token", FROM)).isEmpty();
  }

  @Test
  void aRoleTakenAwayInTheRealmNarrowsTheSessionOnceTheCheckIntervalHasPassed() {
    String token = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(6)); // past the login's own reading: the realm's
    assertThat(sessions.find(token, FROM).orElseThrow().actor().roles()).hasSize(2);

    realm.put("fatima", List.of("counsellor", "org:steunpunt"));
    services.clock.advance(Duration.ofSeconds(30));
    assertThat(sessions.find(token, FROM).orElseThrow().actor().roles())
        .as("read less than a minute ago")
        .hasSize(2);
    services.clock.advance(Duration.ofSeconds(31));

    assertThat(sessions.find(token, FROM).orElseThrow().actor().roles())
        .containsExactly(Role.COUNSELLOR);
  }

  @Test
  void aRoleTakenAwayJustBeforeTheLoginReachesTheSessionWithinSeconds() {
    // The login found both roles (say, from the credential cache); the realm has one now.
    realm.put("fatima", List.of("counsellor", "org:steunpunt"));
    String token = sessions.start(fatima()).token();
    assertThat(sessions.find(token, FROM).orElseThrow().actor().roles()).hasSize(2);

    services.clock.advance(Duration.ofSeconds(5));

    assertThat(sessions.find(token, FROM).orElseThrow().actor().roles())
        .containsExactly(Role.COUNSELLOR);
  }

  @Test
  void anAccountGoneFromTheRealmEndsItsSessionForGood() {
    String token = sessions.start(fatima()).token();
    sessions.find(token, FROM).orElseThrow();

    realm.remove("fatima");
    services.clock.advance(Duration.ofSeconds(61));
    assertThat(sessions.find(token, FROM)).isEmpty();

    realm.put("fatima", List.of("counsellor", "org:steunpunt"));
    services.clock.advance(Duration.ofSeconds(61));
    assertThat(sessions.find(token, FROM))
        .as("the account back, the session still ended")
        .isEmpty();
  }

  @Test
  void aReadingThatCatchesTheRealmHalfWrittenEndsNothing() {
    String token = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(61));
    glitches = 1;

    assertThat(sessions.find(token, FROM)).as("read again, and found").isPresent();
    assertThat(glitches).isZero();
  }

  @Test
  void aRealmLeftHalfWrittenForHalfASecondEndsNothing() {
    String token = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(61));
    // Karaf's writer held up between emptying the file and filling it: five readings, 100 ms
    // apart, find the account missing.
    glitches = 5;

    assertThat(sessions.find(token, FROM)).as("read again until settled, and found").isPresent();
    assertThat(glitches).isZero();
  }

  @Test
  void anAccountReadCutShortBeforeItsOrganisationForHalfASecondEndsNothing() {
    String token = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(61));
    // The line in the middle of Karaf's rewrite: the account is there, its organisation is not.
    cutShort = 5;

    assertThat(sessions.find(token, FROM)).as("read again until settled, and found").isPresent();
    assertThat(cutShort).isZero();
  }

  @Test
  void readingsThatWouldEndASessionAreTheMissingAccountAndNotExactlyOneOrganisation() {
    assertThat(CoreWebSessions.endsSessions(Optional.empty())).isTrue();
    assertThat(CoreWebSessions.endsSessions(Optional.of(List.of("counsellor")))).isTrue();
    assertThat(CoreWebSessions.endsSessions(Optional.of(List.of("org:a", "org:b")))).isTrue();
    assertThat(CoreWebSessions.endsSessions(Optional.of(List.of("counsellor", "org:steunpunt"))))
        .isFalse();
  }

  @Test
  void anAccountWithoutASteunpuntRoleGetsNothingFromItsSession() {
    String token = sessions.start(fatima()).token();

    realm.put("fatima", List.of("viewer"));
    services.clock.advance(Duration.ofSeconds(61));

    assertThat(sessions.find(token, FROM)).isEmpty();
  }

  @Test
  void whileTheRealmCannotBeReadNoSessionActs() {
    String token = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(61)); // the login's own reading of the realm is old
    realmReadable = false;

    assertThat(sessions.find(token, FROM)).isEmpty();

    realmReadable = true;
    assertThat(sessions.find(token, FROM)).as("not ended: the realm was only down").isPresent();
  }

  @Test
  void aSessionRunsOutAfterHalfAnHourUnusedAndAfterTenHoursInAnyCase() {
    String idle = sessions.start(fatima()).token();
    services.clock.advance(Duration.ofMinutes(30));
    assertThat(sessions.find(idle, FROM)).isEmpty();

    String busy = sessions.start(fatima()).token();
    for (int i = 0; i < 29; i++) {
      services.clock.advance(Duration.ofMinutes(20));
      assertThat(sessions.find(busy, FROM)).as("after %d minutes", (i + 1) * 20).isPresent();
    }
    services.clock.advance(Duration.ofMinutes(20));
    assertThat(sessions.find(busy, FROM)).as("after ten hours").isEmpty();
  }

  @Test
  void aSessionsUseIsWrittenAtMostOnceAMinute() {
    String token = sessions.start(fatima()).token();
    String hash = CoreWebSessions.hash(token);
    var created = services.store.read(s -> s.webSessions().find(hash)).orElseThrow().lastUsed();

    services.clock.advance(Duration.ofSeconds(50));
    sessions.find(token, FROM);
    var afterFifty = services.store.read(s -> s.webSessions().find(hash)).orElseThrow().lastUsed();
    services.clock.advance(Duration.ofSeconds(20));
    sessions.find(token, FROM);
    var afterSeventy =
        services.store.read(s -> s.webSessions().find(hash)).orElseThrow().lastUsed();

    assertThat(afterFifty).isEqualTo(created);
    assertThat(afterSeventy).isEqualTo(created.plusSeconds(70));
  }

  @Test
  void logOutEndsTheSession() {
    String token = sessions.start(fatima()).token();
    sessions.find(token, FROM).orElseThrow(); // this node has it now

    sessions.end(token);

    assertThat(sessions.find(token, FROM)).isEmpty();
  }

  @Test
  void aSessionEndedOnAnotherNodeLastsHereAtMostTheCacheTime() {
    String token = sessions.start(fatima()).token();
    sessions.find(token, FROM).orElseThrow();

    // Another node's log-out: the row is gone, and this node's signal was lost.
    services.store.write(s -> s.webSessions().delete(CoreWebSessions.hash(token)));
    services.clock.advance(Duration.ofSeconds(4));
    assertThat(sessions.find(token, FROM)).as("this node's copy, 4 s old").isPresent();
    services.clock.advance(Duration.ofSeconds(1));

    assertThat(sessions.find(token, FROM)).isEmpty();
  }

  @Test
  void aSessionEndedOnAnotherNodeEndsHereWhenItsSignalArrives() {
    String token = sessions.start(fatima()).token();
    sessions.find(token, FROM).orElseThrow();

    services.store.write(s -> s.webSessions().delete(CoreWebSessions.hash(token)));
    sessions.endedElsewhere();

    assertThat(sessions.find(token, FROM)).isEmpty();
  }

  @Test
  void aSessionIsReadFromTheStoreAgainAfterTheCacheTime() {
    String token = sessions.start(fatima()).token();
    sessions.find(token, FROM).orElseThrow();
    String hash = CoreWebSessions.hash(token);
    WebSessionRecords.WebSession stored =
        services.store.read(s -> s.webSessions().find(hash)).orElseThrow();
    // Another node's session store row, changed behind this node's back: a new CSRF token.
    services.store.write(
        s -> {
          s.webSessions().delete(hash);
          s.webSessions()
              .insert(
                  new WebSessionRecords.WebSession(
                      hash, stored.user(), "other", stored.created(), stored.lastUsed()));
          return null;
        });

    assertThat(sessions.find(token, FROM).orElseThrow().csrfToken()).isEqualTo(stored.csrfToken());
    services.clock.advance(Duration.ofSeconds(5));
    assertThat(sessions.find(token, FROM).orElseThrow().csrfToken()).isEqualTo("other");
  }

  @Test
  void aSessionUsedOnAnotherNodeIsNotEndedHereForItsOldCopy() {
    // A minute's idle time, shorter than a copy's age plus the interval of writing the last use.
    CoreWebSessions shortIdle =
        new CoreWebSessions(
            services.store,
            services.cases,
            user -> Optional.ofNullable(realm.get(user)),
            Duration.ofMinutes(1),
            Duration.ofHours(10),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            services.clock);
    String token = shortIdle.start(fatima()).token();
    services.clock.advance(Duration.ofSeconds(59));
    shortIdle.find(token, FROM).orElseThrow(); // its copy: last used at the login
    // Used through another node now: the store says so, this node's copy does not.
    Instant now = services.clock.instant();
    services.store.write(s -> s.webSessions().touch(CoreWebSessions.hash(token), now, now));
    services.clock.advance(Duration.ofSeconds(2));

    assertThat(shortIdle.find(token, FROM)).isPresent();
  }

  @Test
  void theOperatorEndsEveryOneOfAUsersSessionsAndTheAuditSaysSo() {
    String first = sessions.start(fatima()).token();
    String second = sessions.start(fatima()).token();
    sessions.find(first, FROM).orElseThrow(); // this node has it now
    Actor karim =
        TestActors.actor("karim", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
    realm.put("karim", List.of("counsellor", "org:steunpunt"));
    String other = sessions.start(karim).token();

    assertThat(sessions.count(CoreServices.OPERATOR)).isEqualTo(Map.of("fatima", 2, "karim", 1));
    int ended = sessions.endAll(CoreServices.OPERATOR, "fatima");

    assertThat(ended).isEqualTo(2);
    assertThat(sessions.find(first, FROM)).isEmpty();
    assertThat(sessions.find(second, FROM)).isEmpty();
    assertThat(sessions.find(other, FROM)).isPresent();
    assertThat(audit())
        .filteredOn(e -> e.action() == Action.SESSION_END)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.user()).isEqualTo("otto");
              assertThat(e.objectId()).contains("fatima");
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.detail()).contains("ended 2 session(s)");
            });
  }

  @Test
  void onlyAnOperatorEndsOthersSessionsAndARefusalIsAudited() {
    String token = sessions.start(fatima()).token();

    assertThatThrownBy(() -> sessions.endAll(CoreServices.TEAM_LEAD, "fatima"))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(sessions.find(token, FROM)).isPresent();
    assertThat(audit())
        .filteredOn(e -> e.action() == Action.SESSION_END)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }

  @Test
  void noSessionForAnActorThePlatformDidNotGiveOrOneOffTheWeb() {
    Actor forged =
        new Actor.Issuer()
            .issue("fatima", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);
    Actor onConsole =
        TestActors.actor("fatima", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.CONSOLE);

    assertThatThrownBy(() -> sessions.start(forged)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sessions.start(onConsole))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, Integer> stored = services.store.read(s -> s.webSessions().countByUser());
    assertThat(stored).isEmpty();
  }
}
