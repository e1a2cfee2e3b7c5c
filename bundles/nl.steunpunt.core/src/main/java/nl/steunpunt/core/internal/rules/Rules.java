package nl.steunpunt.core.internal.rules;

import java.util.List;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;

/**
 * The critical-moment rules, fired for every new event inside the transaction that records it: if a
 * rule cannot do its work, the event is not recorded either.
 */
public final class Rules {

  private static final List<Named> ALL =
      List.of(
          new Named("death abroad", new DeathAbroadRule()),
          new Named("report draft", new ReportDraftRule()),
          new Named("return", new ReturnRule()),
          new Named("sibling risk", new SiblingRiskRule()));

  private record Named(String name, Rule rule) {}

  private Rules() {}

  /** Fires every rule for the event just appended to the permitted trajectory. */
  public static void fire(Gate gate, Permit permit, Event event) {
    RuleContext context = new RuleContext(gate, permit, event, "rules");
    for (Named named : ALL) {
      named.rule().fire(context.as(named.name()));
    }
  }
}
