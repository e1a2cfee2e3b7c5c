package nl.steunpunt.core.internal.report;

import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.SecurityReport;

/** The report state machine, with a reason a person can act on when a move is refused. */
final class Transitions {

  private Transitions() {}

  /** Refuses a move the state machine does not allow from the report's state. */
  static void check(SecurityReport report, ReportState to) {
    ReportState from = report.state();
    if (!from.next().contains(to)) {
      throw new ConflictException(why(from, to));
    }
  }

  static String why(ReportState from, ReportState to) {
    if (from.next().isEmpty()) {
      return "The report is " + from + ": it cannot change any more.";
    }
    if (to == ReportState.REPORTED && from == ReportState.DRAFT) {
      return "The parents have not been consulted yet: record the consultation first, or let a"
          + " team lead report without it in acute danger.";
    }
    if (to == ReportState.WITHDRAWN) {
      return "A report that was " + from + " cannot be withdrawn any more.";
    }
    return "A report that is "
        + from
        + " cannot become "
        + to
        + "; next is one of "
        + from.next()
        + ".";
  }
}
