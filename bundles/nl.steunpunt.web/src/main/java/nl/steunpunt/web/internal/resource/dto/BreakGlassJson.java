package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.access.BreakGlass;

/** A use of break-glass as the REST API shows it; {@code review} is null until it is reviewed. */
public record BreakGlassJson(
    UUID id,
    UUID familyId,
    String user,
    String organisation,
    String reason,
    String openedAt,
    String expiresAt,
    ReviewJson review) {

  /** The privacy officer's review of a use. */
  public record ReviewJson(boolean justified, String remark, String reviewedBy, String reviewedAt) {

    static ReviewJson of(BreakGlass.Review review) {
      return new ReviewJson(
          review.justified(),
          review.remark(),
          review.reviewedBy(),
          Dates.format(review.reviewedAt()));
    }

    /** Leaves the remark out: free text may name people. */
    @Override
    public String toString() {
      return "ReviewJson[justified=" + justified + "]";
    }
  }

  public static BreakGlassJson of(BreakGlass use) {
    return new BreakGlassJson(
        use.id(),
        use.familyId(),
        use.user(),
        use.organisation(),
        use.reason(),
        Dates.format(use.openedAt()),
        Dates.format(use.expiresAt()),
        use.review().map(ReviewJson::of).orElse(null));
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "BreakGlassJson[id=" + id + "]";
  }
}
