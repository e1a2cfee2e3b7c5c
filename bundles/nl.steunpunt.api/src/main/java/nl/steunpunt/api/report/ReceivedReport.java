package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as its recipient (police liaison or municipality officer) sees it: the minimal data set
 * and the state of the acknowledgement, nothing else.
 *
 * @param id the report's id
 * @param recipient to whom it was made
 * @param state REPORTED, ACKNOWLEDGED or CLOSED
 * @param reportedAt when it was made
 * @param dataSet the minimal data set
 * @param acknowledgedAt when it was acknowledged, if it was
 * @param version the version, for acknowledging
 * @since 0.1
 */
public record ReceivedReport(
    UUID id,
    Recipient recipient,
    ReportState state,
    Instant reportedAt,
    MinimalDataSet dataSet,
    Optional<Instant> acknowledgedAt,
    long version) {

  /** Creates the view; every part is required. */
  public ReceivedReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reportedAt, "reportedAt");
    Objects.requireNonNull(dataSet, "dataSet");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
  }
}
