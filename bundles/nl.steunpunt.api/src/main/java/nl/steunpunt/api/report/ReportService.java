package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The security report workflow. Every transition is its own call, checks the state machine ({@link
 * ReportState#next()}) and the version, is decided by the access policy, and is audited; a
 * disclosure is audited as such. A transition that is not allowed from the current state throws
 * {@link nl.steunpunt.api.common.ConflictException} saying why, and changes nothing.
 *
 * @since 0.1
 */
@ProviderType
public interface ReportService {

  /** Drafts a report about a member of the trajectory's family. */
  SecurityReport draft(Actor actor, UUID trajectoryId, UUID memberId, ReportReason reason);

  /** Records the consultation of the parents: DRAFT → CONSULTED. */
  SecurityReport consult(Actor actor, UUID id, long expectedVersion, NewConsultation consultation);

  /**
   * Reports as agreed in the consultation: CONSULTED → REPORTED. If the centre reports, it
   * discloses the minimal data set to the recipient; if the family reports, the centre records when
   * the family did.
   *
   * @param legalBasis one of {@link #legalBases()}
   * @param reportedAt when the family reported; ignored (now) when the centre reports
   */
  SecurityReport report(
      Actor actor, UUID id, long expectedVersion, String legalBasis, Optional<Instant> reportedAt);

  /**
   * Reports without a completed consultation, in acute danger: DRAFT → REPORTED by the centre. Only
   * a team lead may; the report and its audit entry are flagged.
   *
   * @param reason why the parents could not be consulted first; required
   */
  SecurityReport reportWithoutConsultation(
      Actor actor,
      UUID id,
      long expectedVersion,
      String legalBasis,
      Recipient recipient,
      String reason);

  /** The recipient (or, for a report the family made, the centre) confirms receipt. */
  SecurityReport acknowledge(Actor actor, UUID id, long expectedVersion);

  /** Closes an acknowledged report. */
  SecurityReport close(Actor actor, UUID id, long expectedVersion);

  /** Withdraws a report before it was made, with a reason. */
  SecurityReport withdraw(Actor actor, UUID id, long expectedVersion, String reason);

  /** Reads one report as the centre's staff see it. */
  Optional<SecurityReport> find(Actor actor, UUID id);

  /**
   * The reports of the families the actor may see (a team lead: all), newest first, optionally in
   * one state: the staff's overview.
   */
  Page<SecurityReport> list(Actor actor, Optional<ReportState> state, PageRequest page);

  /** The reports of a trajectory, newest first. */
  List<SecurityReport> ofTrajectory(Actor actor, UUID trajectoryId);

  /** The reports made to the actor's organisation, as its recipients see them, newest first. */
  Page<ReceivedReport> received(Actor actor, PageRequest page);

  /** Acknowledges a received report, as its recipient. */
  ReceivedReport acknowledgeReceived(Actor actor, UUID id, long expectedVersion);

  /** The legal bases a report may name, as configured. */
  List<String> legalBases();
}
