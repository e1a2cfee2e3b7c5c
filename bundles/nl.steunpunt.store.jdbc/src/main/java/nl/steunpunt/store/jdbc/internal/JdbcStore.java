package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import nl.steunpunt.api.platform.ClusterSignals;
import nl.steunpunt.store.Meters;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.StoreBackup;
import nl.steunpunt.store.Work;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: a connection pool over the JDBC driver the URL names, with the schema migrated to the
 * current version when it opens, and the audit log's sealer running in the background for as long
 * as the store is open. The platform opens it through {@link OpeningStore}, off the thread that
 * starts the bundles; tests and tools open it directly.
 */
public final class JdbcStore implements Store, StoreBackup {

  /** How long the sealer waits after a run before the next, unless configured otherwise. */
  public static final long DEFAULT_AUDIT_SEAL_MILLIS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final HikariDataSource pool;
  private final String url;
  private final Transactions transactions;
  private final ScheduledSealer sealing;
  private final Backups backups;
  private final StoreSignals signals;

  /** Opens the store on a driver with plain values, for tests and tools. */
  public JdbcStore(DataSourceFactory driver, String url, String user, String password, int poolSize)
      throws SQLException {
    this(driver, url, user, password, poolSize, "", "");
  }

  /**
   * Opens the store, migrating as another user (the schema's owner) when one is given, and then
   * granting the platform's user only what it needs: on PostgreSQL, events can then be appended and
   * read by the platform's user, never changed or deleted, not even with SQL.
   */
  public JdbcStore(
      DataSourceFactory driver,
      String url,
      String user,
      String password,
      int poolSize,
      String migrationUser,
      String migrationPassword)
      throws SQLException {
    this(
        driver,
        url,
        user,
        password,
        poolSize,
        migrationUser,
        migrationPassword,
        DEFAULT_AUDIT_SEAL_MILLIS);
  }

  /**
   * Opens the store as above, sealing the audit log in the background with the given milliseconds
   * between the end of a run and the start of the next; commits are durable.
   */
  public JdbcStore(
      DataSourceFactory driver,
      String url,
      String user,
      String password,
      int poolSize,
      String migrationUser,
      String migrationPassword,
      long auditSealMillis)
      throws SQLException {
    this(
        driver,
        url,
        user,
        password,
        new Options(
            poolSize,
            migrationUser,
            migrationPassword,
            auditSealMillis,
            true,
            true,
            Optional.empty()));
  }

  /**
   * How the store opens, beside its URL and user.
   *
   * @param poolSize the largest number of pooled connections
   * @param migrationUser the schema's owner, who migrates; blank: the platform's user
   * @param migrationPassword the owner's password
   * @param auditSealMillis milliseconds between two runs of the audit log's sealer
   * @param durableCommit whether a commit is durable before it is acknowledged ({@link
   *     CommitDurability}); false only for benchmarks
   * @param demo whether the platform runs in demo mode (no warning about H2)
   * @param anchoring where and how often the audit chain is anchored; empty: it is not
   */
  public record Options(
      int poolSize,
      String migrationUser,
      String migrationPassword,
      long auditSealMillis,
      boolean durableCommit,
      boolean demo,
      Optional<Anchoring> anchoring) {}

  /**
   * Where the audit chain's anchors are kept, outside the database.
   *
   * @param keyFolder the folder of the anchor keys ({@code etc/} in the distribution)
   * @param file the file the anchors are appended to (under {@code data/})
   * @param period how often the head is anchored
   */
  public record Anchoring(Path keyFolder, Path file, Duration period) {}

  /** Opens the store with the given options. */
  public JdbcStore(
      DataSourceFactory driver, String url, String user, String password, Options options)
      throws SQLException {
    Dialect dialect = Dialect.of(url);
    this.url = url;
    H2Recovery.beforeOpening(url);
    HikariDataSource opened = null;
    StoreSignals signalling = null;
    try {
      DataSource database = driver.createDataSource(properties(url, user, password));
      CommitDurability commits =
          CommitDurability.of(dialect, url, database, options.durableCommit(), options.demo());
      opened = pool(database, options.poolSize(), commits.connectionInitSql());
      this.pool = opened;
      if (options.migrationUser().isBlank()) {
        Migrations.migrate(pool, dialect);
      } else {
        DataSource owner =
            driver.createDataSource(
                properties(url, options.migrationUser(), options.migrationPassword()));
        Migrations.migrate(owner, dialect);
        Grants.grant(owner, dialect, user);
      }
      commits.apply(pool);
      signalling =
          dialect == Dialect.POSTGRESQL
              ? StoreSignals.postgres(pool, database::getConnection)
              : StoreSignals.local();
      this.signals = signalling;
      Commits committing =
          commits.h2WriteDelay().equals(Optional.of(0)) ? Commits.oneAtATime() : Commits.CONCURRENT;
      AuditSealer sealer = new AuditSealer(pool, committing, anchors(options.anchoring()));
      // What a crash left unsealed is chained and anchored before the store is used.
      sealer.seal();
      sealer.anchor();
      this.transactions = new Transactions(pool, describe(pool), sealer, committing);
      this.sealing = new ScheduledSealer(sealer, Duration.ofMillis(options.auditSealMillis()));
      boolean owner = !options.migrationUser().isBlank();
      this.backups =
          new Backups(
              dialect,
              pool,
              url,
              owner ? options.migrationUser() : user,
              owner ? options.migrationPassword() : password,
              sealer);
    } catch (RuntimeException | SQLException e) {
      if (signalling != null) {
        signalling.close();
      }
      if (opened != null) {
        opened.close();
      }
      H2Recovery.closed(url);
      throw e;
    }
    LOG.info("Store ready on {}", transactions.describe());
  }

  private static Optional<Anchors> anchors(Optional<Anchoring> anchoring) {
    if (anchoring.isEmpty()) {
      return Optional.empty();
    }
    Anchoring where = anchoring.get();
    try {
      return Optional.of(
          new Anchors(
              AnchorKeys.in(where.keyFolder()), where.file(), where.period(), Clock.systemUTC()));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "The audit anchor key in " + where.keyFolder() + " cannot be read or made", e);
    }
  }

  private static Properties properties(String url, String user, String password) {
    Properties properties = new Properties();
    properties.setProperty(DataSourceFactory.JDBC_URL, url);
    properties.setProperty(DataSourceFactory.JDBC_USER, user);
    properties.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
    return properties;
  }

  static String urlOf(String configured) {
    return configured.isBlank() ? defaultUrl() : configured;
  }

  static DataSourceFactory driverFor(
      List<Map.Entry<Map<String, Object>, DataSourceFactory>> drivers, String url) {
    Dialect dialect = Dialect.of(url);
    return drivers.stream()
        .filter(
            d ->
                dialect
                    .driverClass()
                    .equals(d.getKey().get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("No JDBC driver for " + dialect + " installed"));
  }

  /**
   * Reports the connection pool (HikariCP's own meters, pool {@code steunpunt}) and the audit log's
   * seal lag ({@link SealLag}) to the platform's meters; once per store.
   *
   * @return closing it removes the seal lag's meters (the pool's go when the pool closes)
   */
  public AutoCloseable instrument(Meters meters) {
    MeterRegistry registry = meters.registry();
    pool.setMetricRegistry(registry);
    SealLag lag = new SealLag(pool, Clock.systemUTC());
    List<Meter> gauges = lag.register(registry);
    AutoCloseable refresh = meters.beforeScrape(lag::refresh);
    return () -> {
      refresh.close();
      gauges.forEach(registry::remove);
    };
  }

  /**
   * Stops the audit log's sealer, after sealing and anchoring what is left, and closes the pool.
   */
  public void close() {
    signals.close();
    sealing.close();
    pool.close();
    H2Recovery.closed(url);
  }

  @Override
  public <T> T write(Work<T> work) {
    return transactions.write(work);
  }

  @Override
  public <T> T read(Work<T> work) {
    return transactions.read(work);
  }

  @Override
  public String describe() {
    return transactions.describe();
  }

  /** Signals to every node on this database: {@link StoreSignals}. */
  public ClusterSignals signals() {
    return signals;
  }

  @Override
  public Backup backup(Path folder) {
    return backups.backup(folder);
  }

  static String defaultUrl() {
    String data = System.getProperty("karaf.data", "data");
    return "jdbc:h2:file:" + Path.of(data, "steunpunt", "steunpunt").toAbsolutePath();
  }

  static HikariDataSource pool(DataSource driverDataSource, int size, Optional<String> initSql) {
    HikariConfig config = new HikariConfig();
    initSql.ifPresent(
        sql -> {
          config.setConnectionInitSql(sql);
          // Committed at once: left open, the first transaction on the connection could not be
          // made read-only (PostgreSQL refuses that inside a transaction).
          config.setIsolateInternalQueries(true);
        });
    config.setDataSource(driverDataSource);
    config.setPoolName("steunpunt");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(Math.min(2, size));
    config.setAutoCommit(false);
    return new HikariDataSource(config);
  }

  static String describe(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
  }
}
