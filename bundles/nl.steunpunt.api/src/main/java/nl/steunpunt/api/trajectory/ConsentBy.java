package nl.steunpunt.api.trajectory;

/**
 * Who gave consent to a referral.
 *
 * @since 0.1
 */
public enum ConsentBy {
  /**
   * The referred member: an adult, or a minor of 16 or older (under the WGBO a minor of 16 decides
   * alone).
   */
  MEMBER,
  /** One or more of the family's parents or guardians; required for a member under 16. */
  PARENTS
}
