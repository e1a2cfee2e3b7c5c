package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportCount;
import nl.steunpunt.api.report.ReportReason;

/** How many reports were made in a year for one reason to one recipient. */
public record ReportCountJson(int year, ReportReason reason, Recipient recipient, long count) {

  public static ReportCountJson of(ReportCount count) {
    return new ReportCountJson(count.year(), count.reason(), count.recipient(), count.count());
  }
}
