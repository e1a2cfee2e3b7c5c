package nl.steunpunt.api.report;

/**
 * To whom a report goes.
 *
 * @since 0.1
 */
public enum Recipient {
  /** The municipality of the family. */
  MUNICIPALITY,
  /** The police. */
  POLICE
}
