package nl.steunpunt.core.internal.erasure;

import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.core.internal.access.ErasurePermit;
import nl.steunpunt.core.internal.access.Gate;

/**
 * The erasure itself, the same for a request and for retention: in the caller's unit of work, so
 * the erasure, its record and its audit entry are committed together or not at all. The audit entry
 * names the family and the erasure by id and the ground; the reason stays in the erasure's record,
 * because free text may name people and the audit log can never be changed.
 */
final class Erasures {

  private Erasures() {}

  static Erasure erase(
      Gate g, ErasurePermit permit, Family family, ErasureGround ground, String reason) {
    var s = permit.store();
    UUID trajectory = permit.trajectoryId();
    s.erasures().eraseFamily(family.id());
    Erasure erasure =
        new Erasure(
            UUID.randomUUID(),
            family.id(),
            family.reference(),
            ground,
            g.now(),
            g.actor().user(),
            reason);
    s.erasures().insert(erasure, trajectory);
    g.record(
        Action.ERASE,
        DataCategory.IDENTITY,
        "family",
        family.id(),
        family.id(),
        Purpose.PRIVACY_SUPERVISION,
        Optional.empty(),
        Optional.of(
            "ground "
                + ground.name().toLowerCase(java.util.Locale.ROOT)
                + ", erasure "
                + erasure.id()));
    return erasure;
  }
}
