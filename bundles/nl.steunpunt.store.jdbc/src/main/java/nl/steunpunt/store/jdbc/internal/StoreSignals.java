package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.steunpunt.api.platform.ClusterSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterSignals} on the store's database. On PostgreSQL a signal is a {@code NOTIFY} on the
 * schema's own channel (two platforms on one database in different schemas do not hear each other),
 * and one connection of this node, outside the pool, {@code LISTEN}s on it; when that connection is
 * lost it is made again, and every listener is told with an empty payload. On H2 (one node) a
 * signal goes to this process's listeners only. Listeners run on one thread, in the order the
 * signals came.
 */
final class StoreSignals implements ClusterSignals, AutoCloseable {

  /** What a connection to listen on is made by: the driver's own, not the pool's. */
  interface Connect {
    Connection open() throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(StoreSignals.class);
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,40}");
  private static final int WAIT_MILLIS = 500;
  private static final long MAX_BACKOFF_MILLIS = 30_000;
  // A connection the network or a fail-over cut without a word only shows when it is used.
  private static final int PROBE_EVERY_WAITS = 20;

  private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
  private final ExecutorService deliver =
      Executors.newSingleThreadExecutor(
          run -> {
            Thread thread = new Thread(run, "steunpunt-signals");
            thread.setDaemon(true);
            return thread;
          });
  private final DataSource pool;
  private final String channel;
  private final Thread receiver;
  private volatile boolean running = true;

  private StoreSignals(DataSource pool, String channel, Connect connect) {
    this.pool = pool;
    this.channel = channel;
    if (connect == null) {
      this.receiver = null;
    } else {
      this.receiver = new Thread(() -> receive(connect), "steunpunt-signals-listen");
      receiver.setDaemon(true);
      receiver.start();
    }
  }

  /** Signals within this process: the embedded H2 has one node. */
  static StoreSignals local() {
    return new StoreSignals(null, null, null);
  }

  /** Signals through PostgreSQL, on the channel of the pool's schema. */
  static StoreSignals postgres(DataSource pool, Connect connect) throws SQLException {
    return new StoreSignals(pool, channelOf(pool), connect);
  }

  /** {@code steunpunt_<schema>}, folded to what a channel name may hold unquoted. */
  static String channelOf(DataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
      schema.next();
      String name =
          ("steunpunt_" + schema.getString(1))
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9_]", "_");
      return name.length() > 63 ? name.substring(0, 63) : name;
    }
  }

  @Override
  public void send(String topic, String payload) {
    check(topic);
    if (payload == null
        || payload.length() > MAX_PAYLOAD
        || payload.indexOf('\n') >= 0
        || payload.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "A signal's payload is at most " + MAX_PAYLOAD + " characters on one line");
    }
    if (pool == null) {
      deliver.execute(() -> tell(topic, payload));
      return;
    }
    try (Connection connection = pool.getConnection();
        PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      notify.setString(1, channel);
      notify.setString(2, topic + "\n" + payload);
      notify.execute();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new StoreException("send a signal", e);
    }
  }

  @Override
  public AutoCloseable listen(String topic, Consumer<String> listener) {
    check(topic);
    listeners.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(listener);
    return () -> listeners.getOrDefault(topic, Set.of()).remove(listener);
  }

  private static void check(String topic) {
    if (topic == null || !TOPIC.matcher(topic).matches()) {
      throw new IllegalArgumentException(
          "A signal's topic is 1 to 40 lower-case letters, digits and hyphens");
    }
  }

  private void tell(String topic, String payload) {
    for (Consumer<String> listener : listeners.getOrDefault(topic, Set.of())) {
      try {
        listener.accept(payload);
      } catch (RuntimeException e) {
        LOG.warn("A listener of the signal {} failed: {}", topic, e.getClass().getName());
      }
    }
  }

  /** After a lost connection: every topic, with an empty payload. */
  private void tellEveryone() {
    for (String topic : listeners.keySet()) {
      tell(topic, "");
    }
  }

  private void receive(Connect connect) {
    long backoff = 1000;
    boolean first = true;
    while (running) {
      try (Connection connection = connect.open();
          Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute("LISTEN " + channel);
        if (!first) {
          LOG.info("Listening to the other nodes' signals again");
          deliver.execute(this::tellEveryone);
        }
        first = false;
        backoff = 1000;
        PGConnection listening = connection.unwrap(PGConnection.class);
        int waits = 0;
        while (running) {
          if (++waits % PROBE_EVERY_WAITS == 0) {
            statement.execute("SELECT 1");
          }
          PGNotification[] received = listening.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notification : received) {
              String text = notification.getParameter();
              int line = text.indexOf('\n');
              if (line > 0) {
                String topic = text.substring(0, line);
                String payload = text.substring(line + 1);
                deliver.execute(() -> tell(topic, payload));
              }
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        // The driver's message may hold values: only its class.
        LOG.warn(
            "Not listening to the other nodes' signals, trying again in {} s: {}",
            backoff / 1000,
            e.getClass().getName());
        first = false;
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException stop) {
          return;
        }
        backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    if (receiver != null) {
      receiver.interrupt();
      try {
        receiver.join(2 * WAIT_MILLIS + 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    deliver.shutdown();
    try {
      deliver.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
