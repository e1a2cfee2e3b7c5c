package nl.steunpunt.web.internal.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.SecurityReport;

/**
 * A report service that answers with given reports, or fails, and keeps what it was asked: which
 * call ({@code called}, null until one is made) and its arguments. {@link #find} answers {@code
 * stored} and is not counted as a call, so a test can tell that a transition never reached the
 * service.
 */
final class FakeReportService implements ReportService {

  /** What {@link #find} answers; empty for an absent report. */
  Optional<SecurityReport> stored = Optional.empty();

  SecurityReport answer;
  List<SecurityReport> reports = List.of();
  ReceivedReport received;
  List<String> legalBases = List.of();
  RuntimeException failure;

  String called;
  Actor actor;
  UUID id;
  Long expectedVersion;
  UUID memberId;
  ReportReason reason;
  NewConsultation consultation;
  String legalBasis;
  Optional<Instant> reportedAt;
  Recipient recipient;
  String text;
  PageRequest page;

  @Override
  public SecurityReport draft(Actor actor, UUID trajectoryId, UUID memberId, ReportReason reason) {
    this.memberId = memberId;
    this.reason = reason;
    asked("draft", actor, trajectoryId, null);
    return answer;
  }

  @Override
  public SecurityReport consult(
      Actor actor, UUID id, long expectedVersion, NewConsultation consultation) {
    this.consultation = consultation;
    asked("consult", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public SecurityReport report(
      Actor actor, UUID id, long expectedVersion, String legalBasis, Optional<Instant> reportedAt) {
    this.legalBasis = legalBasis;
    this.reportedAt = reportedAt;
    asked("report", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public SecurityReport reportWithoutConsultation(
      Actor actor,
      UUID id,
      long expectedVersion,
      String legalBasis,
      Recipient recipient,
      String reason) {
    this.legalBasis = legalBasis;
    this.recipient = recipient;
    this.text = reason;
    asked("reportWithoutConsultation", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public SecurityReport acknowledge(Actor actor, UUID id, long expectedVersion) {
    asked("acknowledge", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public SecurityReport close(Actor actor, UUID id, long expectedVersion) {
    asked("close", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public SecurityReport withdraw(Actor actor, UUID id, long expectedVersion, String reason) {
    this.text = reason;
    asked("withdraw", actor, id, expectedVersion);
    return answer;
  }

  @Override
  public Optional<SecurityReport> find(Actor actor, UUID id) {
    return stored;
  }

  @Override
  public List<SecurityReport> ofTrajectory(Actor actor, UUID trajectoryId) {
    asked("ofTrajectory", actor, trajectoryId, null);
    return reports;
  }

  @Override
  public Page<SecurityReport> list(
      Actor actor, Optional<nl.steunpunt.api.report.ReportState> state, PageRequest page) {
    this.page = page;
    asked("list", actor, null, null);
    return new Page<>(List.of(), page.offset(), page.limit(), 0);
  }

  @Override
  public Page<ReceivedReport> received(Actor actor, PageRequest page) {
    this.page = page;
    asked("received", actor, null, null);
    return new Page<>(List.of(received), page.offset(), page.limit(), 1);
  }

  @Override
  public ReceivedReport acknowledgeReceived(Actor actor, UUID id, long expectedVersion) {
    asked("acknowledgeReceived", actor, id, expectedVersion);
    return received;
  }

  @Override
  public List<String> legalBases() {
    asked("legalBases", null, null, null);
    return legalBases;
  }

  private void asked(String call, Actor actor, UUID id, Long expectedVersion) {
    this.called = call;
    this.actor = actor;
    this.id = id;
    this.expectedVersion = expectedVersion;
    if (failure != null) {
      throw failure;
    }
  }
}
