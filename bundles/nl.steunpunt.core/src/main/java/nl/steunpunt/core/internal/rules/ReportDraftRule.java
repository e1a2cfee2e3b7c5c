package nl.steunpunt.core.internal.rules;

import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.trajectory.EventDetail;

/**
 * A departure risk or an expected return may have to be reported: a draft security report for the
 * member is waiting, which cannot be sent before the parents were consulted.
 */
final class ReportDraftRule implements Rule {

  @Override
  public void fire(RuleContext context) {
    EventDetail detail = context.event().detail();
    ReportReason reason;
    if (detail instanceof EventDetail.DepartureRisk) {
      reason = ReportReason.DEPARTURE_RISK;
    } else if (detail instanceof EventDetail.ReturnExpected) {
      reason = ReportReason.RETURN_EXPECTED;
    } else {
      return;
    }
    context.member().ifPresent(member -> context.draftReport(member, reason));
  }
}
