package nl.steunpunt.store.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.store.AuditLog;
import nl.steunpunt.store.AuditWriteFailed;

/**
 * The audit log of one unit of work. Entries wait in it until the work is about to commit ({@link
 * #write()}): then each is inserted in {@code audit_entry}, in the work's transaction, and queued
 * in {@code audit_unsealed} for the sealer ({@link AuditSealer}), which chains them off the request
 * path. Writing takes no lock, so audited work runs side by side, and touches no index but the
 * entries' key: the search indexes are on the seals' copies of the searched fields. Reads show an
 * entry with the hash of its seal once it has one ({@code audit_seal}).
 */
final class JdbcAuditLog implements AuditLog {

  /** At most this many entries about one member, the oldest. */
  static final int CONCERNING_LIMIT = 10_000;

  /** Every entry, with the hash of its seal if it has one. */
  private static final String SELECT =
      "SELECT "
          + AuditRows.columns("e")
          + ", s.hash FROM audit_entry e LEFT JOIN audit_seal s ON s.sequence = e.sequence";

  /** The sealed entries, to be found through the indexes on their seals' copies ({@code s.}). */
  private static final String SEALED =
      "SELECT "
          + AuditRows.columns("e")
          + ", s.hash FROM audit_seal s JOIN audit_entry e ON e.sequence = s.sequence";

  /** The entries not sealed yet, found through the queue: few, as the sealer runs often. */
  private static final String UNSEALED =
      "SELECT "
          + AuditRows.columns("e")
          + ", CAST(NULL AS CHAR(64)) AS hash"
          + " FROM audit_unsealed u JOIN audit_entry e ON e.sequence = u.sequence";

  private final Sql sql;
  private final boolean readOnly;
  private final AuditSealer sealer;
  private final List<AuditEntry> pending = new ArrayList<>();

  JdbcAuditLog(Sql sql, boolean readOnly, AuditSealer sealer) {
    this.sql = sql;
    this.readOnly = readOnly;
    this.sealer = sealer;
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

  /**
   * Writes the pending entries and queues them for the sealer, in the work's transaction, just
   * before it commits; several entries in one batch per table.
   */
  void write() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      List<Object[]> rows = new ArrayList<>(pending.size());
      for (AuditEntry entry : pending) {
        rows.add(AuditRows.values(AuditChain.written(entry)));
      }
      long[] sequences = sql.insertReturningKeys(AuditRows.INSERT, "sequence", rows);
      List<Object[]> queued = new ArrayList<>(sequences.length);
      for (long sequence : sequences) {
        queued.add(new Object[] {sequence});
      }
      sql.batch("INSERT INTO audit_unsealed (sequence) VALUES (?)", queued);
      pending.clear();
    } catch (StoreException e) {
      throw new AuditWriteFailed("The audit log could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Searches newest first. By family, member or user: the sealed entries through the indexes on
   * their seals (by member alone, within the member's family, looked up first) ({@code audit_entry}
   * has none, to keep writing cheap), and those not sealed yet through the queue, together.
   * Otherwise along the entries' key.
   */
  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    boolean indexed =
        search.familyId().isPresent() || search.memberId().isPresent() || search.user().isPresent();
    if (!indexed) {
      List<Object> parameters = new ArrayList<>();
      String where = " WHERE 1 = 1" + filters(search, "e", parameters);
      long total = sql.count("SELECT COUNT(*) FROM audit_entry e" + where, parameters.toArray());
      parameters.add(page.limit());
      parameters.add(page.offset());
      List<AuditEntry> items =
          sql.list(
              SELECT + where + " ORDER BY e.sequence DESC LIMIT ? OFFSET ?",
              AuditRows::sealed,
              parameters.toArray());
      return new Page<>(items, page.offset(), page.limit(), total);
    }
    // The seals' family and member share one index, (family, member, position): by member alone,
    // its family is looked up first, and the seals are found as that family's and as those without
    // a family. A member not (or no longer) on record is filtered plainly.
    List<Optional<UUID>> sealedFamilies = List.of(search.familyId());
    boolean byMemberAlone = search.memberId().isPresent() && search.familyId().isEmpty();
    if (byMemberAlone) {
      Optional<UUID> family =
          sql.one(
              "SELECT family_id FROM member WHERE id = ?",
              rs -> Sql.uuid(rs, "family_id"),
              search.memberId().get());
      if (family.isPresent()) {
        sealedFamilies = List.of(family, Optional.empty());
      }
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder counted = new StringBuilder();
    StringBuilder listed = new StringBuilder();
    for (Optional<UUID> family : sealedFamilies) {
      String where =
          " WHERE 1 = 1"
              + (sealedFamilies.size() > 1
                  ? family
                      .map(id -> add(parameters, " AND s.family_id = ?", id))
                      .orElse(" AND s.family_id IS NULL")
                  : "")
              + filters(search, "s", parameters);
      counted
          .append(
              "SELECT s.sequence FROM audit_seal s JOIN audit_entry e ON e.sequence = s.sequence")
          .append(where)
          .append(" UNION ALL ");
      listed.append(SEALED).append(where).append(" UNION ALL ");
    }
    String unsealedWhere = " WHERE 1 = 1" + filters(search, "e", parameters);
    long total =
        sql.count(
            "SELECT COUNT(*) FROM ("
                + counted
                + "SELECT u.sequence FROM audit_unsealed u"
                + " JOIN audit_entry e ON e.sequence = u.sequence"
                + unsealedWhere
                + ") found",
            parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<AuditEntry> items =
        sql.list(
            listed + UNSEALED + unsealedWhere + " ORDER BY sequence DESC LIMIT ? OFFSET ?",
            AuditRows::sealed,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  private static String add(List<Object> parameters, String clause, Object value) {
    parameters.add(value);
    return clause;
  }

  /**
   * The search's conditions: on family, member and user in the table of the given alias (the seal's
   * copies, or the entry), on the moment always in the entry's.
   */
  private static String filters(AuditSearch search, String alias, List<Object> parameters) {
    StringBuilder where = new StringBuilder();
    search
        .familyId()
        .ifPresent(id -> add(where, parameters, " AND " + alias + ".family_id = ?", id));
    search
        .memberId()
        .ifPresent(id -> add(where, parameters, " AND " + alias + ".member_id = ?", id));
    search
        .user()
        .ifPresent(user -> add(where, parameters, " AND " + alias + ".user_name = ?", user));
    search.from().ifPresent(from -> add(where, parameters, " AND e.at >= ?", from));
    search.to().ifPresent(to -> add(where, parameters, " AND e.at < ?", to));
    return where.toString();
  }

  @Override
  public List<AuditEntry> concerning(UUID memberId, UUID familyId) {
    // Sealed through the seals' index on (family, member), not sealed yet through the queue; each
    // as ranges that never overlap (the member in its family or in none, or the family with no
    // member), instead of an OR over them.
    return sql.list(
        SEALED
            + " WHERE s.family_id = ? AND s.member_id = ? UNION ALL "
            + SEALED
            + " WHERE s.family_id IS NULL AND s.member_id = ? UNION ALL "
            + SEALED
            + " WHERE s.family_id = ? AND s.member_id IS NULL UNION ALL "
            + UNSEALED
            + " WHERE e.member_id = ? UNION ALL "
            + UNSEALED
            + " WHERE e.family_id = ? AND e.member_id IS NULL ORDER BY sequence LIMIT "
            + CONCERNING_LIMIT,
        AuditRows::sealed,
        familyId,
        memberId,
        memberId,
        familyId,
        memberId,
        familyId);
  }

  @Override
  public ChainVerification verify() {
    return new ChainVerifier(sql, sealer).verify();
  }

  private static void add(
      StringBuilder where, List<Object> parameters, String clause, Object value) {
    where.append(clause);
    parameters.add(value);
  }
}
