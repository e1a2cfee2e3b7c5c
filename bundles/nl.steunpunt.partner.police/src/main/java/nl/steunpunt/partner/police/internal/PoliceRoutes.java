package nl.steunpunt.partner.police.internal;

import java.time.Clock;
import java.util.UUID;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Json;
import nl.steunpunt.partner.http.OwnRecords;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The police's endpoints below {@code /api/v1/partners/police}: the reports addressed to the police
 * as {@link ReportService#received} gives them (the minimal data set, nothing else), their
 * acknowledgement, and the police's own follow-up records about a report. Nothing else.
 */
final class PoliceRoutes {

  private final PartnerContext context;
  private final OwnRecords followUps;

  PoliceRoutes(PartnerContext context, Clock clock) {
    this.context = context;
    this.followUps =
        new OwnRecords(context, RecordSubject.Kind.REPORT, "reportId", FollowUp::read, clock);
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "reports", this::reports)
        .add("POST", "reports/{reportId}/acknowledgement", this::acknowledge)
        .add("GET", "reports/{reportId}/follow-ups", followUps::list)
        .add("POST", "reports/{reportId}/follow-ups", followUps::add)
        .add("PUT", "follow-ups/{recordId}", followUps::change)
        .add("DELETE", "follow-ups/{recordId}", followUps::delete);
  }

  private Reply reports(Call call) {
    PageRequest page = call.page();
    return Reply.ok(
        Json.page(context.service(ReportService.class).received(call.actor(), page), Json::report));
  }

  private Reply acknowledge(Call call) {
    UUID id = call.id("reportId");
    long version = call.ifMatch();
    ReceivedReport report =
        context.service(ReportService.class).acknowledgeReceived(call.actor(), id, version);
    return Reply.ok(Json.report(report), report.version());
  }
}
