package nl.steunpunt.store;

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
 * its transaction, just before it commits: if they cannot be written, the work is undone. The store
 * seals them into the hash chain moments later, in the background: until then an entry has no hash.
 */
@ProviderType
public interface AuditLog {

  /**
   * Appends an entry when the unit of work commits. Its sequence and hash are ignored: the database
   * assigns a sequence (ascending, not necessarily contiguous) and the log chains the entry to the
   * one sealed before it once it is sealed. Its moment is stored to the microsecond.
   *
   * @throws IllegalStateException in read-only work ({@link Store#read})
   * @throws IllegalArgumentException when a text is longer than the log keeps (e.g. detail: 500)
   */
  void append(AuditEntry entry);

  /** Entries matching the search, newest first; those not sealed yet without a hash. */
  Page<AuditEntry> search(AuditSearch search, PageRequest page);

  /**
   * The entries about one member, oldest first: those naming the member, and those about the
   * member's whole family that name no member.
   */
  List<AuditEntry> concerning(UUID memberId, UUID familyId);

  /**
   * Seals the entries written so far, then recomputes the chain from its first seal and names the
   * first entry, by its sequence, that does not match, is gone, or is outside the chain.
   */
  ChainVerification verify();
}
