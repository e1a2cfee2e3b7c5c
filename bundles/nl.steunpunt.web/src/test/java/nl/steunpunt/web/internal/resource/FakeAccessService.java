package nl.steunpunt.web.internal.resource;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;

/** An access service that answers with a given use, or fails, and keeps what it was asked. */
final class FakeAccessService implements AccessService {

  BreakGlass answer;
  RuntimeException failure;

  Actor actor;
  UUID id;
  String reference;
  String text;
  Boolean flag;
  PageRequest page;

  @Override
  public BreakGlass breakGlass(Actor actor, UUID familyId, String reason) {
    remember(actor, familyId, reason, null, null);
    return answer;
  }

  @Override
  public BreakGlass breakGlass(Actor actor, String reference, String reason) {
    this.reference = reference;
    remember(actor, null, reason, null, null);
    return answer;
  }

  @Override
  public Page<BreakGlass> uses(Actor actor, boolean unreviewedOnly, PageRequest page) {
    remember(actor, null, null, unreviewedOnly, page);
    return new Page<>(List.of(answer), page.offset(), page.limit(), 1);
  }

  @Override
  public BreakGlass review(Actor actor, UUID id, boolean justified, String remark) {
    remember(actor, id, remark, justified, null);
    return answer;
  }

  private void remember(Actor actor, UUID id, String text, Boolean flag, PageRequest page) {
    this.actor = actor;
    this.id = id;
    this.text = text;
    this.flag = flag;
    this.page = page;
    if (failure != null) {
      throw failure;
    }
  }
}
