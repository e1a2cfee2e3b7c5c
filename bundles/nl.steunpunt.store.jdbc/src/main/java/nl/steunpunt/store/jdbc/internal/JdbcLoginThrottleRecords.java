package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import nl.steunpunt.store.LoginThrottleRecords;

/** The login throttle in table {@code login_throttle}. */
final class JdbcLoginThrottleRecords implements LoginThrottleRecords {

  private static final String COLUMNS = "throttle_key, failures, window_start, locked_until";

  private final Sql sql;

  JdbcLoginThrottleRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Throttle> find(String key) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM login_throttle WHERE throttle_key = ?",
        JdbcLoginThrottleRecords::map,
        key);
  }

  @Override
  public Optional<Throttle> findForUpdate(String key) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM login_throttle WHERE throttle_key = ? FOR UPDATE",
        JdbcLoginThrottleRecords::map,
        key);
  }

  @Override
  public void insert(Throttle throttle) {
    sql.update(
        "INSERT INTO login_throttle (" + COLUMNS + ") VALUES (?, ?, ?, ?)",
        throttle.key(),
        throttle.failures(),
        throttle.windowStart(),
        throttle.lockedUntil().orElse(null));
  }

  @Override
  public void update(Throttle throttle) {
    sql.update(
        "UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ?"
            + " WHERE throttle_key = ?",
        throttle.failures(),
        throttle.windowStart(),
        throttle.lockedUntil().orElse(null),
        throttle.key());
  }

  @Override
  public void delete(String key) {
    sql.update("DELETE FROM login_throttle WHERE throttle_key = ?", key);
  }

  @Override
  public int deleteExpired(Instant windowStartedBefore, Instant now) {
    return sql.update(
        "DELETE FROM login_throttle WHERE window_start < ?"
            + " AND (locked_until IS NULL OR locked_until <= ?)",
        windowStartedBefore,
        now);
  }

  private static Throttle map(ResultSet rs) throws SQLException {
    return new Throttle(
        rs.getString("throttle_key"),
        rs.getInt("failures"),
        Sql.instant(rs, "window_start"),
        Optional.ofNullable(Sql.instant(rs, "locked_until")));
  }
}
