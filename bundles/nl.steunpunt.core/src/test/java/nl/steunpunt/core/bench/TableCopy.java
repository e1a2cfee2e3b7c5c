package nl.steunpunt.core.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies the rows the evaluation benchmark generated from one database to another whose schema the
 * store already made, in JDBC batches. Generating through the store costs a round trip per row; on
 * PostgreSQL at 100,000 families that took the better part of an hour on the benchmark machine, so
 * the families are generated once (into H2) and copied, which also gives both databases the very
 * same rows. The tables are copied parents first; events in sequence order, so a correction follows
 * the event it corrects.
 */
final class TableCopy {

  /** The tables the generator fills, each after the tables it refers to, with the copy's order. */
  static final List<String[]> TABLES =
      List.of(
          new String[] {"reference_counter", "ref_year"},
          new String[] {"family", "id"},
          new String[] {"member", "id"},
          new String[] {"trajectory", "id"},
          new String[] {"team_assignment", "trajectory_id, position"},
          new String[] {"trajectory_partner", "trajectory_id, organisation"},
          new String[] {"event", "sequence"},
          new String[] {"critical_moment", "trajectory_id, event_sequence"},
          new String[] {"task", "id"},
          new String[] {"security_report", "id"});

  static final int BATCH = 1000;

  private TableCopy() {}

  /** Copies every table; the target's tables must be empty. */
  static void copy(Connection from, Connection to) throws SQLException {
    boolean autoCommit = to.getAutoCommit();
    to.setAutoCommit(false);
    try {
      try (Statement s = to.createStatement()) {
        // The migrations fill the counter with a row per year; the copy brings the used numbers.
        s.execute("DELETE FROM reference_counter");
      }
      for (String[] table : TABLES) {
        long start = System.nanoTime();
        long rows = copy(from, to, table[0], table[1]);
        to.commit();
        System.err.printf(
            java.util.Locale.ROOT,
            "copied %d rows of %s in %.1f s%n",
            rows,
            table[0],
            (System.nanoTime() - start) / 1e9);
      }
      try (Statement s = to.createStatement()) {
        // The copy set the identity column's values itself; new events continue after them.
        s.execute(
            "SELECT setval(pg_get_serial_sequence('event', 'sequence'),"
                + " (SELECT MAX(sequence) FROM event))");
      }
      to.commit();
    } finally {
      to.setAutoCommit(autoCommit);
    }
  }

  private static long copy(Connection from, Connection to, String table, String order)
      throws SQLException {
    try (Statement read = from.createStatement();
        ResultSet rs = read.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
      String insert =
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", columns)
              + ") VALUES ("
              + String.join(", ", Collections.nCopies(columns.size(), "?"))
              + ")";
      try (PreparedStatement write = to.prepareStatement(insert)) {
        int pending = 0;
        long rows = 0;
        while (rs.next()) {
          rows++;
          for (int i = 1; i <= columns.size(); i++) {
            write.setObject(i, rs.getObject(i));
          }
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          write.executeBatch();
        }
        return rows;
      }
    }
  }
}
