package nl.steunpunt.store.jdbc.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.store.Meters;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.StoreBackup;
import nl.steunpunt.store.Work;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's store: opens the {@link JdbcStore} (first connection, schema migration) on its own
 * thread, so the features service goes on starting the other bundles meanwhile. Work waits until
 * the store is open; readiness reports it ({@link #ready()}). If it cannot be opened, every call
 * fails and the platform never becomes ready.
 */
// Immediate: the store opens at start, and readiness waits for it.
@Component(
    service = {Store.class, StoreBackup.class, ClusterSignals.class},
    configurationPid = "nl.steunpunt.store",
    immediate = true)
@Designate(ocd = StoreConfig.class)
public final class OpeningStore implements Store, StoreBackup, ClusterSignals {

  private static final Logger LOG = LoggerFactory.getLogger(OpeningStore.class);

  static final String CLUSTER_ON_H2 =
      "cluster mode needs PostgreSQL: on the embedded H2 database every node would keep its own"
          + " data. Set url in etc/nl.steunpunt.store.cfg to the database all nodes share, or"
          + " cluster = false for a single node.";

  /** A setting the store will not open with; its message is the operator's to read. */
  static final class Refused extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final CompletableFuture<JdbcStore> opening = new CompletableFuture<>();

  /** The store's meters, once it is open and reports to them. */
  private volatile CompletableFuture<AutoCloseable> instruments =
      CompletableFuture.completedFuture(() -> {});

  @Activate
  public OpeningStore(
      @Reference(
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<Map.Entry<Map<String, Object>, DataSourceFactory>> drivers,
      @Reference Meters meters,
      StoreConfig config) {
    this(opener(drivers, config));
    this.instruments = opening.thenApply(store -> instrument(store, meters));
  }

  /** Opens the store {@code open} makes, on its own thread. */
  OpeningStore(Callable<JdbcStore> open) {
    Thread opener =
        new Thread(
            () -> {
              try {
                opening.complete(open.call());
              } catch (Refused e) {
                LOG.error("The store is not opened: {}", e.getMessage());
                opening.completeExceptionally(e);
              } catch (Exception | Error e) {
                LOG.error("The store could not be opened: {}", e.getClass().getName(), e);
                opening.completeExceptionally(e);
              }
            },
            "steunpunt-store-open");
    opener.setDaemon(true);
    opener.start();
  }

  /** Reports the store's pool and seal lag to the meters; the store works without them. */
  private static AutoCloseable instrument(JdbcStore store, Meters meters) {
    try {
      return store.instrument(meters);
    } catch (RuntimeException e) {
      LOG.warn("The store's metrics could not be registered: {}", e.getClass().getName());
      return () -> {};
    }
  }

  private static Callable<JdbcStore> opener(
      List<Map.Entry<Map<String, Object>, DataSourceFactory>> drivers, StoreConfig config) {
    String url = JdbcStore.urlOf(config.url());
    Optional<Refused> refused = refusal(config.cluster(), url);
    if (refused.isPresent()) {
      return () -> {
        throw refused.get();
      };
    }
    DataSourceFactory driver = JdbcStore.driverFor(drivers, url);
    JdbcStore.Options options =
        new JdbcStore.Options(
            config.poolSize(),
            config.migrationUser(),
            config.migrationPassword(),
            config.auditSealMillis(),
            config.durableCommit(),
            demoMode(),
            Optional.of(
                new JdbcStore.Anchoring(
                    Path.of(System.getProperty("karaf.etc", "etc")),
                    Path.of(System.getProperty("karaf.data", "data"), "steunpunt", Anchors.FILE),
                    Duration.ofSeconds(config.auditAnchorSeconds()))));
    return () -> new JdbcStore(driver, url, config.user(), config.password(), options);
  }

  /** Why the store will not open on {@code url}, if it will not. */
  static Optional<Refused> refusal(boolean cluster, String url) {
    return cluster && Dialect.of(url) == Dialect.H2
        ? Optional.of(new Refused(CLUSTER_ON_H2))
        : Optional.empty();
  }

  /** Demo mode, as the core reads it: only to spare the demo the warning about H2. */
  private static boolean demoMode() {
    return "true".equalsIgnoreCase(System.getenv("STEUNPUNT_DEMO"))
        || "true".equalsIgnoreCase(System.getProperty("steunpunt.demo"));
  }

  private JdbcStore store() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      throw new StoreException("open the store", e.getCause());
    }
  }

  @Override
  public boolean ready() {
    return opening.isDone() && !opening.isCompletedExceptionally();
  }

  @Override
  public <T> T write(Work<T> work) {
    return store().write(work);
  }

  @Override
  public <T> T read(Work<T> work) {
    return store().read(work);
  }

  @Override
  public void send(String topic, String payload) {
    store().signals().send(topic, payload);
  }

  /** Listens once the store is open; the handle works before that too. */
  @Override
  public AutoCloseable listen(String topic, Consumer<String> listener) {
    CompletableFuture<AutoCloseable> listening =
        opening.thenApply(store -> store.signals().listen(topic, listener));
    return () -> {
      listening.cancel(false);
      if (listening.isDone() && !listening.isCompletedExceptionally()) {
        listening.join().close();
      }
    };
  }

  @Override
  public Backup backup(Path folder) {
    return store().backup(folder);
  }

  /** The database in use; while opening, or when it will not open, what the store waits for. */
  @Override
  public String describe() {
    if (ready()) {
      return store().describe();
    }
    if (!opening.isDone()) {
      return "opening (connecting, migrating the schema)";
    }
    try {
      opening.join();
      return "opening";
    } catch (CompletionException e) {
      // Only a refusal's message is shown: a driver's may hold values.
      return e.getCause() instanceof Refused refused
          ? "not opened: " + refused.getMessage()
          : "could not be opened; see the log";
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warn("The store's metrics could not be removed: {}", e.getClass().getName());
    }
  }

  @Deactivate
  void deactivate() {
    // Waits for an opening in progress, so its pool and sealer are closed too.
    try {
      JdbcStore store = opening.join();
      closeQuietly(instruments.join());
      store.close();
    } catch (CompletionException e) {
      // Nothing was opened.
    }
  }
}
