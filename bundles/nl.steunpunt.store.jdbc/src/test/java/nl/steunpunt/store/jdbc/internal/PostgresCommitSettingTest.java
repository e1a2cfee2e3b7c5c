package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.PageRequest;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;

/**
 * A setting the platform's connections make for themselves (here the old, non-durable one) is
 * committed at once: a connection's first transaction may then be read-only or not.
 */
class PostgresCommitSettingTest {

  @Test
  void aConnectionsOwnSettingLeavesNoTransactionOpenForItsFirstUnitOfWork() throws Exception {
    String schema;
    try (var pool = Databases.postgres();
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT current_schema()")) {
      rs.next();
      schema = rs.getString(1);
    }
    JdbcStore store =
        new JdbcStore(
            new PGDataSourceFactory(),
            "jdbc:postgresql://localhost:5432/steunpunt_test?currentSchema=" + schema,
            "steunpunt_test",
            "steunpunt_test",
            new JdbcStore.Options(8, "", "", 200, false, true, Optional.empty()));
    try {
      // Reads first, side by side, so that the pool opens new connections and each new one
      // starts with a read-only unit of work.
      java.util.concurrent.ExecutorService readers =
          java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<Long>> totals = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          totals.add(
              readers.submit(
                  () ->
                      store
                          .read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 1)))
                          .total()));
        }
        for (var total : totals) {
          assertThat(total.get()).isZero();
        }
      } finally {
        readers.shutdownNow();
      }
      store.write(
          s -> {
            s.audit()
                .append(
                    AuditContract.entry("x", Instant.now(), Optional.empty(), Optional.empty()));
            return null;
          });
      assertThat(store.read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 1))).total())
          .isEqualTo(1);
    } finally {
      store.close();
    }
  }
}
