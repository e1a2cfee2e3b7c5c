package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportState;

/**
 * A report as its recipient sees it: the minimal data set and the acknowledgement, nothing else;
 * {@code acknowledgedAt} is null until it is acknowledged.
 */
public record ReceivedReportJson(
    UUID id,
    Recipient recipient,
    ReportState state,
    String reportedAt,
    MinimalDataSetJson dataSet,
    String acknowledgedAt,
    long version) {

  public static ReceivedReportJson of(ReceivedReport report) {
    return new ReceivedReportJson(
        report.id(),
        report.recipient(),
        report.state(),
        Dates.format(report.reportedAt()),
        MinimalDataSetJson.of(report.dataSet()),
        report.acknowledgedAt().map(Dates::format).orElse(null),
        report.version());
  }

  /** Leaves the data set out, so a name can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "ReceivedReportJson[id=" + id + ", state=" + state + "]";
  }
}
