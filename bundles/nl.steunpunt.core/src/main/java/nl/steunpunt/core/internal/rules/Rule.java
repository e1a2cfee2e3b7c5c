package nl.steunpunt.core.internal.rules;

/** One critical-moment rule: looks at a new event and acts in the same transaction. */
@FunctionalInterface
interface Rule {

  void fire(RuleContext context);
}
