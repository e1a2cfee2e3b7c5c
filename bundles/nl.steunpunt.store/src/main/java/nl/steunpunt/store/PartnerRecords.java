package nl.steunpunt.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import org.osgi.annotation.versioning.ProviderType;

/** The partners' own records, each kept with the family it is about (for erasure). */
@ProviderType
public interface PartnerRecords {

  void insert(PartnerRecord record, UUID familyId);

  /** A partner's record; another partner's record is not found. */
  Optional<PartnerRecord> find(String partnerId, UUID id);

  /** A partner's records about a subject, oldest first. */
  List<PartnerRecord> ofSubject(String partnerId, RecordSubject subject);

  /**
   * Replaces the record's document, version and time of change, if it is the partner's and still at
   * the expected version.
   *
   * @return whether it was replaced
   */
  boolean update(PartnerRecord record, long expectedVersion);

  /**
   * Deletes the partner's record if it is still at the expected version.
   *
   * @return whether it was deleted
   */
  boolean delete(String partnerId, UUID id, long expectedVersion);

  /**
   * Deletes every partner's records about the family and its members, trajectory and reports.
   *
   * @return how many were deleted
   */
  int deleteOfFamily(UUID familyId);
}
