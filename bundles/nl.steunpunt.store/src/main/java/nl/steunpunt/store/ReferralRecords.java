package nl.steunpunt.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Referral;
import org.osgi.annotation.versioning.ProviderType;

/** Referrals of members to therapy providers. */
@ProviderType
public interface ReferralRecords {

  void insert(Referral referral);

  Optional<Referral> find(UUID id);

  /** The referrals of a trajectory, oldest first. */
  List<Referral> ofTrajectory(UUID trajectoryId);

  /** Ends an open referral; false when it was not open. */
  boolean close(UUID id, Instant at);

  /** The open referrals to the organisation, newest first. */
  Page<Referral> openTo(String organisation, PageRequest page);

  /** The members of the family with an open referral to the organisation. */
  Set<UUID> openMembers(UUID familyId, String organisation);
}
