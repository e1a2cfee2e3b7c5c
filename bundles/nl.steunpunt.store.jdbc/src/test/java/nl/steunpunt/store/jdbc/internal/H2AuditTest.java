package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.io.TempDir;

class H2AuditTest extends AuditContract {

  @TempDir Path folder;
  private Path database;

  @Override
  HikariDataSource open() {
    database = folder.resolve(UUID.randomUUID().toString());
    return Databases.h2(database);
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  void tamper(String sql) throws Exception {
    // H2 has no trigger that guards the log: plain SQL changes it, and only the chain shows.
    execute(sql);
  }

  @Override
  JdbcStore openStore(long auditSealMillis) throws Exception {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()),
        "jdbc:h2:file:" + database.resolve("steunpunt").toAbsolutePath(),
        "steunpunt",
        "",
        2,
        "",
        "",
        auditSealMillis);
  }
}
