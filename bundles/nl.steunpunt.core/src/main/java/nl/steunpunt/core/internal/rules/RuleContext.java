package nl.steunpunt.core.internal.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.report.Drafts;
import nl.steunpunt.store.FollowUp;

/**
 * What a rule sees of a new event, and what it may do: add tasks, draft a report, mark a critical
 * moment — in the event's transaction, each audited as done by the rule for the user who recorded
 * the event.
 */
final class RuleContext {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final Gate gate;
  private final Permit permit;
  private final Family family;
  private final Trajectory trajectory;
  private final Event event;
  private final String rule;

  /** For the event, appended under the permit to record it. */
  RuleContext(Gate gate, Permit permit, Event event, String rule) {
    this.gate = gate;
    this.permit = permit;
    this.family = permit.family();
    this.trajectory = permit.trajectory();
    this.event = event;
    this.rule = rule;
  }

  RuleContext as(String name) {
    return new RuleContext(gate, permit, event, name);
  }

  Event event() {
    return event;
  }

  String reference() {
    return family.reference();
  }

  /** The member the event concerns, if it names one. */
  Optional<Member> member() {
    return event.memberId().flatMap(permit::member);
  }

  List<Member> siblings() {
    return permit.members().stream().filter(m -> m.role() == MemberRole.SIBLING).toList();
  }

  /** Adds an open task owned by the user who recorded the event. */
  void task(String title, int dueInDays) {
    permit.store().tasks().insert(newTask(title, dueInDays));
  }

  /**
   * Adds an open task owned by the user who recorded the event, as a follow-up of the event the
   * evaluation counts (a support plan, a sibling's risk review).
   */
  void task(String title, int dueInDays, FollowUp.Kind kind, Optional<Member> sibling) {
    Task task = newTask(title, dueInDays);
    permit
        .store()
        .tasks()
        .insert(task, new FollowUp(kind, event.sequence(), sibling.map(Member::id)));
  }

  private Task newTask(String title, int dueInDays) {
    LocalDate today = gate.now().atZone(NETHERLANDS).toLocalDate();
    Task task =
        new Task(
            UUID.randomUUID(),
            trajectory.id(),
            title,
            new TaskOwner.Staff(event.recordedBy()),
            today.plusDays(dueInDays),
            TaskState.OPEN,
            1);
    audit(DataCategory.TASKS, "task", task.id());
    return task;
  }

  /** Drafts a report about the member, unless one for the same reason is still open. */
  void draftReport(Member member, ReportReason reason) {
    if (permit.hasOpenReport(member, reason)) {
      return;
    }
    SecurityReport draft =
        Drafts.draft(UUID.randomUUID(), trajectory.id(), member.id(), reason, gate.now());
    permit.store().reports().insert(draft);
    audit(DataCategory.SECURITY_REPORTS, "report", draft.id());
  }

  /** Marks the event as a critical moment of the family. */
  void criticalMoment(Member member) {
    permit
        .store()
        .criticalMoments()
        .insert(
            new CriticalMoment(trajectory.id(), event.sequence(), member.id(), event.occurredAt()));
    audit(DataCategory.TRAJECTORY_STATUS, "critical-moment", event.sequence());
  }

  /** A short, stable name for a member in a task title: no name, only part of the id. */
  static String tag(Member member) {
    return "member " + member.id().toString().substring(0, 8);
  }

  private void audit(DataCategory category, String objectType, Object id) {
    gate.record(
        Action.CREATE,
        category,
        objectType,
        id,
        family.id(),
        Purpose.CARE,
        Optional.empty(),
        Optional.of("rule: " + rule));
  }
}
