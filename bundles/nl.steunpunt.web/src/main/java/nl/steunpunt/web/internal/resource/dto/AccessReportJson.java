package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AccessReport;

/**
 * A data subject access report: the member, their family's reference, the events about them and who
 * accessed their data, by organisation and purpose.
 */
public record AccessReportJson(
    MemberJson member,
    String familyReference,
    List<EventJson> events,
    List<AccessJson> accesses,
    String generatedAt) {

  /** One access to the member's data. */
  public record AccessJson(
      String at,
      String organisation,
      Purpose purpose,
      Action action,
      DataCategory category,
      boolean emergency) {

    static AccessJson of(AccessReport.Access access) {
      return new AccessJson(
          Dates.format(access.at()),
          access.organisation(),
          access.purpose(),
          access.action(),
          access.category(),
          access.emergency());
    }
  }

  public static AccessReportJson of(AccessReport report) {
    return new AccessReportJson(
        MemberJson.of(report.member()),
        report.familyReference(),
        report.events().stream().map(EventJson::of).toList(),
        report.accesses().stream().map(AccessJson::of).toList(),
        Dates.format(report.generatedAt()));
  }

  /** Leaves the member out, so a report can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "AccessReportJson[member=" + member + "]";
  }
}
