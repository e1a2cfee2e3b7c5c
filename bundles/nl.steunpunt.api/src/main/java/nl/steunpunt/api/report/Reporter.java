package nl.steunpunt.api.report;

/**
 * Who makes the report, as agreed with the parents.
 *
 * @since 0.1
 */
public enum Reporter {
  /** The family reports itself; the centre records that it did. */
  FAMILY,
  /** The centre reports, disclosing the minimal data set. */
  CENTRE
}
