package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the audit log as stored: first seals what was written before, so that it is checked too;
 * then walks the chain by position ({@link ChainCheck}), streaming, a fetch at a time; then looks
 * for entries sealed twice, and for entries outside the chain: written but neither sealed nor
 * queued, or queued but gone. Each of those is one statement, so a sealer committing meanwhile is
 * seen whole or not at all.
 */
final class ChainVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(ChainVerifier.class);

  private static final int FETCH_SIZE = 1000;

  private static final String SEALS =
      "SELECT s.position, s.sequence AS sealed, s.prev_hash, s.hash,"
          + " s.family_id AS copied_family_id, s.member_id AS copied_member_id,"
          + " s.user_name AS copied_user_name, "
          + AuditRows.columns("e")
          + " FROM audit_seal s LEFT JOIN audit_entry e ON e.sequence = s.sequence"
          + " WHERE s.position <= ? ORDER BY s.position";

  /** No index keeps an entry from being sealed twice: the verification finds it. */
  private static final String SEALED_TWICE =
      "SELECT sequence FROM audit_seal GROUP BY sequence HAVING COUNT(*) > 1 ORDER BY sequence"
          + " LIMIT 1";

  private static final String NEVER_SEALED =
      "SELECT e.sequence FROM audit_entry e"
          + " WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.sequence = e.sequence)"
          + " AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.sequence = e.sequence)"
          + " ORDER BY e.sequence LIMIT 1";

  private static final String QUEUED_BUT_GONE =
      "SELECT u.sequence FROM audit_unsealed u"
          + " WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.sequence = u.sequence)"
          + " ORDER BY u.sequence LIMIT 1";

  private static final String BEYOND_THE_HEAD =
      "SELECT s.sequence FROM audit_seal s JOIN audit_head h ON h.id = 1"
          + " WHERE s.position > h.last_position ORDER BY s.position LIMIT 1";

  private static final String FIRST_UNANCHORED =
      "SELECT e.sequence, e.at FROM audit_seal s JOIN audit_entry e ON e.sequence = s.sequence"
          + " WHERE s.position = ?";

  private final Sql sql;
  private final AuditSealer sealer;

  ChainVerifier(Sql sql, AuditSealer sealer) {
    this.sql = sql;
    this.sealer = sealer;
  }

  ChainVerification verify() {
    sealWhatWasWritten();
    ChainCheck.Head head =
        sql.one("SELECT last_position, last_hash FROM audit_head WHERE id = 1", AuditSealer::head)
            .orElseThrow(() -> new IllegalStateException("the audit log has no head"));
    Optional<Anchors.Reading> anchors = sealer.anchors().map(Anchors::read);
    ChainCheck check =
        new ChainCheck(head, anchors.map(Anchors.Reading::anchors).orElse(List.of()));
    anchors
        .flatMap(Anchors.Reading::problem)
        .ifPresent(problem -> check.broken(OptionalLong.empty(), problem));
    if (check.intact()) {
      sql.stream(SEALS, FETCH_SIZE, ChainVerifier::seal, check::next, head.lastPosition());
    }
    outside(check, SEALED_TWICE, " was sealed twice");
    outside(check, NEVER_SEALED, " was never sealed");
    outside(check, QUEUED_BUT_GONE, " was deleted before it was sealed");
    outside(check, BEYOND_THE_HEAD, " is sealed beyond the head of the log");
    if (check.intact() && anchors.isPresent()) {
      unanchored(check, sealer.anchors().get(), anchors.get(), head);
    }
    return check.end();
  }

  /**
   * The anchors after the last one in the file are missing when the chain goes on past it with an
   * entry older than the anchoring period allows.
   */
  private void unanchored(
      ChainCheck check, Anchors anchors, Anchors.Reading reading, ChainCheck.Head head) {
    long anchoredUpTo = reading.last().map(Anchor::position).orElse(0L);
    if (head.lastPosition() <= anchoredUpTo) {
      return;
    }
    sql.one(
            FIRST_UNANCHORED,
            rs -> new Unanchored(rs.getLong(1), Sql.instant(rs, "at")),
            anchoredUpTo + 1)
        .filter(entry -> anchors.overdue(reading, entry.at()))
        .ifPresent(
            entry ->
                check.broken(
                    OptionalLong.of(entry.sequence()),
                    "an anchor is missing: entry "
                        + entry.sequence()
                        + " of "
                        + entry.at()
                        + " is sealed after the last anchor"
                        + reading
                            .last()
                            .map(a -> " (" + a.number() + ", of " + a.at() + ")")
                            .orElse("")
                        + ", and should have been anchored by now"));
  }

  private record Unanchored(long sequence, Instant at) {}

  /**
   * Seals in a transaction of its own. When that fails, the chain as sealed so far is verified
   * still: a tampered head, for one, stops the sealer, and the walk then names what is wrong.
   */
  private void sealWhatWasWritten() {
    try {
      sealer.seal();
    } catch (StoreException | IllegalStateException e) {
      LOG.warn("The audit log could not be sealed before its verification: {}", e.getMessage());
    }
  }

  private void outside(ChainCheck check, String query, String what) {
    if (check.intact()) {
      sql.one(query, rs -> rs.getLong(1))
          .ifPresent(
              sequence -> check.broken(OptionalLong.of(sequence), "entry " + sequence + what));
    }
  }

  private static ChainCheck.Seal seal(ResultSet rs) throws SQLException {
    rs.getLong("sequence");
    Optional<AuditEntry> entry = rs.wasNull() ? Optional.empty() : Optional.of(AuditRows.entry(rs));
    return new ChainCheck.Seal(
        rs.getLong("position"),
        rs.getLong("sealed"),
        rs.getString("prev_hash"),
        rs.getString("hash"),
        new ChainCheck.Copy(
            Optional.ofNullable(Sql.uuid(rs, "copied_family_id")),
            Optional.ofNullable(Sql.uuid(rs, "copied_member_id")),
            rs.getString("copied_user_name")),
        entry);
  }
}
