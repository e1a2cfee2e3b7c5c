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
  INACTIVE,
  /**
   * The family's personal data was erased (on request, or when its retention period had passed):
   * only anonymous facts for the evaluation remain, and the services answer as if the family did
   * not exist.
   *
   * @since 0.2
   */
  ERASED
}
