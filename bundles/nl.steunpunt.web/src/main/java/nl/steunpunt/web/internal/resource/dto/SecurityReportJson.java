package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;

/**
 * A security report as the centre's staff see it. {@code consultation}, {@code disclosure}, {@code
 * acknowledgedAt} and {@code withdrawal} are null until they happen.
 */
public record SecurityReportJson(
    UUID id,
    UUID trajectoryId,
    UUID memberId,
    ReportReason reason,
    ReportState state,
    String createdAt,
    ConsultationJson consultation,
    DisclosureJson disclosure,
    String acknowledgedAt,
    String withdrawal,
    boolean overridden,
    long version) {

  /** The consultation of the parents. */
  public record ConsultationJson(
      String consultedAt,
      List<UUID> consulted,
      Reporter reporter,
      Recipient recipient,
      String recordedBy) {

    static ConsultationJson of(Consultation consultation) {
      return new ConsultationJson(
          Dates.format(consultation.consultedAt()),
          consultation.consulted(),
          consultation.reporter(),
          consultation.recipient(),
          consultation.recordedBy());
    }
  }

  /** How the report was made; {@code dataSet} and {@code override} are null when not so. */
  public record DisclosureJson(
      String reportedAt,
      Reporter reporter,
      Recipient recipient,
      String legalBasis,
      MinimalDataSetJson dataSet,
      String override,
      String recordedBy) {

    static DisclosureJson of(Disclosure disclosure) {
      return new DisclosureJson(
          Dates.format(disclosure.reportedAt()),
          disclosure.reporter(),
          disclosure.recipient(),
          disclosure.legalBasis(),
          disclosure.dataSet().map(MinimalDataSetJson::of).orElse(null),
          disclosure.override().orElse(null),
          disclosure.recordedBy());
    }

    /** Leaves the override's reason and the data set out: free text may name people. */
    @Override
    public String toString() {
      return "DisclosureJson[reporter=" + reporter + ", recipient=" + recipient + "]";
    }
  }

  public static SecurityReportJson of(SecurityReport report) {
    return new SecurityReportJson(
        report.id(),
        report.trajectoryId(),
        report.memberId(),
        report.reason(),
        report.state(),
        Dates.format(report.createdAt()),
        report.consultation().map(ConsultationJson::of).orElse(null),
        report.disclosure().map(DisclosureJson::of).orElse(null),
        report.acknowledgedAt().map(Dates::format).orElse(null),
        report.withdrawal().orElse(null),
        report.overridden(),
        report.version());
  }

  /** Leaves the withdrawal and the disclosure out: free text may name people. */
  @Override
  public String toString() {
    return "SecurityReportJson[id=" + id + ", state=" + state + "]";
  }
}
