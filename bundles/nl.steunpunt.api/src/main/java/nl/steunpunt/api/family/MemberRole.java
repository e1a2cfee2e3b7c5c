package nl.steunpunt.api.family;

/**
 * A member's place in the family.
 *
 * @since 0.1
 */
public enum MemberRole {
  /** A mother or father. */
  PARENT,
  /** A legal guardian. */
  GUARDIAN,
  /** A brother or sister who stayed behind. */
  SIBLING,
  /** The child who left for, or is in, the conflict zone. */
  CHILD_ABROAD,
  /** Another relative: grandparent, aunt, uncle, cousin. */
  OTHER_RELATIVE
}
