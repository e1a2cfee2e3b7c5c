package nl.steunpunt.api.evaluation;

import java.util.Objects;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;

/**
 * How many security reports were made in a period for one reason to one recipient.
 *
 * @param reason the reason
 * @param recipient the recipient
 * @param count how many (at least 1: combinations without reports are left out)
 * @since 0.1
 */
public record ReportTally(ReportReason reason, Recipient recipient, long count) {

  /** Creates the tally; every part is required. */
  public ReportTally {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(recipient, "recipient");
  }
}
