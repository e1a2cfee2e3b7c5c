package nl.steunpunt.api.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One use of break-glass: a counsellor or team lead opened a family outside their relationship with
 * it, for a stated reason, until it expired by itself. Every access in the window is flagged in the
 * audit log, and the privacy officer reviews every use.
 *
 * @param id the id
 * @param familyId the family opened
 * @param user who opened it
 * @param organisation the organisation of that user
 * @param reason why, in the user's words (no personal data, please)
 * @param openedAt when it was opened
 * @param expiresAt when the access ends by itself
 * @param review the privacy officer's review, once done
 * @since 0.1
 */
public record BreakGlass(
    UUID id,
    UUID familyId,
    String user,
    String organisation,
    String reason,
    Instant openedAt,
    Instant expiresAt,
    Optional<Review> review) {

  /** Creates the record; every part is required. */
  public BreakGlass {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(review, "review");
  }

  /** Tells whether the access is still open at {@code now}. */
  public boolean openAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /**
   * The privacy officer's conclusion on one use.
   *
   * @param justified whether the use was justified
   * @param remark a short remark
   * @param reviewedBy the privacy officer
   * @param reviewedAt when
   */
  public record Review(boolean justified, String remark, String reviewedBy, Instant reviewedAt) {

    /** Creates the review; every part is required. */
    public Review {
      Objects.requireNonNull(remark, "remark");
      Objects.requireNonNull(reviewedBy, "reviewedBy");
      Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
  }
}
