package nl.steunpunt.store;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Why a rule made a task, as far as the evaluation counts it: the follow-up of an event.
 *
 * @param kind what the task is
 * @param event the sequence of the event it follows up (for a death abroad, the critical moment's)
 * @param member the sibling to review, for a review
 */
public record FollowUp(Kind kind, long event, Optional<UUID> member) {

  /** The follow-ups the evaluation counts. */
  public enum Kind {
    /** The family's support plan after a death abroad. */
    SUPPORT_PLAN,
    /** The risk review of a sibling. */
    SIBLING_REVIEW
  }

  /** Creates the follow-up; every part is required. */
  public FollowUp {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(member, "member");
  }
}
