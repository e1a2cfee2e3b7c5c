package nl.steunpunt.core.internal.rules;

import java.util.Optional;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.store.FollowUp;

/**
 * A death abroad is a critical moment: a support plan for the family within two days, and a risk
 * review of every brother and sister within a week, so nobody forgets them.
 */
final class DeathAbroadRule implements Rule {

  static final int SUPPORT_PLAN_DAYS = 2;
  static final int RISK_REVIEW_DAYS = 7;

  @Override
  public void fire(RuleContext context) {
    if (!(context.event().detail() instanceof EventDetail.DeathAbroad)) {
      return;
    }
    context.task(
        context.reference() + ": support plan for the family",
        SUPPORT_PLAN_DAYS,
        FollowUp.Kind.SUPPORT_PLAN,
        Optional.empty());
    for (Member sibling : context.siblings()) {
      context.task(
          context.reference() + ": risk review of sibling (" + RuleContext.tag(sibling) + ")",
          RISK_REVIEW_DAYS,
          FollowUp.Kind.SIBLING_REVIEW,
          Optional.of(sibling));
    }
    context.member().ifPresent(context::criticalMoment);
  }
}
