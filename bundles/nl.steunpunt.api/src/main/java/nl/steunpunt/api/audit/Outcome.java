package nl.steunpunt.api.audit;

/**
 * How an audited action ended.
 *
 * @since 0.1
 */
public enum Outcome {
  /** The action was allowed and done. */
  ALLOWED,
  /** The access policy refused it. */
  DENIED
}
