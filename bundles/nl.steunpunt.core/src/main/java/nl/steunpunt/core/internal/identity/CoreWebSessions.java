package nl.steunpunt.core.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.WebSessions;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.core.internal.access.Actors;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.store.AuditWriteFailed;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.WebSessionRecords.WebSession;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web face's browser sessions in the store ({@code web_session}), so that every node knows
 * them. The token (32 random bytes) goes to the cookie and only its SHA-256 to the store. A session
 * ends after {@code idleMinutes} without use or {@code maxAgeHours} after its login, at log-out, by
 * the operator's {@code steunpunt:sessions-end}, and when its account is gone from the realm or
 * gives no Steunpunt actor any more. Its user's roles are read from the realm, at most {@code
 * accountCheckSeconds} after this node last read them, so removing a role narrows every session of
 * the user within that time.
 *
 * <p>A session read from the store is used for {@code cacheSeconds} by this node ({@link
 * SessionCache}), since a page's dozen requests would otherwise read it a dozen times. An end on
 * this node counts at once; an end on another node counts here when its signal arrives ({@link
 * ClusterSignals}, topic {@value #TOPIC}), and at most {@code cacheSeconds} later if it is lost.
 */
@Component(service = WebSessions.class, configurationPid = "nl.steunpunt.web.sessions")
@Designate(ocd = CoreWebSessions.Config.class)
public final class CoreWebSessions implements WebSessions {

  @ObjectClassDefinition(name = "Steunpunt browser sessions")
  public @interface Config {
    @AttributeDefinition(description = "Minutes a session lasts without use.", min = "1")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "Hours a session lasts at most.", min = "1")
    int maxAgeHours() default 10;

    @AttributeDefinition(
        description =
            "Seconds after which a node reads a session user's roles from the login realm again.",
        min = "1",
        max = "300")
    int accountCheckSeconds() default 60;

    @AttributeDefinition(description = "The Karaf JAAS realm that holds the staff accounts.")
    String realm() default "karaf";

    @AttributeDefinition(
        description =
            "Seconds a node uses a session it read from the database before reading it again. A"
                + " log-out or steunpunt:sessions-end counts at once on the node that did it and,"
                + " through a signal, on the others; at most this long later if the signal is"
                + " lost. 0 reads the session at every request.",
        min = "0",
        max = "60")
    int cacheSeconds() default 5;
  }

  /** The signal that tells every node that sessions ended: each drops its copies. */
  static final String TOPIC = "web-sessions-ended";

  /** The object type of the operator's audit entries about sessions. */
  static final String OBJECT = "web-session";

  /** How long the roles a login found stand for the realm's. */
  static final Duration LOGIN_READING = Duration.ofSeconds(5);

  /** The pause between two readings of the realm that must agree (see {@code settled}). */
  static final Duration SETTLE = Duration.ofMillis(100);

  /**
   * How long a reading that would end an account's sessions (missing, or without exactly one
   * organisation) must hold before they end (see {@code settled}).
   */
  static final Duration MISSING_SETTLE = Duration.ofSeconds(1);

  /** The longest one request waits for the realm to settle. */
  static final Duration SETTLE_AT_MOST = Duration.ofSeconds(3);

  /** How long a session's last use may lag: one write a minute rather than one a request. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(CoreWebSessions.class);

  /**
   * The roles this node read for a user, when, and from which accounts: a reading of a realm the
   * sessions no longer follow is not used.
   */
  private record Reading(Optional<List<String>> roles, Instant at, AccountRoles source) {}

  private final Store store;
  private final Actors actors;
  private final Cases cases;
  private final OperatorAudit audit;
  private volatile SessionSettings settings;
  private final Function<String, Optional<AccountRoles>> accountsIn;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, Reading> readings = new ConcurrentHashMap<>();
  private final SessionCache cache;

  // Tells the other nodes that sessions ended; null in tests.
  private volatile ClusterSignals signals;
  private volatile AutoCloseable listening;

  @Activate
  public CoreWebSessions(
      Config config,
      @Reference Store store,
      @Reference Cases cases,
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<JaasRealm> realms,
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<BackingEngineFactory> factories,
      @Reference ClusterSignals signals) {
    this(config, store, cases, realms, factories, signals, Clock.systemUTC());
  }

  CoreWebSessions(
      Config config,
      Store store,
      Cases cases,
      List<JaasRealm> realms,
      List<BackingEngineFactory> factories,
      ClusterSignals signals,
      Clock clock) {
    this(store, cases, config, accountsIn(realms, factories), clock);
    this.signals = signals;
    // Another node's end (or signals that may have been lost): read every session again.
    this.listening = signals.listen(TOPIC, payload -> endedElsewhere());
  }

  /** Sessions that follow the accounts {@code accounts} gives; their settings never change. */
  CoreWebSessions(
      Store store,
      Cases cases,
      AccountRoles accounts,
      Duration idle,
      Duration maxAge,
      Duration accountCheck,
      Duration cacheTime,
      Clock clock) {
    this(
        store,
        cases,
        new SessionSettings(accounts, idle, maxAge, accountCheck, cacheTime),
        realm -> Optional.empty(),
        clock);
  }

  private CoreWebSessions(
      Store store,
      Cases cases,
      Config config,
      Function<String, Optional<AccountRoles>> accountsIn,
      Clock clock) {
    this(store, cases, SessionSettings.of(config, accountsIn), accountsIn, clock);
  }

  private CoreWebSessions(
      Store store,
      Cases cases,
      SessionSettings settings,
      Function<String, Optional<AccountRoles>> accountsIn,
      Clock clock) {
    this.store = store;
    this.actors = cases.actors();
    this.cases = cases;
    this.audit = new OperatorAudit(store, clock, cases);
    this.settings = settings;
    this.accountsIn = accountsIn;
    this.clock = clock;
    this.cache = new SessionCache(settings.cacheTime(), clock);
  }

  /** The accounts of a realm by its name, among these realms (the references are static). */
  private static Function<String, Optional<AccountRoles>> accountsIn(
      List<JaasRealm> realms, List<BackingEngineFactory> factories) {
    List<JaasRealm> theRealms = List.copyOf(realms);
    List<BackingEngineFactory> theFactories = List.copyOf(factories);
    return realm -> AccountRoles.inRealm(realm, theRealms, theFactories);
  }

  /**
   * New settings from Configuration Admin, for the requests that start after this. The sessions
   * stay, and so does the service and everything that holds it: the browsers' filter, the login,
   * the console. A session is measured against the new times at its next request, but one that ran
   * out under the old times is deleted first: a longer time does not bring it back. Roles read from
   * another realm are read again. Settings that cannot be applied change nothing, and the log says
   * why: a realm with no module whose accounts can be read (at a start, that fails the component),
   * or a store that cannot delete the sessions that ran out.
   */
  @Modified
  void modified(Config config) {
    SessionSettings next;
    try {
      next = SessionSettings.of(config, accountsIn);
    } catch (IllegalStateException e) {
      LOG.error("The session settings were not changed: {}", e.getMessage());
      return;
    }
    SessionSettings before = settings;
    Instant now = clock.instant();
    try {
      store.write(
          s -> {
            s.webSessions().deleteExpired(now.minus(before.idle()), now.minus(before.maxAge()));
            return null;
          });
    } catch (RuntimeException e) {
      LOG.error(
          "The session settings were not changed: the sessions that ran out could not be deleted"
              + " first ({})",
          e.getClass().getName());
      return;
    }
    settings = next;
    cache.retime(next.cacheTime());
    LOG.info(
        "The session settings changed: realm {}, idle {}, at most {}, roles read every {}, cache {}",
        config.realm(),
        next.idle(),
        next.maxAge(),
        next.accountCheck(),
        next.cacheTime());
  }

  /** Sessions ended on another node (or signals may have been lost): read each one again. */
  void endedElsewhere() {
    cache.clear();
  }

  @Deactivate
  void deactivate() throws Exception {
    AutoCloseable current = listening;
    if (current != null) {
      current.close();
    }
  }

  @Override
  public Started start(Actor actor) {
    refuseOutsider("WebSessions.start");
    if (actors.refusal(actor).isPresent() || !(actor.channel() instanceof Channel.Web)) {
      throw new IllegalArgumentException("a session is for an actor the platform gave, on the web");
    }
    Instant now = clock.instant();
    SessionSettings current = settings;
    String token = randomToken();
    String csrf = randomToken();
    store.write(
        s -> {
          // Expired sessions go at each login: no job, and the table stays small.
          s.webSessions().deleteExpired(now.minus(current.idle()), now.minus(current.maxAge()));
          s.webSessions().insert(new WebSession(hash(token), actor.user(), csrf, now, now));
          return null;
        });
    // The login has just read the realm (or its credential cache, up to a minute old): its first
    // requests need not read it again, but only for LOGIN_READING, so a change made just before
    // the login still reaches the session within about a minute.
    readings.put(
        actor.user(),
        new Reading(
            Optional.of(namesOf(actor)),
            now.minus(current.accountCheck()).plus(LOGIN_READING),
            current.accounts()));
    return new Started(token, csrf);
  }

  @Override
  public Optional<Live> find(String token, Channel channel) {
    refuseOutsider("WebSessions.find");
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    if (!(channel instanceof Channel.Web)) {
      throw new IllegalArgumentException("a session is used on the web channel");
    }
    String hash = hash(token);
    Instant now = clock.instant();
    // Read once: a change of the settings meanwhile applies to the next request.
    SessionSettings current = settings;
    Optional<WebSession> found = live(hash, now, current);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    WebSession session = found.get();
    Optional<List<String>> roles;
    try {
      roles = rolesOf(session.user(), now, current);
    } catch (IllegalStateException unreadable) {
      // No session acts on roles nobody could check now; it is not ended either.
      LOG.warn("The login realm cannot be read; sessions are refused until it can: {}", unreadable);
      return Optional.empty();
    }
    Optional<Actor> actor =
        roles.flatMap(names -> PrincipalMapper.toActor(actors, session.user(), names, channel));
    if (actor.isEmpty()) {
      // Role names only (no user name): they say why, and they are the platform's vocabulary.
      LOG.info(
          roles.isEmpty()
              ? "A session ended: its account is not in this node's login realm"
              : "A session ended: its account no longer gives a Steunpunt user (it reads {})",
          normalised(roles).orElse(List.of()));
      endByHash(hash);
      return Optional.empty();
    }
    if (session.lastUsed().isBefore(now.minus(TOUCH_EVERY))) {
      store.write(s -> s.webSessions().touch(hash, now, now.minus(TOUCH_EVERY)));
      cache.used(hash, now);
    }
    return Optional.of(new Live(actor.get(), session.csrfToken()));
  }

  /** The session, unless it is gone or has run out (then it is ended). */
  private Optional<WebSession> live(String hash, Instant now, SessionSettings current) {
    Optional<WebSession> cached = cache.get(hash);
    Optional<WebSession> found = cached.isPresent() ? cached : read(hash);
    if (found.isPresent() && cached.isPresent() && expired(found.get(), now, current)) {
      // Another node may have written a later use than this node's copy has: the store decides.
      found = read(hash);
    }
    if (found.isPresent() && expired(found.get(), now, current)) {
      endByHash(hash);
      return Optional.empty();
    }
    return found;
  }

  /** The session as the store has it, kept for the next requests. */
  private Optional<WebSession> read(String tokenHash) {
    Instant readAt = clock.instant();
    Optional<WebSession> found = store.read(s -> s.webSessions().find(tokenHash));
    found.ifPresentOrElse(session -> cache.put(session, readAt), () -> cache.forget(tokenHash));
    return found;
  }

  private static boolean expired(WebSession session, Instant now, SessionSettings current) {
    return !now.isBefore(session.lastUsed().plus(current.idle()))
        || !now.isBefore(session.created().plus(current.maxAge()));
  }

  @Override
  public void end(String token) {
    refuseOutsider("WebSessions.end");
    if (token != null && !token.isEmpty() && token.length() <= 100) {
      endByHash(hash(token));
    }
  }

  private void endByHash(String tokenHash) {
    cache.ended(tokenHash);
    store.write(s -> s.webSessions().delete(tokenHash));
    announceEnd();
  }

  /** Tells the other nodes that sessions ended, so that they drop their copies at once. */
  private void announceEnd() {
    ClusterSignals current = signals;
    if (current != null) {
      try {
        current.send(TOPIC, "");
      } catch (RuntimeException e) {
        LOG.warn(
            "The other nodes will drop the ended session within the cache time: {}",
            e.getMessage());
      }
    }
  }

  @Override
  public int endAll(Actor operator, String user) {
    refuseOutsider("WebSessions.endAll");
    audit.requireOperator(
        operator, Action.SESSION_END, OBJECT, "Only an operator ends other users' sessions.");
    if (user == null || user.isBlank() || user.length() > 100) {
      throw ValidationException.of("user", "must be a login name");
    }
    String name = user.strip();
    try {
      int ended =
          store.write(
              s -> {
                int deleted = s.webSessions().deleteOfUser(name);
                s.audit()
                    .append(
                        audit.entry(
                            operator,
                            Action.SESSION_END,
                            OBJECT,
                            Optional.of(name),
                            Outcome.ALLOWED,
                            "ended " + deleted + " session(s)"));
                return deleted;
              });
      readings.remove(name);
      cache.endedOfUser(name);
      announceEnd();
      return ended;
    } catch (AuditWriteFailed e) {
      throw new UnavailableException("The audit log cannot be written, so nothing was ended.", e);
    }
  }

  @Override
  public Map<String, Integer> count(Actor operator) {
    refuseOutsider("WebSessions.count");
    audit.requireOperator(operator, Action.READ, OBJECT, "Only an operator lists sessions.");
    audit.recorded(operator, Action.READ, OBJECT, "sessions per user");
    Instant now = clock.instant();
    SessionSettings current = settings;
    return store.write(
        s -> {
          s.webSessions().deleteExpired(now.minus(current.idle()), now.minus(current.maxAge()));
          return s.webSessions().countByUser();
        });
  }

  @Override
  public Duration maxAge() {
    return settings.maxAge();
  }

  /**
   * The user's roles in the realm, read again when this node's reading is too old.
   *
   * @throws IllegalStateException when the realm cannot be read
   */
  private Optional<List<String>> rolesOf(String user, Instant now, SessionSettings current) {
    Reading reading = readings.get(user);
    if (reading != null && reading.source() != current.accounts()) {
      reading = null; // read from a realm the sessions no longer follow
    }
    if (reading != null && now.isBefore(reading.at().plus(current.accountCheck()))) {
      return reading.roles();
    }
    Optional<List<String>> roles =
        settled(current.accounts(), user, reading == null ? null : reading.roles());
    readings.put(user, new Reading(roles, now, current.accounts()));
    return roles;
  }

  /**
   * The roles, read again when they differ from the last reading, until the same answer has held
   * for a while: {@link #SETTLE} for changed roles, {@link #MISSING_SETTLE} for a reading that
   * would end its sessions ({@link #endsSessions}), at most {@link #SETTLE_AT_MOST} in all. Karaf
   * rewrites a properties realm in place, at every {@code jaas:update} and when it hashes a new
   * password: a reading in the middle of that sees an account cut short or missing, and on a busy
   * machine the writer can be held up between emptying the file and filling it again for longer
   * than one pause (seen at a load of 14 on two cores). A session must not end, or lose a role for
   * a minute, for that. Only a reading that differs waits; an unchanged realm is read once.
   */
  private Optional<List<String>> settled(
      AccountRoles accounts, String user, Optional<List<String>> before) {
    Optional<List<String>> last = before == null ? null : normalised(before);
    Optional<List<String>> roles = normalised(accounts.of(user));
    if (roles.equals(last)) {
      return roles;
    }
    long began = System.nanoTime();
    long since = began;
    while (true) {
      long held = System.nanoTime() - since;
      Duration needed = endsSessions(roles) ? MISSING_SETTLE : SETTLE;
      if (held >= needed.toNanos() || System.nanoTime() - began >= SETTLE_AT_MOST.toNanos()) {
        return roles;
      }
      try {
        Thread.sleep(SETTLE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the realm", e);
      }
      Optional<List<String>> again = normalised(accounts.of(user));
      if (!again.equals(roles)) {
        roles = again;
        since = System.nanoTime();
      }
    }
  }

  /**
   * Whether a reading would end its user's sessions: the account is missing, or it has not exactly
   * one organisation (a line cut short in the middle of a rewrite reads so too).
   */
  static boolean endsSessions(Optional<List<String>> roles) {
    return roles.flatMap(PrincipalMapper::organisation).isEmpty();
  }

  /** The names that make the actor (Steunpunt roles, the organisation), in order. */
  private static Optional<List<String>> normalised(Optional<List<String>> roles) {
    return roles.map(
        names ->
            names.stream()
                .filter(
                    name ->
                        name.startsWith(PrincipalMapper.ORGANISATION_PREFIX)
                            || nl.steunpunt.api.access.Role.fromRoleName(name).isPresent())
                .sorted()
                .distinct()
                .toList());
  }

  /** The names of a logged-in actor's roles and organisation, as the realm has them. */
  private static List<String> namesOf(Actor actor) {
    List<String> names = new java.util.ArrayList<>();
    actor.roles().forEach(role -> names.add(role.roleName()));
    names.add(PrincipalMapper.ORGANISATION_PREFIX + actor.organisation().id());
    return names;
  }

  private void refuseOutsider(String what) {
    cases.refuseOutsider(what, "Only the platform uses sessions.");
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
