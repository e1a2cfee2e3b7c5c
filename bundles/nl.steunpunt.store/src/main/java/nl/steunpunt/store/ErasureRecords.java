package nl.steunpunt.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Erasure of a family's personal data in place, the records of erasures, and the families due for
 * erasure by retention.
 *
 * @since 0.2
 */
@ProviderType
public interface ErasureRecords {

  /**
   * Erases the personal data of a family in place: members keep their id, role and position only;
   * notes, referrals and partner records are deleted; task titles, the reasons of events, the free
   * text of reports and break-glass uses and the name in a disclosed data set are blanked; open
   * tasks are cancelled; the family keeps its reference and the facts the evaluation counts, and is
   * marked erased. Events, critical moments and the audit log keep every row.
   *
   * @param familyId the family
   */
  void eraseFamily(UUID familyId);

  /**
   * Records an erasure.
   *
   * @param erasure the erasure
   * @param trajectoryId the family's trajectory, so lists of reports can leave it out
   */
  void insert(Erasure erasure, UUID trajectoryId);

  /**
   * Reads the erasure of a family.
   *
   * @param familyId the family
   * @return the erasure, or empty when the family was not erased
   */
  Optional<Erasure> ofFamily(UUID familyId);

  /**
   * Lists the erasures, newest first.
   *
   * @param page the page
   * @return the page
   */
  Page<Erasure> list(PageRequest page);

  /**
   * Finds the families not erased whose trajectory is closed and was closed before a moment, the
   * longest closed first.
   *
   * @param moment the end of the retention period: closed before this
   * @param limit at most this many
   * @return their ids
   */
  List<UUID> closedBefore(Instant moment, int limit);

  /**
   * Tells when a family's trajectory was closed, if it is closed now: the moment of its last phase
   * change. A reopened trajectory is not closed.
   *
   * @param familyId the family
   * @return the moment, or empty when the trajectory is not closed
   */
  Optional<Instant> closedSince(UUID familyId);
}
