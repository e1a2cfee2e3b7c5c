package nl.steunpunt.core.internal.rules;

import java.util.Optional;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.store.FollowUp;

/**
 * Contact from abroad with a brother or sister, or a concern about one: a risk review of that
 * sibling within a week.
 */
final class SiblingRiskRule implements Rule {

  static final int DUE_DAYS = 7;

  @Override
  public void fire(RuleContext context) {
    EventDetail detail = context.event().detail();
    if (!(detail instanceof EventDetail.ContactFromAbroad)
        && !(detail instanceof EventDetail.SiblingConcern)) {
      return;
    }
    context
        .member()
        .filter(m -> m.role() == MemberRole.SIBLING)
        .ifPresent(
            sibling ->
                context.task(
                    context.reference()
                        + ": risk review of sibling ("
                        + RuleContext.tag(sibling)
                        + ")",
                    DUE_DAYS,
                    FollowUp.Kind.SIBLING_REVIEW,
                    Optional.of(sibling)));
  }
}
