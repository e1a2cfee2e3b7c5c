package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The consultation of the parents before a report: when, who was consulted, and what was agreed.
 *
 * @param consultedAt when the parents or guardians were consulted
 * @param consulted the members consulted: parents or guardians of the family
 * @param reporter who reports, as agreed
 * @param recipient to whom, as agreed
 * @param recordedBy the staff user who recorded it
 * @since 0.1
 */
public record Consultation(
    Instant consultedAt,
    List<UUID> consulted,
    Reporter reporter,
    Recipient recipient,
    String recordedBy) {

  /** Creates the consultation; every part is required. */
  public Consultation {
    Objects.requireNonNull(consultedAt, "consultedAt");
    consulted = List.copyOf(consulted);
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(recordedBy, "recordedBy");
  }
}
