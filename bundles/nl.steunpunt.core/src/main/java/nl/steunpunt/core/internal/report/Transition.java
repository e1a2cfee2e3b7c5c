package nl.steunpunt.core.internal.report;

import java.util.EnumSet;
import java.util.Set;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.report.ReportState;

/**
 * The security report workflow as one table: every move a report can make, from which states to
 * which state, decided as which action, for whom, and what the audit log gets besides the policy's
 * decision. {@link Workflow} makes every state change from it, so a move that is not a row here
 * cannot happen; the API's {@link ReportState#next()} is the same graph, and a test holds the two
 * together.
 */
enum Transition {
  /** The parents were consulted: who reports, to whom. */
  CONSULT(
      EnumSet.of(ReportState.DRAFT),
      ReportState.CONSULTED,
      Action.UPDATE,
      Who.STAFF,
      Audited.DECISION),
  /** The report is made as agreed with the parents: by the centre, or by the family itself. */
  REPORT(
      EnumSet.of(ReportState.CONSULTED),
      ReportState.REPORTED,
      Action.DISCLOSE,
      Who.STAFF,
      Audited.DISCLOSURE),
  /** Acute danger: a team lead reports a draft without consulting the parents, with a reason. */
  REPORT_WITHOUT_CONSULTATION(
      EnumSet.of(ReportState.DRAFT),
      ReportState.REPORTED,
      Action.DISCLOSE,
      Who.TEAM_LEAD,
      Audited.DISCLOSURE),
  /** The centre records that the recipient of a report the family made received it. */
  ACKNOWLEDGE(
      EnumSet.of(ReportState.REPORTED),
      ReportState.ACKNOWLEDGED,
      Action.UPDATE,
      Who.STAFF,
      Audited.DECISION),
  /** The recipient of a report the centre made acknowledges it. */
  ACKNOWLEDGE_RECEIVED(
      EnumSet.of(ReportState.REPORTED),
      ReportState.ACKNOWLEDGED,
      Action.UPDATE,
      Who.RECIPIENT,
      Audited.RECEIPT),
  /** Done. */
  CLOSE(
      EnumSet.of(ReportState.ACKNOWLEDGED),
      ReportState.CLOSED,
      Action.UPDATE,
      Who.STAFF,
      Audited.DECISION),
  /** Dropped, with a reason, before it was reported. */
  WITHDRAW(
      EnumSet.of(ReportState.DRAFT, ReportState.CONSULTED),
      ReportState.WITHDRAWN,
      Action.UPDATE,
      Who.STAFF,
      Audited.DECISION);

  /** Who may make a move. */
  enum Who {
    /** Whoever the access policy lets take the move's action on the trajectory's reports. */
    STAFF,
    /** As {@link #STAFF}, and a team lead. */
    TEAM_LEAD,
    /** The organisation the centre made the report to, which needs no grant on the trajectory. */
    RECIPIENT
  }

  /** What the audit log gets besides the policy's decision on the action. */
  enum Audited {
    /** Nothing more. */
    DECISION,
    /** A disclosure entry: reporter, recipient, what was disclosed. */
    DISCLOSURE,
    /** An update entry by the recipient, "acknowledged by the recipient". */
    RECEIPT
  }

  final Set<ReportState> from;
  final ReportState to;
  final Action action;
  final Who who;
  final Audited audited;

  Transition(Set<ReportState> from, ReportState to, Action action, Who who, Audited audited) {
    this.from = from;
    this.to = to;
    this.action = action;
    this.who = who;
    this.audited = audited;
  }

  /** Refuses the move from a state the table does not list it from, with a reason to act on. */
  void check(ReportState state) {
    if (!from.contains(state)) {
      throw new ConflictException(refusal(state));
    }
  }

  /** The states the table lets a report in a state move to; empty for a final state. */
  static Set<ReportState> next(ReportState state) {
    Set<ReportState> next = EnumSet.noneOf(ReportState.class);
    for (Transition t : values()) {
      if (t.from.contains(state)) {
        next.add(t.to);
      }
    }
    return next;
  }

  private String refusal(ReportState state) {
    if (this == REPORT_WITHOUT_CONSULTATION) {
      return "Only a draft can be reported without a consultation; this report is " + state + ".";
    }
    Set<ReportState> next = next(state);
    if (next.isEmpty()) {
      return "The report is " + state + ": it cannot change any more.";
    }
    if (to == ReportState.REPORTED && state == ReportState.DRAFT) {
      return "The parents have not been consulted yet: record the consultation first, or let a"
          + " team lead report without it in acute danger.";
    }
    if (to == ReportState.WITHDRAWN) {
      return "A report that was " + state + " cannot be withdrawn any more.";
    }
    return "A report that is " + state + " cannot become " + to + "; next is one of " + next + ".";
  }
}
