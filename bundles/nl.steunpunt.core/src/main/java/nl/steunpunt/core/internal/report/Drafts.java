package nl.steunpunt.core.internal.report;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.validation.Timestamps;

/**
 * New reports, as a person or a rule drafts them: the one place that builds a {@link
 * SecurityReport} from nothing. Its next versions come from {@link Workflow}.
 */
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
}
