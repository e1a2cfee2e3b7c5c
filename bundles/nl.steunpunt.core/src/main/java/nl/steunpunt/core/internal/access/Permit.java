package nl.steunpunt.core.internal.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.StoreSession;

/**
 * An allowed access to one family, with what was read to decide it: only a decision of the {@link
 * Gate} yields one. It is the door to the family's records for the rest of the work: its reads
 * return only what belongs to the family and its trajectory, and {@link #store()} is how the work
 * writes once it was allowed. Valid only while the work that decided it runs.
 */
public final class Permit {

  private final StoreSession session;
  private final Family family;
  private final Trajectory trajectory;
  private final Relationship relationship;
  private final Decision decision;

  Permit(
      StoreSession session,
      Family family,
      Trajectory trajectory,
      Relationship relationship,
      Decision decision) {
    this.session = session;
    this.family = family;
    this.trajectory = trajectory;
    this.relationship = relationship;
    this.decision = decision;
  }

  /** The family. */
  public Family family() {
    return family;
  }

  /** Its trajectory. */
  public Trajectory trajectory() {
    return trajectory;
  }

  /** What ties the actor to it. */
  public Relationship relationship() {
    return relationship;
  }

  /** The decision. */
  public Decision decision() {
    return decision;
  }

  /** The records, for what the work writes now that it was allowed. */
  public StoreSession store() {
    return session;
  }

  /** The family's members. */
  public List<Member> members() {
    return session.members().ofFamily(family.id());
  }

  /**
   * The members this decision lets the actor see, in the order they were added: all of them, or for
   * therapy the members referred to the therapist.
   */
  public List<Member> visibleMembers() {
    List<Member> members = members();
    if (decision.purpose() != Purpose.THERAPY) {
      return members;
    }
    Set<UUID> referred = relationship.referredMembers();
    return members.stream().filter(m -> referred.contains(m.id())).toList();
  }

  /** A member of this family; empty for any other id, also one of another family. */
  public Optional<Member> member(UUID memberId) {
    return session.members().find(memberId).filter(m -> m.familyId().equals(family.id()));
  }

  /** The trajectory's open tasks, soonest due first, of one owning organisation if given. */
  public Page<Task> openTasks(Optional<String> ownerOrganisation, PageRequest page) {
    return session.tasks().openOfTrajectory(trajectory.id(), ownerOrganisation, page);
  }

  /** The trajectory's events, newest first. */
  public Page<Event> events(PageRequest page) {
    return session.events().ofTrajectory(trajectory.id(), page);
  }

  /** An event of this trajectory; empty for any other sequence number. */
  public Optional<Event> event(long sequence) {
    return session.events().find(sequence).filter(e -> e.trajectoryId().equals(trajectory.id()));
  }

  /** The trajectory's critical moments. */
  public List<CriticalMoment> criticalMoments() {
    return session.criticalMoments().ofTrajectory(trajectory.id());
  }

  /** The trajectory's referrals. */
  public List<Referral> referrals() {
    return session.referrals().ofTrajectory(trajectory.id());
  }

  /** A referral of this trajectory; empty for any other id. */
  public Optional<Referral> referral(UUID referralId) {
    return session
        .referrals()
        .find(referralId)
        .filter(r -> r.trajectoryId().equals(trajectory.id()));
  }

  /** The members of this family with an open referral to the organisation. */
  public Set<UUID> openReferrals(String organisation) {
    return session.referrals().openMembers(family.id(), organisation);
  }

  /** The trajectory's notes of the categories given, newest first. */
  public Page<Note> notes(Set<NoteCategory> categories, PageRequest page) {
    return session.notes().ofTrajectory(trajectory.id(), categories, page);
  }

  /**
   * The audit entries about one member of this family, oldest first: those naming the member, and
   * those about the whole family that name no member.
   */
  public List<AuditEntry> auditOf(UUID memberId) {
    return session.audit().concerning(memberId, family.id());
  }

  /** The staff on any trajectory's team, with their languages: for suggesting a team. */
  public List<TeamAssignment> knownStaff() {
    return session.trajectories().knownStaff();
  }

  /**
   * Whether a member of this family has a report for the reason that is neither withdrawn nor
   * closed.
   */
  public boolean hasOpenReport(Member member, ReportReason reason) {
    if (!member.familyId().equals(family.id())) {
      throw new IllegalArgumentException("not a member of the permitted family");
    }
    return session.reports().openFor(member.id(), reason);
  }

  /**
   * A partner's own records about a subject of this family (the subject the permit was decided
   * for).
   */
  public List<PartnerRecord> partnerRecords(String partnerId, RecordSubject subject) {
    return session.partnerRecords().ofSubject(partnerId, subject);
  }

  /** The trajectory's security reports. */
  public List<SecurityReport> reports() {
    return session.reports().ofTrajectory(trajectory.id());
  }
}
