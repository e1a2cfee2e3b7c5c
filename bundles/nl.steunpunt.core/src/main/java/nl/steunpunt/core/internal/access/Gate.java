package nl.steunpunt.core.internal.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.access.Entries.Subject;
import nl.steunpunt.store.FamilyScope;
import nl.steunpunt.store.StoreSession;

/**
 * The access policy inside one unit of work: every record the work touches for the actor passes
 * here, is decided, and is audited in the same transaction. Valid only while the work runs.
 */
public final class Gate {

  private final StoreSession session;
  private final Actor actor;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Instant now;

  Gate(StoreSession session, Actor actor, AccessPolicy policy, AuditSink audit, Instant now) {
    this.session = session;
    this.actor = actor;
    this.policy = policy;
    this.audit = audit;
    this.now = now;
  }

  /** The records, for the access package's own services (which decide for themselves). */
  StoreSession session() {
    return session;
  }

  /** The actor the work runs for. */
  public Actor actor() {
    return actor;
  }

  /**
   * The kind of recipient of security reports the actor is, if any, as the policy decides it for
   * the actor's channel.
   */
  public Optional<nl.steunpunt.api.report.Recipient> recipient() {
    return policy.recipient(actor);
  }

  /** The municipality codes the actor governs, as the policy decides it for the actor's channel. */
  public Set<String> governedBy() {
    return policy.governedBy(actor);
  }

  /** The moment of this unit of work. */
  public Instant now() {
    return now;
  }

  /**
   * Allows an action on one family's data, or refuses it as if the family did not exist.
   *
   * @param objectType the kind of record acted on, for the audit log
   * @param objectId its id
   */
  public Permit family(
      Action action, DataCategory category, UUID familyId, String objectType, Object objectId) {
    requireRole(action, category, objectType);
    Family family =
        session
            .families()
            .find(familyId)
            .orElseThrow(() -> new NotFoundException("family", familyId));
    return decide(
        action, category, family, trajectoryOf(family), Optional.empty(), objectType, objectId);
  }

  /** Allows an action on a trajectory's data, or refuses it as if it did not exist. */
  public Permit trajectory(
      Action action, DataCategory category, UUID trajectoryId, String objectType, Object objectId) {
    requireRole(action, category, objectType);
    Trajectory trajectory =
        session
            .trajectories()
            .find(trajectoryId)
            .orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
    Family family = session.families().find(trajectory.familyId()).orElseThrow();
    return decide(action, category, family, trajectory, Optional.empty(), objectType, objectId);
  }

  /**
   * Loads one member and decides in one step: allows the action on the member's data and hands the
   * member out with the permit, or refuses it as if the member did not exist. Callers never hold a
   * member the policy has not allowed.
   */
  public Permitted<Member> member(Action action, DataCategory category, UUID memberId) {
    requireRole(action, category, "member");
    Member member =
        session
            .members()
            .find(memberId)
            .orElseThrow(() -> new NotFoundException("member", memberId));
    return new Permitted<>(member, member(action, category, member));
  }

  /**
   * Loads one task and decides in one step on its trajectory's data of the category, or refuses it
   * as if the task did not exist.
   */
  public Permitted<Task> task(Action action, DataCategory category, UUID taskId) {
    requireRole(action, category, "task");
    Task task =
        session.tasks().find(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
    return new Permitted<>(task, trajectory(action, category, task.trajectoryId(), "task", taskId));
  }

  /**
   * Loads one referral and decides in one step on its trajectory's data of the category, or refuses
   * it as if the referral did not exist.
   */
  public Permitted<Referral> referral(Action action, DataCategory category, UUID referralId) {
    requireRole(action, category, "referral");
    Referral referral =
        session
            .referrals()
            .find(referralId)
            .orElseThrow(() -> new NotFoundException("referral", referralId));
    return new Permitted<>(
        referral, trajectory(action, category, referral.trajectoryId(), "referral", referralId));
  }

  /**
   * Loads one security report and decides in one step on its trajectory's security reports, or
   * refuses it as if the report did not exist.
   */
  public Permitted<SecurityReport> report(Action action, UUID reportId) {
    return report(action, reportId, "report", reportId);
  }

  /**
   * Loads one security report and decides in one step on its trajectory's security reports, as an
   * access to another record (for the audit log), or refuses it as if the report did not exist.
   */
  public Permitted<SecurityReport> report(
      Action action, UUID reportId, String objectType, Object objectId) {
    requireRole(action, DataCategory.SECURITY_REPORTS, objectType);
    SecurityReport report = loadReport(reportId);
    return new Permitted<>(
        report,
        trajectory(
            action, DataCategory.SECURITY_REPORTS, report.trajectoryId(), objectType, objectId));
  }

  private Permit member(Action action, DataCategory category, Member member) {
    Family family = session.families().find(member.familyId()).orElseThrow();
    return decide(
        action,
        category,
        family,
        trajectoryOf(family),
        Optional.of(member.id()),
        "member",
        member.id());
  }

  /**
   * Loads a security report the centre disclosed and decides in one step whether it was disclosed
   * to the actor's organisation (the police; a municipality that governs the family), or refuses it
   * as if it did not exist: how a recipient reaches a report, with no tie to the family.
   *
   * @param action what the recipient does with it, for the audit log of a refusal
   */
  public Permitted<SecurityReport> received(Action action, UUID reportId) {
    requireRole(Action.READ, DataCategory.SECURITY_REPORTS, "report");
    SecurityReport report = loadReport(reportId);
    Trajectory trajectory = session.trajectories().find(report.trajectoryId()).orElseThrow();
    Family family = session.families().find(trajectory.familyId()).orElseThrow();
    if (!addressedTo(report, family)) {
      throw refuse(action, DataCategory.SECURITY_REPORTS, "report", reportId, family.id());
    }
    Decision decision = Decision.allow(policyPurpose(action, DataCategory.SECURITY_REPORTS));
    return new Permitted<>(
        report, new Permit(session, family, trajectory, Relationship.NONE, decision));
  }

  /**
   * Loads one of a partner's own records and decides in one step: {@code reach} decides on the
   * record's subject (with the Gate's other methods, which audit) and yields the permit; a record
   * of another partner, or none, is not found.
   */
  public Permitted<PartnerRecord> partnerRecord(
      String partnerId, UUID recordId, Function<PartnerRecord, Permit> reach) {
    PartnerRecord record =
        session
            .partnerRecords()
            .find(partnerId, recordId)
            .orElseThrow(() -> new NotFoundException("partner-record", recordId));
    return new Permitted<>(record, reach.apply(record));
  }

  private SecurityReport loadReport(UUID reportId) {
    return session
        .reports()
        .find(reportId)
        .orElseThrow(() -> new NotFoundException("report", reportId));
  }

  /** Whether the centre disclosed the report to the actor's organisation. */
  private boolean addressedTo(SecurityReport report, Family family) {
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

  /**
   * Allows a list, search or count and tells which families it may include: empty when all.
   *
   * @param detail what the search filters on, for the audit log (ids and codes only)
   */
  public Scope scope(Action action, DataCategory category, String objectType, String detail) {
    requireRole(action, category, objectType);
    Optional<FamilyScope> scope = policy.scope(actor, action, category, now);
    record(
        Subject.of(action, category, objectType).detail(detail), policyPurpose(action, category));
    return new Scope(session, category, scope);
  }

  /** Allows an action that concerns no family, such as reading the audit log, and audits it. */
  public Allowed allow(
      Action action, DataCategory category, String objectType, Optional<String> id) {
    requireRole(action, category, objectType);
    Subject subject = Subject.of(action, category, objectType);
    record(id.map(subject::object).orElse(subject), policyPurpose(action, category));
    return new Allowed(session, category);
  }

  /** Writes one more allowed entry about a family, such as the opening of break-glass. */
  public void record(
      Action action,
      DataCategory category,
      String objectType,
      Object objectId,
      UUID familyId,
      Purpose purpose,
      Optional<UUID> breakGlass,
      Optional<String> detail) {
    Subject subject = Subject.of(action, category, objectType).object(objectId).family(familyId);
    audit.write(
        session,
        Entries.entry(
            actor,
            now,
            detail.map(subject::detail).orElse(subject),
            Outcome.ALLOWED,
            purpose,
            breakGlass));
  }

  /**
   * Allows the creation of a new family, which no one has a relationship with yet, and audits it:
   * any grant to create identity data will do, as the creator takes the family in. Returns the
   * records to write the new family into.
   */
  public StoreSession newFamily(UUID familyId) {
    requireRole(Action.CREATE, DataCategory.IDENTITY, "family");
    audit.write(
        session,
        Entries.entry(
            actor,
            now,
            Subject.of(Action.CREATE, DataCategory.IDENTITY, "family")
                .object(familyId)
                .family(familyId),
            Outcome.ALLOWED,
            policyPurpose(Action.CREATE, DataCategory.IDENTITY),
            Optional.empty()));
    return session;
  }

  /**
   * The categories of a trajectory's data the actor may act on, audited as one entry each, with a
   * permit that carries the decision of the first; refused as not found when none.
   */
  public Permitted<Set<DataCategory>> categories(
      Action action, Set<DataCategory> categories, UUID trajectoryId, String objectType) {
    Trajectory trajectory =
        session
            .trajectories()
            .find(trajectoryId)
            .orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
    Family family = session.families().find(trajectory.familyId()).orElseThrow();
    DataCategory asked = categories.iterator().next();
    refuseErased(action, asked, family, Optional.empty(), objectType, trajectoryId);
    Relationship relationship = policy.relationship(session, actor, family, trajectory, now);
    Set<DataCategory> allowed = EnumSet.noneOf(DataCategory.class);
    Optional<Decision> firstAllowed = Optional.empty();
    for (DataCategory category : categories) {
      Decision decision = policy.decide(actor, action, category, relationship, Optional.empty());
      if (decision.allowed()) {
        allowed.add(category);
        firstAllowed = firstAllowed.or(() -> Optional.of(decision));
        audit.write(
            session,
            Entries.entry(
                actor,
                now,
                Subject.of(action, category, objectType).object(trajectoryId).family(family.id()),
                Outcome.ALLOWED,
                decision.purpose(),
                decision.breakGlass()));
      }
    }
    if (allowed.isEmpty()) {
      DataCategory first = categories.iterator().next();
      if (!policy.mayAtAll(actor, action, first)) {
        requireRole(action, first, objectType);
      }
      throw new Denial(
          Entries.entry(
              actor,
              now,
              Subject.of(action, first, objectType).object(trajectoryId).family(family.id()),
              Outcome.DENIED,
              policyPurpose(action, first),
              Optional.empty()),
          new NotFoundException(objectType, trajectoryId));
    }
    return new Permitted<>(
        allowed, new Permit(session, family, trajectory, relationship, firstAllowed.orElseThrow()));
  }

  /**
   * A refusal of an access the policy allowed in general but a rule of the record forbids, such as
   * a municipality officer closing a task of another owner. Throw what this returns: the work is
   * undone, the denial audited and the caller told the record does not exist.
   */
  public RuntimeException refuse(
      Action action, DataCategory category, String objectType, Object objectId, UUID familyId) {
    return new Denial(
        Entries.entry(
            actor,
            now,
            Subject.of(action, category, objectType).object(objectId).family(familyId),
            Outcome.DENIED,
            policyPurpose(action, category),
            Optional.empty()),
        new NotFoundException(objectType, objectId));
  }

  /** A refusal for what the actor's roles never allow, answered with "access denied". */
  public RuntimeException forbid(Action action, DataCategory category, String objectType) {
    return new Denial(
        Entries.entry(
            actor,
            now,
            Subject.of(action, category, objectType),
            Outcome.DENIED,
            policyPurpose(action, category),
            Optional.empty()),
        new AccessDeniedException("Your role does not give access to this."));
  }

  private Trajectory trajectoryOf(Family family) {
    return session.trajectories().ofFamily(family.id()).orElseThrow(IllegalStateException::new);
  }

  private Permit decide(
      Action action,
      DataCategory category,
      Family family,
      Trajectory trajectory,
      Optional<UUID> member,
      String objectType,
      Object objectId) {
    refuseErased(action, category, family, member, objectType, objectId);
    Relationship relationship = policy.relationship(session, actor, family, trajectory, now);
    Decision decision = policy.decide(actor, action, category, relationship, member);
    Subject subject =
        Subject.of(action, category, objectType)
            .object(objectId)
            .family(family.id())
            .member(member);
    if (!decision.allowed()) {
      throw new Denial(
          Entries.entry(actor, now, subject, Outcome.DENIED, decision.purpose(), Optional.empty()),
          new NotFoundException(objectType, objectId));
    }
    audit.write(
        session,
        Entries.entry(
            actor, now, subject, Outcome.ALLOWED, decision.purpose(), decision.breakGlass()));
    return new Permit(session, family, trajectory, relationship, decision);
  }

  /**
   * Refuses every access to an erased family as if it did not exist, and audits the denial; only
   * the data subject access report ({@code EXPORT} of {@code IDENTITY}) still reads what remains.
   * Single reads check the role first, so a role that never has access still hears "access denied".
   */
  private void refuseErased(
      Action action,
      DataCategory category,
      Family family,
      Optional<UUID> member,
      String objectType,
      Object objectId) {
    if (family.status() != FamilyStatus.ERASED
        || (action == Action.EXPORT && category == DataCategory.IDENTITY)) {
      return;
    }
    throw new Denial(
        Entries.entry(
            actor,
            now,
            Subject.of(action, category, objectType)
                .object(objectId)
                .family(family.id())
                .member(member)
                .detail("erased"),
            Outcome.DENIED,
            policyPurpose(action, category),
            Optional.empty()),
        new NotFoundException(objectType, objectId));
  }

  /**
   * Refuses, as forbidden, an actor who may not erase a family's personal data ({@link
   * AccessPolicy#mayErase}); the denial names the family.
   */
  public ErasurePermit erasure(UUID familyId) {
    if (!policy.mayErase(actor)) {
      throw new Denial(
          Entries.entry(
              actor,
              now,
              Subject.of(Action.ERASE, DataCategory.IDENTITY, "family")
                  .object(familyId)
                  .family(familyId),
              Outcome.DENIED,
              policyPurpose(Action.ERASE, DataCategory.IDENTITY),
              Optional.empty()),
          new AccessDeniedException("Your role does not give access to this."));
    }
    return new ErasurePermit(session, familyId);
  }

  /**
   * Whether any of the actor's roles may ever take the action on the category: for a read that
   * leaves out what the roles never see instead of refusing it. Decides nothing and records
   * nothing.
   */
  public boolean mayAtAll(Action action, DataCategory category) {
    return policy.mayAtAll(actor, action, category);
  }

  /**
   * Refuses, as forbidden (not as "not found"), an actor none of whose roles may ever take the
   * action on the category; for services that decide the relationship themselves.
   */
  public void requireRole(Action action, DataCategory category, String objectType) {
    if (!policy.mayAtAll(actor, action, category)) {
      throw forbid(action, category, objectType);
    }
  }

  private Purpose policyPurpose(Action action, DataCategory category) {
    return policy.purpose(actor, action, category);
  }

  private void record(Subject subject, Purpose purpose) {
    audit.write(
        session, Entries.entry(actor, now, subject, Outcome.ALLOWED, purpose, Optional.empty()));
  }
}
