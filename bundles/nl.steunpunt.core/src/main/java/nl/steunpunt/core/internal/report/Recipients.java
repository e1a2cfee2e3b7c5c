package nl.steunpunt.core.internal.report;

import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.SecurityReport;

/**
 * Who receives a report, and what they see of it: the minimal data set the centre disclosed, never
 * more. A report the family made itself reaches its recipient outside the platform.
 */
final class Recipients {

  private Recipients() {}

  /** What the recipient sees. Only for reports the centre made. */
  static ReceivedReport view(SecurityReport report) {
    Disclosure disclosure = report.disclosure().orElseThrow();
    return new ReceivedReport(
        report.id(),
        disclosure.recipient(),
        report.state(),
        disclosure.reportedAt(),
        disclosure.dataSet().orElseThrow(),
        report.acknowledgedAt(),
        report.version());
  }

  /** The disclosure for the audit log: who, to whom, on what basis; no personal data. */
  static String describe(Disclosure disclosure) {
    return "reporter="
        + disclosure.reporter()
        + " recipient="
        + disclosure.recipient()
        + (disclosure.override().isPresent() ? " OVERRIDE without consultation" : "")
        + (disclosure.dataSet().isPresent() ? " disclosed=minimal-data-set" : " disclosed=nothing");
  }
}
