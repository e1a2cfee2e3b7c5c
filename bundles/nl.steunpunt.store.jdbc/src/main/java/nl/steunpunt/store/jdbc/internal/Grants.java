package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the platform's database user may do when another role owns the schema (PostgreSQL): read and
 * write the records, but only read and append events, critical moments, audit entries and their
 * seals, take entries off the sealer's queue, and only move the head of the audit chain. The one
 * change it may make to an event is erasing its reason (the column grant, and the trigger that
 * refuses any other change). Without ownership it can neither change an event otherwise, nor an
 * audit entry or seal, nor drop the triggers that guard them. The sequences behind identity columns
 * ({@code event}, {@code audit_entry}) are granted with all sequences.
 */
final class Grants {

  private static final Logger LOG = LoggerFactory.getLogger(Grants.class);
  private static final List<String> APPEND_ONLY =
      List.of("audit_entry", "audit_seal", "critical_moment");
  // Appended to; erasure may only null an event's free-text reason (the trigger of migration 14
  // refuses any other change, the grant any other column).
  private static final List<String> APPEND_ONLY_BUT_ERASURE = List.of("event");
  private static final List<String> READ_ONLY = List.of("schema_version");
  // Entries waiting for the sealer: queued by work, taken off by the sealer, never changed.
  private static final List<String> QUEUES = List.of("audit_unsealed");
  // One row, created by the migration: locked and moved on, never added to or removed.
  private static final List<String> UPDATE_ONLY = List.of("audit_head", "partner_setting_head");

  private Grants() {}

  static void grant(DataSource owner, Dialect dialect, String user) throws SQLException {
    if (dialect != Dialect.POSTGRESQL) {
      LOG.warn("A migration user is only used on PostgreSQL; ignored on {}", dialect);
      return;
    }
    String role = quote(user);
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      String schema;
      try (ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
        rs.next();
        schema = quote(rs.getString(1));
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                  + " current_schema() AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
      for (String table : tables) {
        String privileges = privileges(table);
        statement.execute("REVOKE ALL ON " + quote(table) + " FROM " + role);
        statement.execute("GRANT " + privileges + " ON " + quote(table) + " TO " + role);
      }
      statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
      connection.commit();
    }
  }

  private static String privileges(String table) {
    if (APPEND_ONLY.contains(table)) {
      return "SELECT, INSERT";
    }
    if (APPEND_ONLY_BUT_ERASURE.contains(table)) {
      return "SELECT, INSERT, UPDATE (reason)";
    }
    if (READ_ONLY.contains(table)) {
      return "SELECT";
    }
    if (UPDATE_ONLY.contains(table)) {
      return "SELECT, UPDATE";
    }
    if (QUEUES.contains(table)) {
      return "SELECT, INSERT, DELETE";
    }
    return "SELECT, INSERT, UPDATE, DELETE";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
