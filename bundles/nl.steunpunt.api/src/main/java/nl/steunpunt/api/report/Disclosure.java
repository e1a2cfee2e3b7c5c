package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report was made: by the centre (with the minimal data set it disclosed) or by the family
 * (which the centre records).
 *
 * @param reportedAt when the report was made
 * @param reporter who made it
 * @param recipient to whom
 * @param legalBasis the legal basis, from the configured list
 * @param dataSet what the centre disclosed; empty when the family reported itself
 * @param override the reason a team lead reported without a completed consultation, if so
 * @param recordedBy the staff user who recorded it
 * @since 0.1
 */
public record Disclosure(
    Instant reportedAt,
    Reporter reporter,
    Recipient recipient,
    String legalBasis,
    Optional<MinimalDataSet> dataSet,
    Optional<String> override,
    String recordedBy) {

  /** Creates the disclosure; every part is required. */
  public Disclosure {
    Objects.requireNonNull(reportedAt, "reportedAt");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(dataSet, "dataSet");
    Objects.requireNonNull(override, "override");
    Objects.requireNonNull(recordedBy, "recordedBy");
  }
}
