package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContract {

  @TempDir Path folder;

  @Override
  HikariDataSource open() {
    // A database of its own at every call, like a fresh PostgreSQL schema.
    return Databases.h2(folder.resolve(java.util.UUID.randomUUID().toString()));
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
