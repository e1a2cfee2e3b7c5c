package nl.steunpunt.store;

import org.osgi.annotation.versioning.ProviderType;

/** The records, inside one transaction. Valid only while the work runs. */
@ProviderType
public interface StoreSession {
  /** Families and their references. */
  FamilyRecords families();

  /** Members. */
  MemberRecords members();

  /** Trajectories, with team and partners. */
  TrajectoryRecords trajectories();

  /** The append-only event log. */
  EventLog events();

  /** Tasks. */
  TaskRecords tasks();

  /** Notes. */
  NoteRecords notes();

  /** Referrals to therapy providers. */
  ReferralRecords referrals();

  /** Uses of break-glass. */
  BreakGlassRecords breakGlass();

  /** Security reports. */
  ReportRecords reports();

  /** Critical moments. */
  CriticalMomentRecords criticalMoments();

  /** Where event delivery to each partner stands. */
  PartnerCursors partnerCursors();

  /** The partners' own records. */
  PartnerRecords partnerRecords();

  /**
   * Erasures of families' personal data.
   *
   * @since 0.2
   */
  ErasureRecords erasures();

  /**
   * The web face's browser sessions.
   *
   * @since 0.3
   */
  WebSessionRecords webSessions();

  /**
   * The login throttle's failures and locks.
   *
   * @since 0.3
   */
  LoginThrottleRecords loginThrottle();

  /**
   * The operator's partner settings (grants and allow-list entries), the source of truth for every
   * node.
   *
   * @since 0.4
   */
  PartnerSettingRecords partnerSettings();

  /** The evaluation's indicators, as aggregates. */
  EvaluationQueries evaluation();

  /** The audit log; entries are written when the work commits. */
  AuditLog audit();
}
