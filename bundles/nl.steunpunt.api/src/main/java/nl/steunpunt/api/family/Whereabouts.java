package nl.steunpunt.api.family;

/**
 * Where a member is, as far as the centre knows.
 *
 * @since 0.1
 */
public enum Whereabouts {
  /** At home in the Netherlands. */
  AT_HOME_NL,
  /** Abroad, in the conflict zone. */
  ABROAD_CONFLICT_ZONE,
  /** Returned from the conflict zone. */
  RETURNED,
  /** Detained (in the Netherlands or abroad). */
  DETAINED,
  /** Deceased. */
  DECEASED,
  /** Not known. */
  UNKNOWN
}
