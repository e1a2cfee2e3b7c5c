package nl.steunpunt.core.internal.report;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.Gate;

/**
 * Who receives a report, and what they see of it: the minimal data set the centre disclosed, never
 * more. A report the family made itself reaches its recipient outside the platform.
 */
final class Recipients {

  private Recipients() {}

  /** The family the report is about. */
  static Family familyOf(SecurityReport report, Gate g) {
    return g.store()
        .families()
        .find(g.store().trajectories().find(report.trajectoryId()).orElseThrow().familyId())
        .orElseThrow();
  }

  /** Tells whether the centre made the report to the actor's organisation. */
  static boolean addressedTo(
      SecurityReport report, Family family, Actor actor, AccessPolicy policy) {
    Optional<Disclosure> disclosure = report.disclosure();
    Optional<Recipient> recipient = policy.recipient(actor);
    if (disclosure.isEmpty()
        || disclosure.get().reporter() != Reporter.CENTRE
        || recipient.isEmpty()
        || disclosure.get().recipient() != recipient.get()) {
      return false;
    }
    if (recipient.get() == Recipient.POLICE) {
      return true;
    }
    return policy.governedBy(actor).contains(family.municipality());
  }

  /** What the recipient sees. Only for reports the centre made. */
  static ReceivedReport view(SecurityReport report) {
    Disclosure disclosure = report.disclosure().orElseThrow();
    return new ReceivedReport(
        report.id(),
        disclosure.recipient(),
        report.state(),
        disclosure.reportedAt(),
        disclosure.dataSet().orElseThrow(),
        report.acknowledgedAt(),
        report.version());
  }

  /** The disclosure for the audit log: who, to whom, on what basis; no personal data. */
  static String describe(Disclosure disclosure) {
    return "reporter="
        + disclosure.reporter()
        + " recipient="
        + disclosure.recipient()
        + (disclosure.override().isPresent() ? " OVERRIDE without consultation" : "")
        + (disclosure.dataSet().isPresent() ? " disclosed=minimal-data-set" : " disclosed=nothing");
  }
}
