package nl.steunpunt.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.SecurityReport;
import org.osgi.annotation.versioning.ProviderType;

/** Security reports, with their consultation and disclosure (the disclosed data set as made). */
@ProviderType
public interface ReportRecords {

  void insert(SecurityReport report);

  Optional<SecurityReport> find(UUID id);

  /** Replaces a report if it is still at the expected version; false otherwise. */
  boolean update(SecurityReport report, long expectedVersion);

  /** The reports of a trajectory, newest first. */
  List<SecurityReport> ofTrajectory(UUID trajectoryId);

  /**
   * Reports of the families in scope (all when empty), in one state if given, newest first: the
   * staff's overview.
   */
  Page<SecurityReport> search(
      Optional<FamilyScope> scope,
      Optional<nl.steunpunt.api.report.ReportState> state,
      PageRequest page);

  /** Whether the member has a report that is neither withdrawn nor closed for this reason. */
  boolean openFor(UUID memberId, nl.steunpunt.api.report.ReportReason reason);

  /**
   * Reports the centre disclosed to a recipient, newest first: for the police, all of those to the
   * police; for a municipality, those to the municipality about families in these municipalities
   * (CBS codes).
   */
  Page<SecurityReport> disclosedTo(
      Recipient recipient, Optional<Set<String>> municipalities, PageRequest page);

  /**
   * Reports disclosed by the centre before {@code before} and not acknowledged, for which no
   * reminder was recorded yet.
   */
  List<SecurityReport> unacknowledgedWithoutReminder(Instant before);

  /**
   * Claims the report's reminder: records that one is made, unless that was recorded already (by
   * another node meanwhile). One conditional update, so of two nodes at once only one claims it.
   *
   * @return whether this call claimed it; make the reminder only then
   * @since 0.3
   */
  boolean reminded(UUID id, Instant at);
}
