package nl.steunpunt.core.internal.rules;

import nl.steunpunt.api.trajectory.EventDetail;

/** A return: detention and prosecution are to be coordinated with the municipality. */
final class ReturnRule implements Rule {

  static final int DUE_DAYS = 3;

  @Override
  public void fire(RuleContext context) {
    if (!(context.event().detail() instanceof EventDetail.Return)) {
      return;
    }
    context.task(
        context.reference() + ": coordinate detention and prosecution with the municipality",
        DUE_DAYS);
  }
}
