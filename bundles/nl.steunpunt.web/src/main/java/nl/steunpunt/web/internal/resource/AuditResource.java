package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.AccessReportJson;
import nl.steunpunt.web.internal.resource.dto.AuditEntryJson;
import nl.steunpunt.web.internal.resource.dto.AuditQuery;
import nl.steunpunt.web.internal.resource.dto.ChainVerificationJson;
import nl.steunpunt.web.internal.resource.dto.PageJson;

/**
 * The privacy officer's tools: the audit log and its hash chain under {@code /api/v1/audit}, a
 * member's data subject access report under {@code /api/v1/members/{id}/access-report}.
 */
final class AuditResource {

  static final String BASE = "/api/v1/audit";

  private final AuditService audit;

  AuditResource(AuditService audit) {
    this.audit = audit;
  }

  /** The routes of the audit servlet. */
  ApiRoutes routes() {
    return new ApiRoutes().get(BASE, this::search).get(BASE + "/verification", this::verify);
  }

  /** The route on a member, for the members servlet. */
  ApiRoutes addMemberRoutesTo(ApiRoutes router) {
    return router.get(MembersResource.BASE + "/{id}/access-report", this::accessReport);
  }

  private void search(Exchange exchange) throws IOException {
    AuditQuery query =
        new AuditQuery(
            exchange.query("family"),
            exchange.query("member"),
            exchange.query("user"),
            exchange.query("from"),
            exchange.query("to"));
    var search = query.toSearch();
    var page = exchange.page();
    exchange.ok(PageJson.of(audit.search(exchange.actor(), search, page), AuditEntryJson::of));
  }

  private void verify(Exchange exchange) throws IOException {
    exchange.ok(ChainVerificationJson.of(audit.verify(exchange.actor())));
  }

  private void accessReport(Exchange exchange) throws IOException {
    exchange.ok(AccessReportJson.of(audit.accessReport(exchange.actor(), exchange.id())));
  }
}
