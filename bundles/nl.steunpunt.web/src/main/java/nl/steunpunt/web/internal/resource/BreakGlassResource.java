package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.BreakGlassByReferenceRequest;
import nl.steunpunt.web.internal.resource.dto.BreakGlassJson;
import nl.steunpunt.web.internal.resource.dto.BreakGlassQuery;
import nl.steunpunt.web.internal.resource.dto.BreakGlassRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;
import nl.steunpunt.web.internal.resource.dto.ReviewRequest;

/**
 * Break-glass: opening a family under {@code /api/v1/families/{id}/break-glass} or by its reference
 * with {@code POST /api/v1/break-glass}, and the uses and their review by the privacy officer under
 * {@code /api/v1/break-glass}. A use has no version and no address of its own: no ETag, no
 * Location.
 */
final class BreakGlassResource {

  static final String BASE = "/api/v1/break-glass";

  private final AccessService access;

  BreakGlassResource(AccessService access) {
    this.access = access;
  }

  /** The routes of the break-glass servlet. */
  ApiRoutes routes() {
    return new ApiRoutes()
        .get(BASE, this::uses)
        .post(BASE, this::breakGlassByReference)
        .post(BASE + "/{id}/review", this::review);
  }

  /** The route on a family, for the families servlet. */
  ApiRoutes addFamilyRoutesTo(ApiRoutes router) {
    return router.post(FamiliesResource.BASE + "/{id}/break-glass", this::breakGlass);
  }

  private void breakGlass(Exchange exchange) throws IOException {
    BreakGlassRequest request = exchange.body(BreakGlassRequest.class);
    BreakGlass use = access.breakGlass(exchange.actor(), exchange.id(), request.reason());
    exchange.created(BreakGlassJson.of(use));
  }

  private void breakGlassByReference(Exchange exchange) throws IOException {
    BreakGlassByReferenceRequest request = exchange.body(BreakGlassByReferenceRequest.class);
    BreakGlass use = access.breakGlass(exchange.actor(), request.reference(), request.reason());
    exchange.created(BreakGlassJson.of(use));
  }

  private void uses(Exchange exchange) throws IOException {
    boolean unreviewedOnly = new BreakGlassQuery(exchange.query("unreviewed")).unreviewedOnly();
    var page = exchange.page();
    exchange.ok(
        PageJson.of(access.uses(exchange.actor(), unreviewedOnly, page), BreakGlassJson::of));
  }

  private void review(Exchange exchange) throws IOException {
    ReviewRequest request = exchange.body(ReviewRequest.class);
    BreakGlass reviewed =
        access.review(
            exchange.actor(), exchange.id(), request.requireJustified(), request.remark());
    exchange.ok(BreakGlassJson.of(reviewed));
  }
}
