package nl.steunpunt.store.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Small JDBC helpers: parameters in order, rows mapped by a function, failures unchecked. */
final class Sql {

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  Sql(Connection connection) {
    this.connection = connection;
  }

  <T> List<T> list(String sql, Row<T> row, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rs = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rs.next()) {
        result.add(row.map(rs));
      }
      return result;
    } catch (SQLException e) {
      throw new StoreException(operation(sql), e);
    }
  }

  /**
   * Reads a result row by row, {@code fetchSize} rows from the database at a time, for results too
   * large to hold in memory; stops early when {@code each} returns false.
   */
  <T> void stream(String sql, int fetchSize, Row<T> row, Predicate<T> each, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      statement.setFetchSize(fetchSize);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          if (!each.test(row.map(rs))) {
            return;
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(operation(sql), e);
    }
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
    List<T> rows = list(sql, row, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long count(String sql, Object... parameters) {
    return one(sql, rs -> rs.getLong(1), parameters).orElse(0L);
  }

  int update(String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(operation(sql), e);
    }
  }

  long insertReturningKey(String sql, String keyColumn, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {keyColumn})) {
      bind(statement, parameters);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated key");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(operation(sql), e);
    }
  }

  /** Runs a statement once for each row of parameters, all sent to the database together. */
  void batch(String sql, List<Object[]> rows) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new StoreException(operation(sql), unbatched(e));
    }
  }

  /**
   * Inserts a row for each row of parameters, all sent to the database together, and returns the
   * keys the database generated for them, in the same order.
   */
  long[] insertReturningKeys(String sql, String keyColumn, List<Object[]> rows) {
    try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {keyColumn})) {
      for (Object[] row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
      long[] keys = new long[rows.size()];
      try (ResultSet rs = statement.getGeneratedKeys()) {
        for (int i = 0; i < keys.length; i++) {
          if (!rs.next()) {
            throw new SQLException("fewer generated keys than rows");
          }
          keys[i] = rs.getLong(1);
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new StoreException(operation(sql), unbatched(e));
    }
  }

  /**
   * The database's own error behind a failed batch: a driver may spell the batched statement out in
   * the batch's message, values included.
   */
  private static SQLException unbatched(SQLException e) {
    return e instanceof BatchUpdateException && e.getNextException() != null
        ? e.getNextException()
        : e;
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof Instant instant) {
        value = instant.atOffset(ZoneOffset.UTC);
      } else if (value instanceof Enum<?> constant) {
        value = constant.name();
      }
      statement.setObject(i + 1, value);
    }
  }

  /** The first words of a statement, to name it in an error without any value. */
  private static String operation(String sql) {
    String flat = sql.strip().replaceAll("\\s+", " ");
    return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static String languages(List<String> codes) {
    return String.join(",", codes);
  }

  static List<String> languages(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
