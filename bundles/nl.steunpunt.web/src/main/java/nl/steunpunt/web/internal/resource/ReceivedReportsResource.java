package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.PageJson;
import nl.steunpunt.web.internal.resource.dto.ReceivedReportJson;

/**
 * Reports as their recipients (police liaison, municipality officer) see them, under {@code
 * /api/v1/received-reports}: the minimal data set only. A recipient cannot read a single report, so
 * a stale If-Match is recognised in the service's answer (its {@link
 * nl.steunpunt.api.common.StaleVersionException} is a 412 too).
 */
final class ReceivedReportsResource {

  static final String BASE = "/api/v1/received-reports";

  private final ReportService reports;

  ReceivedReportsResource(ReportService reports) {
    this.reports = reports;
  }

  /** The routes of the received reports servlet. */
  ApiRoutes routes() {
    return new ApiRoutes()
        .get(BASE, this::received)
        .post(BASE + "/{id}/acknowledgement", this::ack);
  }

  private void received(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(PageJson.of(reports.received(exchange.actor(), page), ReceivedReportJson::of));
  }

  private void ack(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    ReceivedReport acknowledged =
        reports.acknowledgeReceived(exchange.actor(), exchange.id(), expected);
    exchange.ok(ReceivedReportJson.of(acknowledged), acknowledged.version());
  }
}
