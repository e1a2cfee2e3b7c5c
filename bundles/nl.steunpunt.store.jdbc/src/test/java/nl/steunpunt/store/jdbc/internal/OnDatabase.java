package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import nl.steunpunt.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh, migrated database for each test, on H2 or PostgreSQL, with the store on it; for the
 * contracts each database must fulfil.
 */
abstract class OnDatabase {

  static final Instant NOW = StoreContract.NOW;

  HikariDataSource dataSource;
  Store store;

  abstract HikariDataSource open() throws Exception;

  abstract Dialect dialect();

  @BeforeEach
  void migrate() throws Exception {
    dataSource = open();
    Migrations.migrate(dataSource, dialect());
    store = new Transactions(dataSource, "test");
  }

  @AfterEach
  void close() {
    // Null when the database was not there and the test was skipped.
    if (dataSource != null) {
      dataSource.close();
    }
  }

  /**
   * Runs plain SQL outside the store, committed at once: what someone with database access does.
   */
  void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
  }
}
