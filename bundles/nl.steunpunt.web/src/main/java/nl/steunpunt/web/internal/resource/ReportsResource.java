package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.util.Optional;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.http.Versions;
import nl.steunpunt.web.internal.resource.dto.ConsultationRequest;
import nl.steunpunt.web.internal.resource.dto.DisclosureRequest;
import nl.steunpunt.web.internal.resource.dto.DraftReportRequest;
import nl.steunpunt.web.internal.resource.dto.OverrideRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;
import nl.steunpunt.web.internal.resource.dto.SecurityReportJson;
import nl.steunpunt.web.internal.resource.dto.WithdrawalRequest;

/**
 * Security reports as the centre's staff see them: drafted and listed on a trajectory, read and
 * moved through their states under {@code /api/v1/reports}, one POST per transition. Every
 * transition needs If-Match; the body is checked before the report is read, and the version before
 * the service is asked.
 */
final class ReportsResource {

  static final String BASE = "/api/v1/reports";

  private final ReportService reports;

  ReportsResource(ReportService reports) {
    this.reports = reports;
  }

  /** The routes of the reports servlet. */
  ApiRoutes routes() {
    return new ApiRoutes()
        .get(BASE, this::list)
        .get(BASE + "/legal-bases", this::legalBases)
        .get(BASE + "/{id}", this::read)
        .post(BASE + "/{id}/consultation", this::consult)
        .post(BASE + "/{id}/report", this::report)
        .post(BASE + "/{id}/override", this::reportWithoutConsultation)
        .post(BASE + "/{id}/acknowledgement", this::acknowledge)
        .post(BASE + "/{id}/closure", this::close)
        .post(BASE + "/{id}/withdrawal", this::withdraw);
  }

  /** The routes on a trajectory, for the trajectories servlet. */
  ApiRoutes addTrajectoryRoutesTo(ApiRoutes router) {
    return router
        .get(TrajectoriesResource.BASE + "/{id}/reports", this::ofTrajectory)
        .post(TrajectoriesResource.BASE + "/{id}/reports", this::draft);
  }

  private void ofTrajectory(Exchange exchange) throws IOException {
    exchange.ok(
        reports.ofTrajectory(exchange.actor(), exchange.id()).stream()
            .map(SecurityReportJson::of)
            .toList());
  }

  private void draft(Exchange exchange) throws IOException {
    DraftReportRequest request = exchange.body(DraftReportRequest.class).require();
    SecurityReport drafted =
        reports.draft(exchange.actor(), exchange.id(), request.memberId(), request.reason());
    exchange.created(
        SecurityReportJson.of(drafted), drafted.version(), Optional.of(BASE + "/" + drafted.id()));
  }

  private void list(Exchange exchange) throws IOException {
    Optional<ReportState> state = exchange.query("state").map(ReportsResource::state);
    var page = exchange.page();
    exchange.ok(PageJson.of(reports.list(exchange.actor(), state, page), SecurityReportJson::of));
  }

  private static ReportState state(String value) {
    try {
      return ReportState.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("state", "is not a report state such as DRAFT");
    }
  }

  private void read(Exchange exchange) throws IOException {
    SecurityReport report = find(exchange);
    exchange.ok(SecurityReportJson.of(report), report.version());
  }

  private void consult(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    var consultation = exchange.body(ConsultationRequest.class).toNew();
    Versions.require(expected, find(exchange).version());
    answer(exchange, reports.consult(exchange.actor(), exchange.id(), expected, consultation));
  }

  private void report(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    DisclosureRequest request = exchange.body(DisclosureRequest.class).require();
    Versions.require(expected, find(exchange).version());
    answer(
        exchange,
        reports.report(
            exchange.actor(),
            exchange.id(),
            expected,
            request.legalBasis(),
            request.optionalReportedAt()));
  }

  private void reportWithoutConsultation(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    OverrideRequest request = exchange.body(OverrideRequest.class).require();
    Versions.require(expected, find(exchange).version());
    answer(
        exchange,
        reports.reportWithoutConsultation(
            exchange.actor(),
            exchange.id(),
            expected,
            request.legalBasis(),
            request.recipient(),
            request.reason()));
  }

  private void acknowledge(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    Versions.require(expected, find(exchange).version());
    answer(exchange, reports.acknowledge(exchange.actor(), exchange.id(), expected));
  }

  private void close(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    Versions.require(expected, find(exchange).version());
    answer(exchange, reports.close(exchange.actor(), exchange.id(), expected));
  }

  private void withdraw(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    String reason = exchange.body(WithdrawalRequest.class).requireReason();
    Versions.require(expected, find(exchange).version());
    answer(exchange, reports.withdraw(exchange.actor(), exchange.id(), expected, reason));
  }

  private void legalBases(Exchange exchange) throws IOException {
    // Only for a logged-in caller, like every other resource here.
    exchange.actor();
    exchange.ok(reports.legalBases());
  }

  private static void answer(Exchange exchange, SecurityReport changed) throws IOException {
    exchange.ok(SecurityReportJson.of(changed), changed.version());
  }

  private SecurityReport find(Exchange exchange) {
    return reports.find(exchange.actor(), exchange.id()).orElseThrow(FamiliesResource::notFound);
  }
}
