package nl.steunpunt.partner.police.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Json;
import nl.steunpunt.partner.http.JsonBodies;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The police's endpoints below {@code /api/v1/partners/police}: the reports addressed to the police
 * as {@link ReportService#received} gives them (the minimal data set, nothing else), their
 * acknowledgement, and the police's own follow-up records about a report. Nothing else.
 */
final class PoliceRoutes {

  private final PartnerContext context;
  private final Clock clock;

  PoliceRoutes(PartnerContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "reports", this::reports)
        .add("POST", "reports/{reportId}/acknowledgement", this::acknowledge)
        .add("GET", "reports/{reportId}/follow-ups", this::followUps)
        .add("POST", "reports/{reportId}/follow-ups", this::addFollowUp)
        .add("PUT", "follow-ups/{recordId}", this::changeFollowUp)
        .add("DELETE", "follow-ups/{recordId}", this::deleteFollowUp);
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

  private Reply followUps(Call call) {
    RecordSubject report = new RecordSubject(RecordSubject.Kind.REPORT, call.id("reportId"));
    return Reply.ok(Json.list(context.of(call.actor(), report), Json::record));
  }

  private Reply addFollowUp(Call call) throws IOException {
    RecordSubject report = new RecordSubject(RecordSubject.Kind.REPORT, call.id("reportId"));
    ObjectNode followUp = FollowUp.read(call.body(), LocalDate.now(clock));
    PartnerRecord created =
        context.create(call.actor(), report, JsonBodies.MAPPER.writeValueAsString(followUp));
    return Reply.created(Json.record(created), created.version());
  }

  private Reply changeFollowUp(Call call) throws IOException {
    UUID id = call.id("recordId");
    long version = call.ifMatch();
    ObjectNode followUp = FollowUp.read(call.body(), LocalDate.now(clock));
    PartnerRecord changed =
        context.update(call.actor(), id, version, JsonBodies.MAPPER.writeValueAsString(followUp));
    return Reply.ok(Json.record(changed), changed.version());
  }

  private Reply deleteFollowUp(Call call) {
    UUID id = call.id("recordId");
    context.delete(call.actor(), id, call.ifMatch());
    return Reply.noContent();
  }
}
