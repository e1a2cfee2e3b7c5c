package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class H2AuditTest extends AuditContract {

  @TempDir Path folder;

  @Override
  HikariDataSource open() {
    return Databases.h2(folder.resolve(UUID.randomUUID().toString()));
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
}
