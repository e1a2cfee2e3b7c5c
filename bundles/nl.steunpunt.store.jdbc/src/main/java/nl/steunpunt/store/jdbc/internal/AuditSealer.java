package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.steunpunt.api.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the audit entries written since the last run into the hash chain, off the request path:
 * work only inserts its entries and queues them in {@code audit_unsealed}; this takes them from the
 * queue in sequence order, gives each the next position and the hash over the one before, and moves
 * the head of the chain on, in a transaction of its own. Each seal holds a copy of its entry's
 * searched columns (family, member, user): the search indexes are on the seals, so that their cost
 * is paid here, in batches, and not by every audited request.
 *
 * <p>Sealers lock the head ({@code audit_head}), so that several, also on other nodes, take turns.
 * An entry whose work committed late, after entries with a higher sequence were sealed, is sealed
 * in a later run: the chain's order is the position, not the sequence.
 */
final class AuditSealer {

  /** At most this many entries are sealed in one transaction. */
  static final int BATCH = 1000;

  private static final String QUEUED =
      "SELECT "
          + AuditRows.columns("e")
          + " FROM audit_unsealed u JOIN audit_entry e ON e.sequence = u.sequence"
          + " ORDER BY u.sequence LIMIT "
          + BATCH;

  private static final String SEALED_BUT_QUEUED =
      "DELETE FROM audit_unsealed WHERE EXISTS"
          + " (SELECT 1 FROM audit_seal s WHERE s.sequence = audit_unsealed.sequence)";

  private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

  private final DataSource dataSource;
  private final Commits commits;
  private final Optional<Anchors> anchors;

  AuditSealer(DataSource dataSource) {
    this(dataSource, Commits.CONCURRENT, Optional.empty());
  }

  /**
   * A sealer whose chain the given anchors vouch for. Its commits are durable when they return
   * ({@link CommitDurability}), so an anchor signs only a head that a crash cannot take back.
   */
  AuditSealer(DataSource dataSource, Commits commits, Optional<Anchors> anchors) {
    this.dataSource = dataSource;
    this.commits = commits;
    this.anchors = anchors;
  }

  /** The anchors of the chain this sealer extends, if it has them. */
  Optional<Anchors> anchors() {
    return anchors;
  }

  /** Anchors the head as sealed now, if the chain has anchors. */
  void anchor() {
    anchors.ifPresent(a -> a.anchor(dataSource));
  }

  /**
   * Seals every entry queued when it runs, a batch per transaction.
   *
   * @return how many entries were sealed
   */
  long seal() {
    long sealed = 0;
    int batch;
    do {
      batch = sealBatch();
      sealed += batch;
    } while (batch == BATCH);
    return sealed;
  }

  private int sealBatch() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        int sealed = sealBatch(new Sql(connection));
        commits.commit(connection);
        return sealed;
      } catch (RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("seal the audit log", e);
    }
  }

  private static int sealBatch(Sql sql) {
    // Without the lock when there is nothing to do: an idle log costs no write every run.
    if (sql.one("SELECT sequence FROM audit_unsealed LIMIT 1", rs -> rs.getLong(1)).isEmpty()) {
      return 0;
    }
    ChainCheck.Head head =
        sql.one(
                "SELECT last_position, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                AuditSealer::head)
            .orElseThrow(() -> new IllegalStateException("the audit log has no head"));
    // Never queued and sealed both, unless a crash left half a sealer's transaction (seen once on
    // H2 with commits written by a thread of their own): the seal
    // stands, the queue entry goes, so that sealing goes on (verification still checks the chain).
    int stale = sql.update(SEALED_BUT_QUEUED);
    if (stale > 0) {
      LOG.warn("{} queued audit entries were sealed already; taken from the queue", stale);
    }
    // Read after the lock: what a sealer before this one sealed is no longer queued.
    List<AuditEntry> entries = sql.list(QUEUED, AuditRows::entry);
    if (entries.isEmpty()) {
      return 0;
    }
    List<Object[]> seals = new ArrayList<>(entries.size());
    List<Object[]> sequences = new ArrayList<>(entries.size());
    long position = head.lastPosition();
    String hash = head.lastHash();
    for (AuditEntry entry : entries) {
      position++;
      String previous = hash;
      hash = AuditChain.hash(previous, position, entry);
      seals.add(
          new Object[] {
            position,
            entry.sequence(),
            previous,
            hash,
            entry.familyId().orElse(null),
            entry.memberId().orElse(null),
            entry.user()
          });
      sequences.add(new Object[] {entry.sequence()});
    }
    sql.batch(
        "INSERT INTO audit_seal (position, sequence, prev_hash, hash, family_id, member_id,"
            + " user_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
        seals);
    sql.batch("DELETE FROM audit_unsealed WHERE sequence = ?", sequences);
    sql.update(
        "UPDATE audit_head SET last_position = ?, last_hash = ? WHERE id = 1", position, hash);
    return entries.size();
  }

  /** The head of the chain, as read by a sealer or the verification. */
  static ChainCheck.Head head(ResultSet rs) throws SQLException {
    return new ChainCheck.Head(rs.getLong("last_position"), rs.getString("last_hash"));
  }
}
