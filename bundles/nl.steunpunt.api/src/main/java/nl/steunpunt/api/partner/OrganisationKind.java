package nl.steunpunt.api.partner;

/**
 * The kind of organisation a partner is. Together with the operator's grant it decides which events
 * and records a partner may see.
 *
 * @since 0.1
 */
public enum OrganisationKind {
  /**
   * A municipality: sees the events of families living in the municipalities of its grant (CBS
   * codes such as {@code 0363}).
   */
  MUNICIPALITY,
  /** The police: sees no timeline events; it receives security reports through the report API. */
  POLICE,
  /**
   * A therapy provider: sees the events about members with an open referral to its organisation.
   */
  THERAPY,
  /** Any other partner (an evaluation, a research partner): sees no events unless granted. */
  OTHER
}
