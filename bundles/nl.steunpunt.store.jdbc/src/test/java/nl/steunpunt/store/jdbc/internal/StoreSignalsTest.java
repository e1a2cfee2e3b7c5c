package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.platform.ClusterSignals;
import org.junit.jupiter.api.Test;

/**
 * Signals between nodes: within the process on H2; through PostgreSQL's LISTEN/NOTIFY between two
 * nodes (two signal services on the same schema, each with its own listening connection).
 */
class StoreSignalsTest {

  private static final long WAIT_SECONDS = 10;

  @Test
  void onH2ASignalReachesThisProcessListenersOfItsTopicOnly() throws Exception {
    try (StoreSignals signals = StoreSignals.local()) {
      BlockingQueue<String> heard = new LinkedBlockingQueue<>();
      BlockingQueue<String> other = new LinkedBlockingQueue<>();
      signals.listen("ui-extensions", heard::add);
      signals.listen("grants", other::add);

      signals.send("ui-extensions", "node-a 7");

      assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("node-a 7");
      assertThat(other.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void aClosedListeningHearsNothingMore() throws Exception {
    try (StoreSignals signals = StoreSignals.local()) {
      BlockingQueue<String> heard = new LinkedBlockingQueue<>();
      AutoCloseable listening = signals.listen("ui-extensions", heard::add);
      listening.close();

      signals.send("ui-extensions", "x");

      assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void topicsAndPayloadsOfAnotherFormAreRefused() {
    try (StoreSignals signals = StoreSignals.local()) {
      assertThatThrownBy(() -> signals.send("UI", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> signals.send("a".repeat(41), "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> signals.listen("ui extensions", p -> {}))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> signals.send("ui", "two\nlines"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> signals.send("ui", "x".repeat(ClusterSignals.MAX_PAYLOAD + 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void onPostgresqlASignalFromOneNodeReachesEveryNodeOfTheSchemaAndNoOther() throws Exception {
    try (HikariDataSource pool = Databases.postgres();
        HikariDataSource elsewhere = Databases.postgres();
        StoreSignals a = StoreSignals.postgres(pool, () -> pool.getDataSource().getConnection());
        StoreSignals b = StoreSignals.postgres(pool, () -> pool.getDataSource().getConnection());
        StoreSignals other =
            StoreSignals.postgres(elsewhere, () -> elsewhere.getDataSource().getConnection())) {
      BlockingQueue<String> onA = new LinkedBlockingQueue<>();
      BlockingQueue<String> onB = new LinkedBlockingQueue<>();
      BlockingQueue<String> onOther = new LinkedBlockingQueue<>();
      a.listen("ui-extensions", onA::add);
      b.listen("ui-extensions", onB::add);
      other.listen("ui-extensions", onOther::add);
      awaitListening(pool, 2);
      awaitListening(elsewhere, 1);

      a.send("ui-extensions", "node-a 7");

      assertThat(onB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("node-a 7");
      assertThat(onA.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("node-a 7");
      assertThat(onOther.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void onPostgresqlListenersAreToldWithAnEmptyPayloadWhenTheListeningConnectionCameBack()
      throws Exception {
    try (HikariDataSource pool = Databases.postgres();
        StoreSignals b = StoreSignals.postgres(pool, () -> pool.getDataSource().getConnection())) {
      BlockingQueue<String> onB = new LinkedBlockingQueue<>();
      b.listen("ui-extensions", onB::add);
      awaitListening(pool, 1);

      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN "
                + StoreSignals.channelOf(pool)
                + "'");
      }

      assertThat(onB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEmpty();
      awaitListening(pool, 1);
      try (StoreSignals sender = StoreSignals.postgres(pool, null)) {
        sender.send("ui-extensions", "after");
      }
      assertThat(onB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("after");
    }
  }

  /** Waits until that many connections listen on the pool's schema's channel. */
  private static void awaitListening(HikariDataSource pool, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    String channel = StoreSignals.channelOf(pool);
    while (true) {
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement();
          var listening =
              statement.executeQuery(
                  "SELECT count(*) FROM pg_stat_activity WHERE query = 'LISTEN "
                      + channel
                      + "' AND state = 'idle'")) {
        listening.next();
        if (listening.getInt(1) >= count) {
          return;
        }
      }
      assertThat(System.nanoTime()).as("listening in time").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
