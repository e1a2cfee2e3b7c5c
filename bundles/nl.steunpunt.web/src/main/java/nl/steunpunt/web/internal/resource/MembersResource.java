package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.http.Versions;
import nl.steunpunt.web.internal.resource.dto.MemberJson;
import nl.steunpunt.web.internal.resource.dto.MemberRequest;
import nl.steunpunt.web.internal.resource.dto.WhereaboutsRequest;

/**
 * Changes to one member, under {@code /api/v1/members}. The API cannot read a member by id, so the
 * version of If-Match is not compared beforehand: a stale one is recognised in the service's answer
 * (see {@link Versions#update}).
 */
final class MembersResource {

  static final String BASE = "/api/v1/members";

  private final FamilyService families;

  MembersResource(FamilyService families) {
    this.families = families;
  }

  ApiRoutes routes() {
    return new ApiRoutes()
        .put(BASE + "/{id}", this::update)
        .post(BASE + "/{id}/whereabouts", this::changeWhereabouts);
  }

  private void update(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    MemberRequest request = exchange.body(MemberRequest.class);
    Member changed =
        families.updateMember(exchange.actor(), exchange.id(), expected, request.toChanges());
    exchange.ok(MemberJson.of(changed), changed.version());
  }

  private void changeWhereabouts(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    WhereaboutsRequest request = exchange.body(WhereaboutsRequest.class);
    var occurredAt = request.occurredAtInstant();
    Member changed =
        families.changeWhereabouts(
            exchange.actor(), exchange.id(), expected, request.whereabouts(), occurredAt);
    exchange.ok(MemberJson.of(changed), changed.version());
  }
}
