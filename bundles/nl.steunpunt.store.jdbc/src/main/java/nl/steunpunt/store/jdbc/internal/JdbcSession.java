package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import nl.steunpunt.store.AuditLog;
import nl.steunpunt.store.BreakGlassRecords;
import nl.steunpunt.store.CriticalMomentRecords;
import nl.steunpunt.store.ErasureRecords;
import nl.steunpunt.store.EvaluationQueries;
import nl.steunpunt.store.EventLog;
import nl.steunpunt.store.FamilyRecords;
import nl.steunpunt.store.LoginThrottleRecords;
import nl.steunpunt.store.MemberRecords;
import nl.steunpunt.store.NoteRecords;
import nl.steunpunt.store.PartnerCursors;
import nl.steunpunt.store.PartnerRecords;
import nl.steunpunt.store.PartnerSettingRecords;
import nl.steunpunt.store.ReferralRecords;
import nl.steunpunt.store.ReportRecords;
import nl.steunpunt.store.StoreSession;
import nl.steunpunt.store.TaskRecords;
import nl.steunpunt.store.TrajectoryRecords;
import nl.steunpunt.store.WebSessionRecords;

/**
 * The records of one transaction, all on its one connection. The audit log is one per session: it
 * holds the entries appended until the transaction commits, and seals the log (on a connection of
 * the sealer's own) before verifying it.
 */
final class JdbcSession implements StoreSession {

  private final Sql sql;
  private final JdbcAuditLog audit;

  JdbcSession(Connection connection, boolean readOnly, AuditSealer sealer) {
    this.sql = new Sql(connection);
    this.audit = new JdbcAuditLog(sql, readOnly, sealer);
  }

  @Override
  public FamilyRecords families() {
    return new JdbcFamilyRecords(sql);
  }

  @Override
  public MemberRecords members() {
    return new JdbcMemberRecords(sql);
  }

  @Override
  public TrajectoryRecords trajectories() {
    return new JdbcTrajectoryRecords(sql);
  }

  @Override
  public EventLog events() {
    return new JdbcEventLog(sql);
  }

  @Override
  public TaskRecords tasks() {
    return new JdbcTaskRecords(sql);
  }

  @Override
  public NoteRecords notes() {
    return new JdbcNoteRecords(sql);
  }

  @Override
  public ReferralRecords referrals() {
    return new JdbcReferralRecords(sql);
  }

  @Override
  public BreakGlassRecords breakGlass() {
    return new JdbcBreakGlassRecords(sql);
  }

  @Override
  public ReportRecords reports() {
    return new JdbcReportRecords(sql);
  }

  @Override
  public CriticalMomentRecords criticalMoments() {
    return new JdbcCriticalMomentRecords(sql);
  }

  @Override
  public PartnerCursors partnerCursors() {
    return new JdbcPartnerCursors(sql);
  }

  @Override
  public LoginThrottleRecords loginThrottle() {
    return new JdbcLoginThrottleRecords(sql);
  }

  @Override
  public PartnerSettingRecords partnerSettings() {
    return new JdbcPartnerSettingRecords(sql);
  }

  @Override
  public WebSessionRecords webSessions() {
    return new JdbcWebSessionRecords(sql);
  }

  @Override
  public PartnerRecords partnerRecords() {
    return new JdbcPartnerRecords(sql);
  }

  @Override
  public ErasureRecords erasures() {
    return new JdbcErasureRecords(sql);
  }

  @Override
  public EvaluationQueries evaluation() {
    return new JdbcEvaluationQueries(sql);
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  /** Writes the audit entries of the work, in its transaction; called just before the commit. */
  void writeAudit() {
    audit.write();
  }
}
