package nl.steunpunt.store.jdbc.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the store tests run on: an H2 file database in a temporary folder, and a local
 * PostgreSQL server that {@code .ci/postgres-setup} installs and prepares (database and role {@code
 * steunpunt_test} on localhost:5432; {@code STEUNPUNT_TEST_PG_URL}, {@code _USER} and {@code
 * _PASSWORD} point elsewhere). Each test gets a fresh schema of its own. Without a server,
 * PostgreSQL tests are skipped on a developer's machine but fail in CI ({@code CI=true}).
 */
final class Databases {

  private Databases() {}

  static HikariDataSource h2(Path folder) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("steunpunt").toAbsolutePath());
    h2.setUser("steunpunt");
    h2.setPassword("");
    return JdbcStore.pool(h2, 4, Optional.empty());
  }

  static HikariDataSource postgres() throws SQLException {
    String url =
        System.getenv()
            .getOrDefault(
                "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
    String user = System.getenv().getOrDefault("STEUNPUNT_TEST_PG_USER", "steunpunt_test");
    String password = System.getenv().getOrDefault("STEUNPUNT_TEST_PG_PASSWORD", "steunpunt_test");
    String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException unreachable) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI must test on PostgreSQL, but " + url + " is not reachable (see .ci/postgres-setup)",
            unreachable);
      }
      assumeTrue(false, "no PostgreSQL server at " + url + "; run .ci/postgres-setup");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(user);
    pg.setPassword(password);
    pg.setCurrentSchema(schema);
    return JdbcStore.pool(pg, 4, Optional.empty());
  }
}
