package nl.steunpunt.demo.internal;

import java.time.LocalDate;
import nl.steunpunt.api.family.Member;

/**
 * The two rules of the core the demo's data must follow, copied because this bundle may not use the
 * core's internals: the family reference ({@code FamilyRules.reference}) and who may consent to a
 * referral alone ({@code ReferralConsent.mayConsentAlone}). A test of the core checks that these
 * copies answer as the originals do.
 */
public final class CopiedRules {

  /** The age from which a member consents to treatment alone (WGBO, art. 7:447 BW). */
  static final int CONSENTS_ALONE_FROM = 16;

  private CopiedRules() {}

  /** The pseudonymous reference of the {@code number}th family of a year: F-2026-0042. */
  public static String reference(int year, int number) {
    if (number > 9999) {
      throw new IllegalStateException("more than 9999 families registered in " + year);
    }
    return String.format("F-%04d-%04d", year, number);
  }

  /**
   * Whether the member may consent alone on that day: the age the birth year allows at least (the
   * birthday may still be ahead that year) is 16 or more.
   */
  public static boolean mayConsentAlone(Member member, LocalDate on) {
    return on.getYear() - member.birthYear() - 1 >= CONSENTS_ALONE_FROM;
  }
}
