package nl.steunpunt.api.access;

/**
 * Why data is used, recorded with every audit entry. The access policy derives it from the role
 * that granted the access.
 *
 * @since 0.1
 */
public enum Purpose {
  /** Counselling and case management by the centre. */
  CARE,
  /** The municipality's part of a full trajectory. */
  MUNICIPAL_SUPPORT,
  /** Reports to and follow-up by the police liaison. */
  SECURITY_REPORTING,
  /** Therapy for a referred member. */
  THERAPY,
  /** Indicators for the evaluation. */
  EVALUATION,
  /** Supervision by the privacy officer: audit, reviews, data subject requests. */
  PRIVACY_SUPERVISION,
  /** Running the platform. */
  OPERATIONS,
  /** An emergency opening of a family outside one's relationship. */
  EMERGENCY
}
