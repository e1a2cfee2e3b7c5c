package nl.steunpunt.core.internal.trajectory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.core.internal.validation.Check;

/**
 * The rules for the consent a referral is made with (see {@link Consent}): a member under 16 needs
 * the parents or guardians; 16 or older may consent alone. The age is the lowest the birth year
 * allows, because a possibly-15-year-old must never consent alone.
 */
public final class ReferralConsent {

  /** The age from which a member consents to treatment alone (WGBO, art. 7:447 BW). */
  public static final int CONSENTS_ALONE_FROM = 16;

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private ReferralConsent() {}

  /** The age the member has at least on the day: the birthday may still be ahead that year. */
  public static int ageAtLeast(int birthYear, LocalDate on) {
    return on.getYear() - birthYear - 1;
  }

  /** Whether the member may consent alone on that day. */
  public static boolean mayConsentAlone(Member member, LocalDate on) {
    return ageAtLeast(member.birthYear(), on) >= CONSENTS_ALONE_FROM;
  }

  /**
   * The consent's own parts: present, not in the future, parents named only when they consented.
   */
  static void checkParts(Check check, Consent consent, LocalDate today) {
    if (!check.present(consent, "consent")) {
      return;
    }
    check.that(!consent.givenOn().isAfter(today), "consent.givenOn", "must not be in the future");
    List<UUID> parents = consent.parentIds();
    if (consent.by() == ConsentBy.MEMBER) {
      check.that(parents.isEmpty(), "consent.parentIds", "must be empty when the member consented");
    } else if (check.that(
        !parents.isEmpty(), "consent.parentIds", "name at least one parent or guardian")) {
      check.that(
          parents.size() <= Consent.MAX_PARENTS,
          "consent.parentIds",
          "at most " + Consent.MAX_PARENTS + " members");
      check.that(
          new HashSet<>(parents).size() == parents.size(),
          "consent.parentIds",
          "lists a member twice");
    }
  }

  /**
   * The consent against the family: the parents named are parents or guardians of the referred
   * member's family (not the member), and a member under 16 did not consent alone.
   *
   * @param referred the referred member
   * @param family the members of the referred member's family
   */
  static void checkFor(Check check, Consent consent, Member referred, List<Member> family) {
    if (consent.by() == ConsentBy.MEMBER) {
      check.that(
          mayConsentAlone(referred, consent.givenOn()),
          "consent.by",
          "a member under " + CONSENTS_ALONE_FROM + " cannot consent alone: the parents must");
      return;
    }
    boolean allParents =
        consent.parentIds().stream()
            .allMatch(
                id ->
                    !id.equals(referred.id())
                        && family.stream()
                            .anyMatch(
                                m ->
                                    m.id().equals(id)
                                        && (m.role() == MemberRole.PARENT
                                            || m.role() == MemberRole.GUARDIAN)));
    check.that(
        allParents,
        "consent.parentIds",
        "names a member who is not a parent or guardian of this family");
  }
}
