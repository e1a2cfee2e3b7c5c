package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class H2PartnerSettingTest extends PartnerSettingContract {

  @TempDir Path folder;

  @Override
  HikariDataSource open() {
    return Databases.h2(folder.resolve(UUID.randomUUID().toString()));
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
