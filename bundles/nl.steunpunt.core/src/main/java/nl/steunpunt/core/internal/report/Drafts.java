package nl.steunpunt.core.internal.report;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.validation.Timestamps;

/** New reports and their next versions: the one place that builds a {@link SecurityReport}. */
public final class Drafts {

  private Drafts() {}

  /** A new draft, as a person or a rule writes it. */
  public static SecurityReport draft(
      UUID id, UUID trajectoryId, UUID memberId, ReportReason reason, Instant now) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        ReportState.DRAFT,
        Timestamps.stored(now),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1);
  }

  static SecurityReport with(
      SecurityReport r,
      ReportState state,
      Optional<Consultation> consultation,
      Optional<Disclosure> disclosure,
      Optional<String> withdrawal) {
    return new SecurityReport(
        r.id(),
        r.trajectoryId(),
        r.memberId(),
        r.reason(),
        state,
        r.createdAt(),
        consultation,
        disclosure,
        r.acknowledgedAt(),
        withdrawal,
        r.version() + 1);
  }

  /** The report as made: REPORTED with its disclosure. */
  static SecurityReport reported(SecurityReport r, Disclosure disclosure) {
    return with(
        r, ReportState.REPORTED, r.consultation(), Optional.of(disclosure), Optional.empty());
  }

  static SecurityReport acknowledged(SecurityReport r, Instant now) {
    return new SecurityReport(
        r.id(),
        r.trajectoryId(),
        r.memberId(),
        r.reason(),
        ReportState.ACKNOWLEDGED,
        r.createdAt(),
        r.consultation(),
        r.disclosure(),
        Optional.of(Timestamps.stored(now)),
        r.withdrawal(),
        r.version() + 1);
  }
}
