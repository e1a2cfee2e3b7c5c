package nl.steunpunt.api.trajectory;

/**
 * How consent to a referral was given.
 *
 * @since 0.1
 */
public enum ConsentForm {
  /** On paper or by a signed message. */
  WRITTEN,
  /** Spoken, in a conversation with the counsellor. */
  ORAL
}
