package nl.steunpunt.api.family;

/**
 * The family's background, recorded only for aggregate evaluation (the share of families of Dutch
 * origin).
 *
 * @since 0.1
 */
public enum Background {
  /** A family of Dutch origin (the child who left is a convert). */
  DUTCH_ORIGIN,
  /** A family with a migrant background. */
  MIGRANT_BACKGROUND,
  /** Not recorded. */
  NOT_RECORDED
}
