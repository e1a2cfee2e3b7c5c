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

  /**
   * Returns a copy of this report with another state; every other part stays the same. The copy is
   * made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param state where the report stands
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withState(ReportState state) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }

  /**
   * Returns a copy of this report with another consultation; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param consultation the consultation of the parents
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withConsultation(Optional<Consultation> consultation) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }

  /**
   * Returns a copy of this report with another disclosure; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param disclosure how it was reported
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withDisclosure(Optional<Disclosure> disclosure) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }

  /**
   * Returns a copy of this report with another acknowledgedAt; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param acknowledgedAt when the recipient acknowledged it
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withAcknowledgedAt(Optional<Instant> acknowledgedAt) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }

  /**
   * Returns a copy of this report with another withdrawal; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param withdrawal why it was withdrawn
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withWithdrawal(Optional<String> withdrawal) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }

  /**
   * Returns a copy of this report with another version number; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new report.
   *
   * @param version the version
   * @return the copy
   * @since 2.0
   */
  public SecurityReport withVersion(long version) {
    return new SecurityReport(
        id,
        trajectoryId,
        memberId,
        reason,
        state,
        createdAt,
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        version);
  }
}
