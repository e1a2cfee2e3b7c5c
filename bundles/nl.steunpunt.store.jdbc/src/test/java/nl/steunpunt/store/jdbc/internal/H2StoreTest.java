package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContract {

  @TempDir Path folder;

  @Override
  HikariDataSource open() {
    return Databases.h2(folder);
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
