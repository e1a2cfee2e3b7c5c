package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.ReportReason;

/** The minimal data set of a report: all a recipient ever sees of it. */
public record MinimalDataSetJson(
    String familyReference,
    String givenName,
    int birthYear,
    ReportReason reason,
    String date,
    String centreContact) {

  public static MinimalDataSetJson of(MinimalDataSet dataSet) {
    return new MinimalDataSetJson(
        dataSet.familyReference(),
        dataSet.givenName(),
        dataSet.birthYear(),
        dataSet.reason(),
        dataSet.date().toString(),
        dataSet.centreContact());
  }

  /** Leaves the name out, so a data set can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "MinimalDataSetJson[reason=" + reason + "]";
  }
}
