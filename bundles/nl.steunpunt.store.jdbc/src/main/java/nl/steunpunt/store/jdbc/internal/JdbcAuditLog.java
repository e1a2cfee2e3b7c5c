package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.store.jdbc.AuditLog;
import nl.steunpunt.store.jdbc.AuditWriteFailed;

/**
 * The audit log in table {@code audit_entry}, insert and select only. Entries wait in the unit of
 * work until it is about to commit ({@link #write()}): then the head of the chain ({@code
 * audit_head}) is locked, so that concurrent writers, also on other nodes, chain their entries one
 * after the other, and the entries are written in the same transaction as the work they record.
 */
final class JdbcAuditLog implements AuditLog {

  /** At most this many entries about one member, the oldest. */
  static final int CONCERNING_LIMIT = 10_000;

  private static final int VERIFY_FETCH_SIZE = 1000;

  private static final String COLUMNS =
      "sequence, at, user_name, roles, organisation, on_behalf_of, channel, action, object_type,"
          + " object_id, family_id, member_id, category, outcome, purpose, client_address,"
          + " break_glass, detail, prev_hash, hash";

  private final Sql sql;
  private final boolean readOnly;
  private final List<AuditEntry> pending = new ArrayList<>();

  JdbcAuditLog(Sql sql, boolean readOnly) {
    this.sql = sql;
    this.readOnly = readOnly;
  }

  @Override
  public void append(AuditEntry entry) {
    if (readOnly) {
      throw new IllegalStateException("Audited work must run in Store.write, not Store.read");
    }
    fits(entry);
    pending.add(entry);
  }

  /**
   * Refuses, at the call, an entry the columns cannot hold: at commit it would undo the work. An
   * audit entry is never shortened to fit.
   */
  private static void fits(AuditEntry e) {
    fits("user", e.user(), 64);
    fits("roles", e.roles(), 200);
    fits("organisation", e.organisation(), 64);
    e.onBehalfOf().ifPresent(v -> fits("onBehalfOf", v, 64));
    fits("channel", e.channel(), 200);
    fits("objectType", e.objectType(), 32);
    e.objectId().ifPresent(v -> fits("objectId", v, 64));
    e.clientAddress().ifPresent(v -> fits("clientAddress", v, 64));
    e.detail().ifPresent(v -> fits("detail", v, 500));
  }

  private static void fits(String field, String value, int length) {
    if (value.length() > length) {
      throw new IllegalArgumentException(
          "Audit entry field " + field + " is longer than " + length + " characters");
    }
  }

  /** Writes the pending entries, in the work's transaction, just before it commits. */
  void write() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      ChainCheck.Head head =
          sql.one(
                  "SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                  JdbcAuditLog::head)
              .orElseThrow(() -> new AuditWriteFailed("The audit log has no head", null));
      long sequence = head.lastSequence();
      String hash = head.lastHash();
      for (AuditEntry entry : pending) {
        AuditEntry chained = AuditChain.chained(entry, ++sequence, hash);
        insert(chained, hash);
        hash = chained.hash();
      }
      sql.update(
          "UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1", sequence, hash);
      pending.clear();
    } catch (StoreException e) {
      throw new AuditWriteFailed("The audit log could not be written: " + e.getMessage(), e);
    }
  }

  private void insert(AuditEntry e, String previousHash) {
    sql.update(
        "INSERT INTO audit_entry ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.sequence(),
        e.at(),
        e.user(),
        e.roles(),
        e.organisation(),
        e.onBehalfOf().orElse(null),
        e.channel(),
        e.action(),
        e.objectType(),
        e.objectId().orElse(null),
        e.familyId().orElse(null),
        e.memberId().orElse(null),
        e.category().orElse(null),
        e.outcome(),
        e.purpose(),
        e.clientAddress().orElse(null),
        e.breakGlass().orElse(null),
        e.detail().orElse(null),
        previousHash,
        e.hash());
  }

  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    search.familyId().ifPresent(id -> add(where, parameters, " AND family_id = ?", id));
    search.memberId().ifPresent(id -> add(where, parameters, " AND member_id = ?", id));
    search.user().ifPresent(user -> add(where, parameters, " AND user_name = ?", user));
    search.from().ifPresent(from -> add(where, parameters, " AND at >= ?", from));
    search.to().ifPresent(to -> add(where, parameters, " AND at < ?", to));
    long total = sql.count("SELECT COUNT(*) FROM audit_entry" + where, parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<AuditEntry> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM audit_entry"
                + where
                + " ORDER BY sequence DESC LIMIT ? OFFSET ?",
            JdbcAuditLog::map,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public List<AuditEntry> concerning(UUID memberId, UUID familyId) {
    // Two index ranges that never overlap (a member, or no member), instead of an OR over both.
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM audit_entry WHERE member_id = ?"
            + " UNION ALL SELECT "
            + COLUMNS
            + " FROM audit_entry WHERE family_id = ? AND member_id IS NULL"
            + " ORDER BY sequence LIMIT "
            + CONCERNING_LIMIT,
        JdbcAuditLog::map,
        memberId,
        familyId);
  }

  @Override
  public ChainVerification verify() {
    ChainCheck check = new ChainCheck(head());
    sql.stream(
        "SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence",
        VERIFY_FETCH_SIZE,
        rs -> new ChainCheck.Stored(map(rs), rs.getString("prev_hash")),
        check::next);
    return check.end(head());
  }

  private ChainCheck.Head head() {
    return sql.one(
            "SELECT last_sequence, last_hash FROM audit_head WHERE id = 1", JdbcAuditLog::head)
        .orElseThrow(() -> new IllegalStateException("the audit log has no head"));
  }

  private static void add(
      StringBuilder where, List<Object> parameters, String clause, Object value) {
    where.append(clause);
    parameters.add(value);
  }

  private static ChainCheck.Head head(ResultSet rs) throws SQLException {
    return new ChainCheck.Head(rs.getLong("last_sequence"), rs.getString("last_hash"));
  }

  static AuditEntry map(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("sequence"),
        Sql.instant(rs, "at"),
        rs.getString("user_name"),
        rs.getString("roles"),
        rs.getString("organisation"),
        Optional.ofNullable(rs.getString("on_behalf_of")),
        rs.getString("channel"),
        Action.valueOf(rs.getString("action")),
        rs.getString("object_type"),
        Optional.ofNullable(rs.getString("object_id")),
        Optional.ofNullable(Sql.uuid(rs, "family_id")),
        Optional.ofNullable(Sql.uuid(rs, "member_id")),
        Optional.ofNullable(rs.getString("category")).map(DataCategory::valueOf),
        Outcome.valueOf(rs.getString("outcome")),
        Purpose.valueOf(rs.getString("purpose")),
        Optional.ofNullable(rs.getString("client_address")),
        Optional.ofNullable(Sql.uuid(rs, "break_glass")),
        Optional.ofNullable(rs.getString("detail")),
        rs.getString("hash"));
  }
}
