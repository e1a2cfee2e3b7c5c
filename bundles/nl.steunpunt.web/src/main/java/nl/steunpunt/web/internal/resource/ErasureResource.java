package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.erasure.ErasureService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.ErasureJson;
import nl.steunpunt.web.internal.resource.dto.ErasureRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;

/**
 * The privacy officer's erasure of a family under {@code /api/v1/families/{id}/erasure}, and the
 * erasures made under {@code /api/v1/erasures}. An erasure has no version and no address of its
 * own: no ETag, no Location.
 */
final class ErasureResource {

  static final String BASE = "/api/v1/erasures";

  private final ErasureService erasures;

  ErasureResource(ErasureService erasures) {
    this.erasures = erasures;
  }

  /** The routes of the erasures servlet. */
  ApiRoutes routes() {
    return new ApiRoutes().get(BASE, this::list);
  }

  /** The route on a family, for the families servlet. */
  ApiRoutes addFamilyRoutesTo(ApiRoutes router) {
    return router.post(FamiliesResource.BASE + "/{id}/erasure", this::erase);
  }

  private void erase(Exchange exchange) throws IOException {
    ErasureRequest request = exchange.body(ErasureRequest.class);
    exchange.created(
        ErasureJson.of(erasures.erase(exchange.actor(), exchange.id(), request.reason())));
  }

  private void list(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(PageJson.of(erasures.list(exchange.actor(), page), ErasureJson::of));
  }
}
