package nl.steunpunt.web.internal.resource;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureService;

/** An erasure service that answers with a given erasure, or fails, and keeps what it was asked. */
final class FakeErasureService implements ErasureService {

  Erasure answer;
  RuntimeException failure;

  Actor actor;
  UUID familyId;
  String reason;
  PageRequest page;

  @Override
  public Erasure erase(Actor actor, UUID familyId, String reason) {
    this.familyId = familyId;
    this.reason = reason;
    asked(actor);
    return answer;
  }

  @Override
  public Page<Erasure> list(Actor actor, PageRequest page) {
    this.page = page;
    asked(actor);
    return new Page<>(List.of(answer), page.offset(), page.limit(), 1);
  }

  private void asked(Actor actor) {
    this.actor = actor;
    if (failure != null) {
      throw failure;
    }
  }
}
