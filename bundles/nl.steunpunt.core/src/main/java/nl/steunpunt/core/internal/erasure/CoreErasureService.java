package nl.steunpunt.core.internal.erasure;

import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.erasure.ErasureService;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.ErasurePermit;
import nl.steunpunt.core.internal.validation.Check;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The privacy officer's erasure of a family on request, and the list of erasures. The request is
 * checked whole before anything is read; the erasure is one unit of work through the access policy.
 * Erasing a family twice is a conflict: the first erasure's record stands, with its reason.
 */
@Component(service = ErasureService.class)
public final class CoreErasureService implements ErasureService {

  static final int MAX_REASON = 500;

  private final Cases cases;

  @Activate
  public CoreErasureService(@Reference Cases cases) {
    this.cases = cases;
  }

  @Override
  public Erasure erase(Actor actor, UUID familyId, String reason) {
    Check check = new Check();
    check.text(reason, "reason", MAX_REASON);
    check.done();
    return cases.run(
        actor,
        g -> {
          ErasurePermit permit = g.erasure(familyId);
          Family family =
              permit.family().orElseThrow(() -> new NotFoundException("family", familyId));
          if (family.status() == FamilyStatus.ERASED) {
            throw new ConflictException("This family's personal data was erased already.");
          }
          return Erasures.erase(g, permit, family, ErasureGround.REQUEST, reason.strip());
        });
  }

  @Override
  public Page<Erasure> list(Actor actor, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          return g.allow(Action.READ, DataCategory.AUDIT, "erasure", Optional.empty())
              .erasures(page);
        });
  }
}
