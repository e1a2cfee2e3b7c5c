package nl.steunpunt.api.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The consent a referral was made with: who gave it, when and how.
 *
 * <p>The rules, checked when a referral is made (see {@link TrajectoryService#refer}): a member
 * under 16 needs the consent of the parents or guardians; a member of 16 or older may consent alone
 * or through the parents or guardians. (The WGBO also asks a child of 12 to 15 to consent together
 * with the parents; the platform records the parents' consent only.) The platform knows a member's
 * birth year, not the date of birth, so the member's age on the day consent was given is counted as
 * the lowest it can be: that day's year minus the birth year minus one. When in doubt, the parents
 * consent.
 *
 * @param by who consented
 * @param parentIds the members who consented for the member when {@code by} is {@link
 *     ConsentBy#PARENTS}: parents or guardians of the same family, at least one, at most {@value
 *     #MAX_PARENTS}; empty when the member consented
 * @param givenOn the day consent was given, not in the future (in the Netherlands)
 * @param form how it was given
 * @since 0.1
 */
public record Consent(ConsentBy by, List<UUID> parentIds, LocalDate givenOn, ConsentForm form) {

  /** The most parents or guardians one consent can name. */
  public static final int MAX_PARENTS = 10;

  /** Creates the consent; every part is required, the ids are copied. */
  public Consent {
    Objects.requireNonNull(by, "by");
    parentIds = List.copyOf(parentIds);
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(form, "form");
  }
}
