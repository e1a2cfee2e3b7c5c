package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.steunpunt.store.WebSessionRecords;

/** Browser sessions in table {@code web_session}. */
final class JdbcWebSessionRecords implements WebSessionRecords {

  private static final String COLUMNS =
      "token_hash, user_name, csrf_token, created_at, last_used_at";

  private final Sql sql;

  JdbcWebSessionRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(WebSession session) {
    sql.update(
        "INSERT INTO web_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
        session.tokenHash(),
        session.user(),
        session.csrfToken(),
        session.created(),
        session.lastUsed());
  }

  @Override
  public Optional<WebSession> find(String tokenHash) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM web_session WHERE token_hash = ?",
        JdbcWebSessionRecords::map,
        tokenHash);
  }

  @Override
  public boolean touch(String tokenHash, Instant now, Instant before) {
    return sql.update(
            "UPDATE web_session SET last_used_at = ? WHERE token_hash = ? AND last_used_at < ?",
            now,
            tokenHash,
            before)
        == 1;
  }

  @Override
  public boolean delete(String tokenHash) {
    return sql.update("DELETE FROM web_session WHERE token_hash = ?", tokenHash) == 1;
  }

  @Override
  public int deleteOfUser(String user) {
    return sql.update("DELETE FROM web_session WHERE user_name = ?", user);
  }

  @Override
  public int deleteExpired(Instant idleBefore, Instant startedBefore) {
    return sql.update(
        "DELETE FROM web_session WHERE last_used_at < ? OR created_at < ?",
        idleBefore,
        startedBefore);
  }

  @Override
  public Map<String, Integer> countByUser() {
    Map<String, Integer> counts = new TreeMap<>();
    for (var row :
        sql.list(
            "SELECT user_name, COUNT(*) FROM web_session GROUP BY user_name",
            rs -> Map.entry(rs.getString(1), rs.getInt(2)))) {
      counts.put(row.getKey(), row.getValue());
    }
    return counts;
  }

  private static WebSession map(ResultSet rs) throws SQLException {
    return new WebSession(
        rs.getString("token_hash"),
        rs.getString("user_name"),
        rs.getString("csrf_token"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "last_used_at"));
  }
}
