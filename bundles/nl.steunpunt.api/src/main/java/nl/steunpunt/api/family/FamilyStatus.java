package nl.steunpunt.api.family;

/**
 * Whether the centre still works with the family.
 *
 * @since 0.1
 */
public enum FamilyStatus {
  /** The family has an open trajectory. */
  ACTIVE,
  /** The family's trajectory is closed. */
  INACTIVE
}
