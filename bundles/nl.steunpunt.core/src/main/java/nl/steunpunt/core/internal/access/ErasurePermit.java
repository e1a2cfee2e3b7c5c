package nl.steunpunt.core.internal.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.store.StoreSession;

/**
 * The permission to erase one family's personal data, which {@link Gate#erasure} yields only to an
 * actor who may erase: the door to what an erasure reads and writes.
 */
public final class ErasurePermit {

  private final StoreSession session;
  private final UUID familyId;

  ErasurePermit(StoreSession session, UUID familyId) {
    this.session = session;
    this.familyId = familyId;
  }

  /** The family, if it exists. */
  public Optional<Family> family() {
    return session.families().find(familyId);
  }

  /** When the family's trajectory was closed, if it was. */
  public Optional<Instant> closedSince() {
    return session.erasures().closedSince(familyId);
  }

  /** The id of the family's trajectory. */
  public UUID trajectoryId() {
    return session.trajectories().ofFamily(familyId).orElseThrow().id();
  }

  /** The records, for the erasure's writes. */
  public StoreSession store() {
    return session;
  }
}
