package nl.steunpunt.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Uses of break-glass and their reviews. */
@ProviderType
public interface BreakGlassRecords {

  void insert(BreakGlass use);

  Optional<BreakGlass> find(UUID id);

  /** The latest use by this user on this family that is still open at {@code now}. */
  Optional<BreakGlass> openFor(String user, UUID familyId, Instant now);

  /** Uses, newest first; only the unreviewed ones if asked. */
  Page<BreakGlass> list(boolean unreviewedOnly, PageRequest page);

  /** Records the review; false when the use was reviewed already (or does not exist). */
  boolean review(UUID id, BreakGlass.Review review);
}
