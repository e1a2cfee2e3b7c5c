package nl.steunpunt.core.internal.partner.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.grants.PartnerTrust;
import nl.steunpunt.core.internal.partner.grants.SettingText;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.core.internal.platform.DemoMode;
import nl.steunpunt.core.internal.platform.NodeName;
import nl.steunpunt.core.internal.platform.PlatformAlerts;
import nl.steunpunt.store.PartnerSettingRecords.Key;
import nl.steunpunt.store.PartnerSettingRecords.Kind;
import nl.steunpunt.store.PartnerSettingRecords.PartnerSetting;
import nl.steunpunt.store.Store;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.DevEntry;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's grant and allow-list configurations equal to the database's, which is the
 * source of truth for every node: at activation, whenever the database's revision moved (asked
 * every {@code intervalMillis}), and whenever one of those configurations changed here. The
 * database wins: a configuration it does not hold is deleted, whether a revocation this node missed
 * while it was down or one made here outside the partner administration (a {@code .cfg} file
 * dropped into {@code etc/}, {@code config:edit}), which is also an alert. Only once, when the
 * database has never held the settings, are this node's configurations imported into it ({@link
 * PartnerSettingsImport}).
 *
 * <p>A dev-loop allow-list entry (no digest) is applied only in demo mode. On any other platform
 * one the database holds (a database shared with a demo) is not applied, its copy here is removed,
 * nothing counts it, and it is an alert for as long as the database holds it.
 */
@Component(
    service = {PartnerSettingsSync.class, PlatformAlerts.class, ConfigurationListener.class},
    immediate = true,
    configurationPid = PartnerSettingsSync.PID)
@Designate(ocd = SyncConfig.class)
public final class PartnerSettingsSync implements PlatformAlerts, ConfigurationListener {

  static final String PID = "nl.steunpunt.partners.sync";
  private static final Logger LOG = LoggerFactory.getLogger(PartnerSettingsSync.class);
  static final String TOPIC = "partner-settings";
  private static final Duration ALERT_FOR = Duration.ofHours(1);
  // A full comparison now and then even without a change, in case an event was missed.
  private static final int FULL_EVERY = 30;

  private final Store store;
  private final PartnerConfigs configs;
  private final PartnerSettingsImport importer;
  private final Clock clock;
  private final String node;
  private final ScheduledExecutorService timer;
  // Tells the trust boundary what the database holds: only that counts (nothing until then).
  private final Consumer<Held> current;
  private final Map<Key, Alert> alerts = new ConcurrentHashMap<>();
  private final boolean demo;
  // Dev-loop entries the database holds that this platform refuses (it is not in demo mode).
  private volatile Set<Key> refusedDev = Set.of();
  // Tells the other nodes at once that the settings changed; null in tests.
  private volatile ClusterSignals signals;
  private volatile AutoCloseable listening;
  private final AtomicBoolean nudged = new AtomicBoolean();

  private volatile boolean initialised;
  private volatile boolean dirty = true;
  private volatile String failure;

  // Guarded by this.
  private long applied = -1;
  private Set<Key> known = Set.of();
  private boolean first = true;
  private int quietTicks;

  private record Alert(String text, Instant at) {}

  /**
   * What the database held at a reconciliation: the allow-list's digests and the grants'
   * properties. Only configurations that match count at the trust boundary, whatever else
   * Configuration Admin holds.
   */
  public record Held(
      Set<String> allowedDigests, List<Map<String, Object>> grants, Set<DevEntry> devEntries) {}

  @Activate
  public PartnerSettingsSync(
      @Reference Store store,
      @Reference ConfigurationAdmin admin,
      @Reference BundleTrust trust,
      @Reference PartnerTrust partners,
      @Reference ClusterSignals signals,
      SyncConfig config) {
    this(
        store,
        admin,
        NodeName.of(config.node()),
        Clock.systemUTC(),
        held -> {
          trust.allowListCurrent(held.allowedDigests(), held.devEntries());
          partners.devEntriesHeld(held.devEntries());
          partners.grantsHeld(held.grants());
        },
        timer(),
        DemoMode.fromEnvironment().enabled());
    this.signals = signals;
    // Another node's change is looked at at once; the interval only catches a missed signal.
    this.listening = signals.listen(TOPIC, from -> nudge());
    timer.scheduleWithFixedDelay(
        this::tick, 0, Math.max(100, config.intervalMillis()), TimeUnit.MILLISECONDS);
  }

  /** Tells every node, after a change was committed, to look at once. */
  public void announce() {
    ClusterSignals current = signals;
    if (current != null) {
      try {
        current.send(TOPIC, "");
      } catch (RuntimeException e) {
        LOG.warn(
            "The other nodes will see the partner setting within their interval: {}",
            e.getMessage());
      }
    }
  }

  /** One look for any number of signals that came before it ran. */
  private void nudge() {
    if (timer != null && nudged.compareAndSet(false, true)) {
      try {
        timer.execute(
            () -> {
              nudged.set(false);
              tick();
            });
      } catch (RejectedExecutionException stopping) {
        // Deactivated meanwhile.
      }
    }
  }

  /** Without a timer: the tests call {@link #tick} and {@link #reconcile} themselves. */
  public PartnerSettingsSync(Store store, ConfigurationAdmin admin, String node, Clock clock) {
    this(store, admin, node, clock, held -> {}, null, false);
  }

  /** As above, telling {@code current} whenever this node's settings equal the database's. */
  public PartnerSettingsSync(
      Store store, ConfigurationAdmin admin, String node, Clock clock, Consumer<Held> current) {
    this(store, admin, node, clock, current, null, false);
  }

  /**
   * As above, in demo mode or not (which decides whether dev-loop entries are applied). A factory,
   * not a constructor: a second public constructor with as many parameters as the activation
   * constructor makes Declarative Services try it first, and fail.
   */
  public static PartnerSettingsSync inMode(
      Store store,
      ConfigurationAdmin admin,
      String node,
      Clock clock,
      Consumer<Held> current,
      boolean demo) {
    return new PartnerSettingsSync(store, admin, node, clock, current, null, demo);
  }

  private PartnerSettingsSync(
      Store store,
      ConfigurationAdmin admin,
      String node,
      Clock clock,
      Consumer<Held> current,
      ScheduledExecutorService timer,
      boolean demo) {
    this.demo = demo;
    this.current = current;
    this.store = store;
    this.configs = new PartnerConfigs(admin);
    this.importer = new PartnerSettingsImport(configs, node, clock);
    this.node = node;
    this.clock = clock;
    this.timer = timer;
  }

  private static ScheduledExecutorService timer() {
    return Executors.newSingleThreadScheduledExecutor(
        work -> {
          Thread thread = new Thread(work, "steunpunt-partner-settings");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Deactivate
  void deactivate() {
    AutoCloseable stop = listening;
    if (stop != null) {
      try {
        stop.close();
      } catch (Exception e) {
        LOG.warn("Could not stop listening to the other nodes: {}", e.getClass().getName());
      }
    }
    timer.shutdownNow();
  }

  @Override
  public void configurationEvent(ConfigurationEvent event) {
    changed(event.getFactoryPid());
  }

  /** A configuration of the factory changed on this node: look at once. */
  public void changed(String factory) {
    if (PartnerGrantReader.PID.equals(factory) || AllowEntryReader.PID.equals(factory)) {
      dirty = true;
      nudge();
    }
  }

  /** One look at the database's revision; a reconciliation when it moved or something changed. */
  public void tick() {
    try {
      long revision = store.read(s -> s.partnerSettings().head().revision());
      boolean due;
      synchronized (this) {
        due = dirty || revision != applied || ++quietTicks >= FULL_EVERY;
      }
      if (due) {
        reconcile();
      }
      if (failure != null) {
        LOG.info("Partner settings are applied on this node again");
        failure = null;
      }
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName();
      if (!reason.equals(failure)) {
        LOG.warn("Partner settings could not be brought up to date on this node: {}", reason, e);
      }
      failure = reason;
    }
  }

  /**
   * Makes sure the database holds the settings: imports this node's configurations when it never
   * did (once, among all nodes). Throws when that cannot be done and audited now.
   */
  public void initialise() {
    if (initialised) {
      return;
    }
    synchronized (this) {
      if (!initialised) {
        importer.run(store).forEach(problem -> alert(problem.key(), problem.text()));
        initialised = true;
      }
    }
  }

  private static Held held(Map<Key, Map<String, Object>> wanted) {
    Set<String> digests = new HashSet<>();
    List<Map<String, Object>> grants = new ArrayList<>();
    Set<DevEntry> dev = new HashSet<>();
    wanted.forEach(
        (key, properties) -> {
          if (dev(key, properties)) {
            dev.add(new DevEntry(key.name(), key.versionRange()));
          } else if (key.kind() == Kind.ALLOW && properties.get("sha256") instanceof String sha) {
            digests.add(sha.strip().toLowerCase(Locale.ROOT));
          } else if (key.kind() == Kind.GRANT) {
            grants.add(properties);
          }
        });
    return new Held(Set.copyOf(digests), List.copyOf(grants), Set.copyOf(dev));
  }

  /** Whether a setting is a dev-loop allow-list entry (no digest). */
  static boolean dev(Key key, Map<String, Object> properties) {
    return key.kind() == Kind.ALLOW && Boolean.TRUE.equals(properties.get("dev"));
  }

  /** Makes this node's configurations equal to the database's settings, now. */
  public synchronized void reconcile() {
    initialise();
    dirty = false;
    quietTicks = 0;
    record Snapshot(long revision, List<PartnerSetting> settings) {}
    Snapshot snapshot =
        store.read(
            s -> new Snapshot(s.partnerSettings().head().revision(), s.partnerSettings().all()));
    Map<Key, Map<String, Object>> wanted = new LinkedHashMap<>();
    for (PartnerSetting setting : snapshot.settings()) {
      try {
        wanted.put(setting.key(), SettingText.decode(setting.properties()));
      } catch (IllegalArgumentException e) {
        // Not applied, and not left standing here either: fail closed.
        LOG.error("The partner setting {} in the database cannot be read", setting.key());
      }
    }
    Set<Key> refused = new HashSet<>();
    if (!demo) {
      wanted.entrySet().removeIf(e -> dev(e.getKey(), e.getValue()) && refused.add(e.getKey()));
    }
    if (!refused.equals(refusedDev)) {
      refused.forEach(
          key ->
              LOG.warn(
                  "The database holds the dev-loop {}, which does not count: this platform is not"
                      + " in demo mode",
                  describe(key)));
    }
    refusedDev = Set.copyOf(refused);
    for (Kind kind : Kind.values()) {
      apply(kind, wanted);
    }
    known = Set.copyOf(wanted.keySet());
    applied = snapshot.revision();
    // Only entries the database holds count at the trust boundary, whatever Config Admin has.
    current.accept(held(wanted));
    first = false;
    Instant now = clock.instant();
    alerts
        .entrySet()
        .removeIf(
            a -> wanted.containsKey(a.getKey()) || a.getValue().at().plus(ALERT_FOR).isBefore(now));
  }

  private void apply(Kind kind, Map<Key, Map<String, Object>> wanted) {
    String factoryPid = SettingKeys.factoryPid(kind);
    Map<Optional<Key>, List<Configuration>> have = new LinkedHashMap<>();
    for (Configuration c : configs.all(factoryPid)) {
      Optional<Key> key = SettingKeys.of(kind, SettingText.of(c.getProperties()));
      have.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    for (var entry : wanted.entrySet()) {
      if (entry.getKey().kind() != kind) {
        continue;
      }
      List<Configuration> same = have.getOrDefault(Optional.of(entry.getKey()), List.of());
      have.remove(Optional.of(entry.getKey()));
      if (configs.replace(same.stream().findFirst(), factoryPid, entry.getValue())) {
        LOG.info("Partner setting {} applied on this node", describe(entry.getKey()));
      }
      for (Configuration duplicate : same.stream().skip(1).toList()) {
        configs.delete(duplicate);
        LOG.warn("A second configuration of {} was removed", describe(entry.getKey()));
      }
    }
    for (var stale : have.entrySet()) {
      for (Configuration c : stale.getValue()) {
        String pid = c.getPid(); // Felix refuses every call on a deleted configuration
        configs.delete(c);
        removed(stale.getKey(), pid, kind);
      }
    }
  }

  private void removed(Optional<Key> key, String pid, Kind kind) {
    String what =
        key.map(PartnerSettingsSync::describe).orElse(kind.name().toLowerCase() + " " + pid);
    if (key.isPresent() && known.contains(key.get())) {
      LOG.info("Partner setting {} removed on this node: it was taken out of the database", what);
      return;
    }
    if (key.isPresent() && refusedDev.contains(key.get())) {
      LOG.info("Dev-loop {} removed on this node: not in demo mode", what);
      return;
    }
    LOG.warn(
        "Partner setting {} (configuration {}) is not in the database and was removed on this node:"
            + " grants and the allow-list are changed with the steunpunt:partner-* commands only",
        what,
        pid);
    if (!first) {
      alert(
          key.orElse(new Key(kind, pid, "")),
          what + " was made on this node outside the partner administration and was removed");
      audit(kind, key.map(Key::name).orElse(pid), what);
    }
  }

  /** An attempt to change the trust boundary outside the administration: in the audit, denied. */
  private void audit(Kind kind, String name, String what) {
    try {
      store.write(
          s -> {
            s.audit()
                .append(
                    PartnerSettingsImport.entry(
                        clock.instant(),
                        SettingKeys.auditObject(kind),
                        name,
                        Outcome.DENIED,
                        what
                            + " was made on node "
                            + node
                            + " outside the partner administration; it never counted and was"
                            + " removed"));
            return null;
          });
    } catch (RuntimeException e) {
      // The removal stands; the WARN line and the alert still tell.
      LOG.error("The removal of {} could not be audited", what, e);
    }
  }

  private void alert(Key key, String text) {
    alerts.put(key, new Alert(text, clock.instant()));
  }

  static String describe(Key key) {
    return key.kind() == Kind.GRANT
        ? "grant for partner " + key.name()
        : "allow-list entry " + key.name() + " " + key.versionRange();
  }

  @Override
  public List<String> alerts() {
    List<String> texts = new ArrayList<>();
    String failed = failure;
    if (failed != null) {
      texts.add("partner settings on this node may be out of date: " + failed);
    }
    alerts.values().stream().map(Alert::text).sorted().forEach(texts::add);
    refusedDev.stream()
        .map(
            key ->
                "dev-loop "
                    + describe(key)
                    + " does not count: this platform is not in demo mode (steunpunt:partner-disallow "
                    + key.name()
                    + ")")
        .sorted()
        .forEach(texts::add);
    return texts;
  }

  /** The keys this node holds as the database had them at the last reconciliation. */
  synchronized Set<Key> applied() {
    return new HashSet<>(known);
  }
}
