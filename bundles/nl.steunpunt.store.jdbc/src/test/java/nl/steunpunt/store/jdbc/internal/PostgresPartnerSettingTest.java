package nl.steunpunt.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;

class PostgresPartnerSettingTest extends PartnerSettingContract {

  @Override
  HikariDataSource open() throws SQLException {
    return Databases.postgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
