package nl.steunpunt.core.internal.report;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;

/**
 * Makes a {@link Transition}, the one way a report's state changes: load the report, decide who
 * may, check the table, apply the move's own change, write it against the version the caller read,
 * audit. A move can change what it records (a consultation, a disclosure), never which state it
 * ends in.
 */
final class Workflow {

  static final String REPORT = "report";

  private final Cases cases;

  Workflow(Cases cases) {
    this.cases = cases;
  }

  /** What a move by the centre's staff records, besides its state; checks of its own may refuse. */
  @FunctionalInterface
  interface Change {
    SecurityReport apply(Gate g, Permit permit, SecurityReport current);
  }

  /** A staff move ({@link Transition.Who#STAFF} or {@link Transition.Who#TEAM_LEAD}). */
  SecurityReport byStaff(
      Actor actor, UUID id, long expectedVersion, Transition move, Change change) {
    if (move.who == Transition.Who.RECIPIENT) {
      throw new IllegalArgumentException(move + " is the recipient's");
    }
    return cases.run(
        actor,
        g -> {
          Permitted<SecurityReport> allowed = g.report(move.action, id);
          SecurityReport current = allowed.record();
          Permit permit = allowed.permit();
          if (move.who == Transition.Who.TEAM_LEAD && !actor.has(Role.TEAM_LEAD)) {
            throw g.forbid(move.action, DataCategory.SECURITY_REPORTS, REPORT);
          }
          move.check(current.state());
          SecurityReport changed =
              write(permit, move, change.apply(g, permit, current), current, expectedVersion);
          if (move.audited == Transition.Audited.DISCLOSURE) {
            g.record(
                Action.DISCLOSE,
                DataCategory.SECURITY_REPORTS,
                REPORT,
                id,
                permit.family().id(),
                permit.decision().purpose(),
                permit.decision().breakGlass(),
                Optional.of(Recipients.describe(changed.disclosure().orElseThrow())));
          }
          return changed;
        });
  }

  /**
   * A move by the organisation the centre made the report to ({@link Transition.Who#RECIPIENT}): a
   * role that may never read reports is forbidden, as everywhere; another addressee is refused.
   */
  SecurityReport byRecipient(
      Actor actor,
      UUID id,
      long expectedVersion,
      Transition move,
      BiFunction<Gate, SecurityReport, SecurityReport> change) {
    if (move.who != Transition.Who.RECIPIENT) {
      throw new IllegalArgumentException(move + " is not the recipient's");
    }
    return cases.run(
        actor,
        g -> {
          // A recipient moves with no grant on the trajectory (the matrix gives the officer no
          // UPDATE), so the Gate checks the role for READ, then that the report was made to them.
          Permitted<SecurityReport> received = g.received(move.action, id);
          SecurityReport current = received.record();
          Family reported = received.permit().family();
          if (move.audited == Transition.Audited.RECEIPT) {
            g.record(
                move.action,
                DataCategory.SECURITY_REPORTS,
                REPORT,
                id,
                reported.id(),
                received.permit().decision().purpose(),
                Optional.empty(),
                Optional.of("acknowledged by the recipient"));
          }
          move.check(current.state());
          return write(received.permit(), move, change.apply(g, current), current, expectedVersion);
        });
  }

  /** The changed report in the move's state and the next version, written if still current. */
  private static SecurityReport write(
      Permit permit,
      Transition move,
      SecurityReport changed,
      SecurityReport current,
      long expected) {
    SecurityReport next = changed.withState(move.to).withVersion(current.version() + 1);
    if (!permit.store().reports().update(next, expected)) {
      throw ConflictException.stale(REPORT, expected);
    }
    return next;
  }
}
