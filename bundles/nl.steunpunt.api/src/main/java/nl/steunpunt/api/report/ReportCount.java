package nl.steunpunt.api.report;

import java.util.Objects;

/**
 * How many reports were made in a year for one reason to one recipient: an aggregate for the
 * evaluation, never about a person.
 *
 * @param year the year the reports were made
 * @param reason the reason
 * @param recipient the recipient
 * @param count how many
 * @since 0.1
 */
public record ReportCount(int year, ReportReason reason, Recipient recipient, long count) {

  /** Creates the count; every part is required. */
  public ReportCount {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(recipient, "recipient");
  }
}
