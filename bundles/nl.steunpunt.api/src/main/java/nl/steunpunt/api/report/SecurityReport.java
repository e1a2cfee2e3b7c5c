package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A security report about one member, as the centre's staff see it. Recipients see only its {@link
 * ReceivedReport}.
 *
 * @param id the id
 * @param trajectoryId the trajectory
 * @param memberId the member concerned
 * @param reason why
 * @param state where it stands
 * @param createdAt when it was drafted
 * @param consultation the consultation of the parents, once recorded
 * @param disclosure how it was reported, once reported
 * @param acknowledgedAt when the recipient acknowledged it
 * @param withdrawal why it was withdrawn, if it was
 * @param version the version, for optimistic concurrency
 * @since 0.1
 */
public record SecurityReport(
    UUID id,
    UUID trajectoryId,
    UUID memberId,
    ReportReason reason,
    ReportState state,
    Instant createdAt,
    Optional<Consultation> consultation,
    Optional<Disclosure> disclosure,
    Optional<Instant> acknowledgedAt,
    Optional<String> withdrawal,
    long version) {

  /** Creates the report; every part is required. */
  public SecurityReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    Objects.requireNonNull(withdrawal, "withdrawal");
  }

  /** Tells whether a team lead reported it without a completed consultation. */
  public boolean overridden() {
    return disclosure.flatMap(Disclosure::override).isPresent();
  }
}
