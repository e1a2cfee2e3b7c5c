package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import nl.steunpunt.store.jdbc.AuditLog;
import nl.steunpunt.store.jdbc.BreakGlassRecords;
import nl.steunpunt.store.jdbc.CriticalMomentRecords;
import nl.steunpunt.store.jdbc.ErasureRecords;
import nl.steunpunt.store.jdbc.EvaluationQueries;
import nl.steunpunt.store.jdbc.EventLog;
import nl.steunpunt.store.jdbc.FamilyRecords;
import nl.steunpunt.store.jdbc.LoginThrottleRecords;
import nl.steunpunt.store.jdbc.MemberRecords;
import nl.steunpunt.store.jdbc.NoteRecords;
import nl.steunpunt.store.jdbc.PartnerCursors;
import nl.steunpunt.store.jdbc.PartnerRecords;
import nl.steunpunt.store.jdbc.PartnerSettingRecords;
import nl.steunpunt.store.jdbc.ReferralRecords;
import nl.steunpunt.store.jdbc.ReportRecords;
import nl.steunpunt.store.jdbc.StoreSession;
import nl.steunpunt.store.jdbc.TaskRecords;
import nl.steunpunt.store.jdbc.TrajectoryRecords;
import nl.steunpunt.store.jdbc.WebSessionRecords;

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
