package nl.steunpunt.store.jdbc;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The audit log: append-only and hash-chained. Entries appended in a unit of work are written in
 * its transaction, just before it commits: if they cannot be written, the work is undone.
 */
@ProviderType
public interface AuditLog {

  /**
   * Appends an entry when the unit of work commits. Its sequence and hash are ignored: the log
   * assigns the next sequence and chains the hash to the entry before. Its moment is stored to the
   * microsecond.
   *
   * @throws IllegalStateException in read-only work ({@link Store#read})
   * @throws IllegalArgumentException when a text is longer than the log keeps (e.g. detail: 500)
   */
  void append(AuditEntry entry);

  /** Entries matching the search, newest first. */
  Page<AuditEntry> search(AuditSearch search, PageRequest page);

  /**
   * The entries about one member, oldest first: those naming the member, and those about the
   * member's whole family that name no member.
   */
  List<AuditEntry> concerning(UUID memberId, UUID familyId);

  /** Recomputes the chain from the first entry and names the first one that does not match. */
  ChainVerification verify();
}
