package nl.steunpunt.core.internal.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The security report workflow: every move checked against the state machine and the version,
 * decided by the access policy, audited; a disclosure audited as such, with only the minimal data
 * set.
 */
@Component(service = ReportService.class, configurationPid = "nl.steunpunt.reports")
@Designate(ocd = ReportsConfig.class)
public final class CoreReportService implements ReportService {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  static final int MAX_TEXT = 500;
  private static final String REPORT = "report";

  private final Cases cases;
  private final AccessPolicy policy;
  private final List<String> legalBases;

  @Activate
  public CoreReportService(
      @Reference Cases cases, @Reference AccessPolicy policy, ReportsConfig config) {
    this(cases, policy, List.of(config.legalBases()));
  }

  public CoreReportService(Cases cases, AccessPolicy policy, List<String> legalBases) {
    this.cases = cases;
    this.policy = policy;
    this.legalBases = List.copyOf(legalBases);
  }

  @Override
  public SecurityReport draft(Actor actor, UUID trajectoryId, UUID memberId, ReportReason reason) {
    Check check = new Check();
    check.present(memberId, "memberId");
    check.present(reason, "reason");
    check.done();
    return cases.run(
        actor,
        g -> {
          UUID id = UUID.randomUUID();
          Permit permit =
              g.trajectory(Action.CREATE, DataCategory.SECURITY_REPORTS, trajectoryId, REPORT, id);
          Member member = memberOf(g, permit, memberId, "memberId");
          SecurityReport report = Drafts.draft(id, trajectoryId, member.id(), reason, g.now());
          g.store().reports().insert(report);
          return report;
        });
  }

  @Override
  public SecurityReport consult(
      Actor actor, UUID id, long expectedVersion, NewConsultation consultation) {
    Check check = new Check();
    if (!check.present(consultation, "body")) {
      check.done();
    }
    if (check.present(consultation.consultedAt(), "consultedAt")) {
      check.that(
          !consultation.consultedAt().isAfter(Instant.now(cases.clock())),
          "consultedAt",
          "must not be in the future");
    }
    if (check.present(consultation.consulted(), "consulted")) {
      check.that(!consultation.consulted().isEmpty(), "consulted", "name at least one parent");
    }
    check.present(consultation.reporter(), "reporter");
    check.present(consultation.recipient(), "recipient");
    check.done();
    return change(
        actor,
        id,
        expectedVersion,
        Action.UPDATE,
        (g, permit, current) -> {
          Transitions.check(current, ReportState.CONSULTED);
          for (UUID consulted : consultation.consulted()) {
            Member parent = memberOf(g, permit, consulted, "consulted");
            if (parent.role() != MemberRole.PARENT && parent.role() != MemberRole.GUARDIAN) {
              throw ValidationException.of("consulted", "names a member who is not a parent");
            }
          }
          return Drafts.with(
              current,
              ReportState.CONSULTED,
              Optional.of(
                  new Consultation(
                      Timestamps.stored(consultation.consultedAt()),
                      consultation.consulted(),
                      consultation.reporter(),
                      consultation.recipient(),
                      actor.user())),
              current.disclosure(),
              Optional.empty());
        });
  }

  @Override
  public SecurityReport report(
      Actor actor, UUID id, long expectedVersion, String legalBasis, Optional<Instant> reportedAt) {
    checkLegalBasis(legalBasis);
    return change(
        actor,
        id,
        expectedVersion,
        Action.DISCLOSE,
        (g, permit, current) -> {
          Transitions.check(current, ReportState.REPORTED);
          if (current.state() != ReportState.CONSULTED) {
            throw new ConflictException(Transitions.why(current.state(), ReportState.REPORTED));
          }
          Consultation agreed = current.consultation().orElseThrow();
          Disclosure disclosure;
          if (agreed.reporter() == Reporter.CENTRE) {
            disclosure =
                new Disclosure(
                    g.now(),
                    Reporter.CENTRE,
                    agreed.recipient(),
                    legalBasis,
                    Optional.of(dataSet(g, permit, current, actor)),
                    Optional.empty(),
                    actor.user());
          } else {
            Instant when =
                reportedAt == null || reportedAt.isEmpty()
                    ? g.now()
                    : Timestamps.stored(reportedAt.get());
            if (when.isAfter(g.now())) {
              throw ValidationException.of("reportedAt", "must not be in the future");
            }
            disclosure =
                new Disclosure(
                    when,
                    Reporter.FAMILY,
                    agreed.recipient(),
                    legalBasis,
                    Optional.empty(),
                    Optional.empty(),
                    actor.user());
          }
          return Drafts.reported(current, disclosure);
        });
  }

  @Override
  public SecurityReport reportWithoutConsultation(
      Actor actor,
      UUID id,
      long expectedVersion,
      String legalBasis,
      Recipient recipient,
      String reason) {
    checkLegalBasis(legalBasis);
    Check check = new Check();
    check.present(recipient, "recipient");
    if (check.text(reason, "reason", MAX_TEXT)) {
      check.that(!reason.isBlank(), "reason", "must not be blank");
    }
    check.done();
    return change(
        actor,
        id,
        expectedVersion,
        Action.DISCLOSE,
        (g, permit, current) -> {
          if (!actor.has(Role.TEAM_LEAD)) {
            throw g.forbid(Action.DISCLOSE, DataCategory.SECURITY_REPORTS, REPORT);
          }
          if (current.state() != ReportState.DRAFT) {
            throw new ConflictException(
                "Only a draft can be reported without a consultation; this report is "
                    + current.state()
                    + ".");
          }
          Disclosure disclosure =
              new Disclosure(
                  g.now(),
                  Reporter.CENTRE,
                  recipient,
                  legalBasis,
                  Optional.of(dataSet(g, permit, current, actor)),
                  Optional.of(reason.strip()),
                  actor.user());
          return Drafts.reported(current, disclosure);
        });
  }

  @Override
  public SecurityReport acknowledge(Actor actor, UUID id, long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        Action.UPDATE,
        (g, permit, current) -> {
          Transitions.check(current, ReportState.ACKNOWLEDGED);
          if (current.disclosure().orElseThrow().reporter() == Reporter.CENTRE) {
            throw new ConflictException(
                "The centre made this report: its recipient acknowledges it.");
          }
          return Drafts.acknowledged(current, g.now());
        });
  }

  @Override
  public SecurityReport close(Actor actor, UUID id, long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        Action.UPDATE,
        (g, permit, current) -> {
          Transitions.check(current, ReportState.CLOSED);
          return Drafts.with(
              current,
              ReportState.CLOSED,
              current.consultation(),
              current.disclosure(),
              current.withdrawal());
        });
  }

  @Override
  public SecurityReport withdraw(Actor actor, UUID id, long expectedVersion, String reason) {
    Check check = new Check();
    if (check.text(reason, "reason", MAX_TEXT)) {
      check.that(!reason.isBlank(), "reason", "must not be blank");
    }
    check.done();
    return change(
        actor,
        id,
        expectedVersion,
        Action.UPDATE,
        (g, permit, current) -> {
          Transitions.check(current, ReportState.WITHDRAWN);
          return Drafts.with(
              current,
              ReportState.WITHDRAWN,
              current.consultation(),
              current.disclosure(),
              Optional.of(reason.strip()));
        });
  }

  @Override
  public Optional<SecurityReport> find(Actor actor, UUID id) {
    try {
      return Optional.of(
          cases.run(
              actor,
              g -> {
                SecurityReport report = existing(g, id);
                g.trajectory(
                    Action.READ, DataCategory.SECURITY_REPORTS, report.trajectoryId(), REPORT, id);
                return report;
              }));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Page<SecurityReport> list(Actor actor, Optional<ReportState> state, PageRequest page) {
    Optional<ReportState> filter = state == null ? Optional.empty() : state;
    return cases.run(
        actor,
        g -> {
          Optional<nl.steunpunt.store.FamilyScope> scope =
              g.scope(
                  Action.SEARCH,
                  DataCategory.SECURITY_REPORTS,
                  REPORT,
                  filter.map(st -> "state=" + st).orElse("all"));
          return g.store().reports().search(scope, filter, page);
        });
  }

  @Override
  public List<SecurityReport> ofTrajectory(Actor actor, UUID trajectoryId) {
    return cases.run(
        actor,
        g -> {
          g.trajectory(
              Action.READ, DataCategory.SECURITY_REPORTS, trajectoryId, REPORT, trajectoryId);
          return g.store().reports().ofTrajectory(trajectoryId);
        });
  }

  @Override
  public Page<ReceivedReport> received(Actor actor, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          g.allow(
              Action.SEARCH, DataCategory.SECURITY_REPORTS, "received-report", Optional.empty());
          Optional<Recipient> recipient = policy.recipient(actor);
          if (recipient.isEmpty()) {
            return new Page<>(List.of(), page.offset(), page.limit(), 0);
          }
          Optional<java.util.Set<String>> municipalities =
              recipient.get() == Recipient.MUNICIPALITY
                  ? Optional.of(policy.governedBy(actor))
                  : Optional.empty();
          return g.store()
              .reports()
              .disclosedTo(recipient.get(), municipalities, page)
              .map(Recipients::view);
        });
  }

  @Override
  public ReceivedReport acknowledgeReceived(Actor actor, UUID id, long expectedVersion) {
    return cases.run(
        actor,
        g -> {
          // A role that may never read reports is forbidden, as on every other method; a recipient
          // acknowledges with no UPDATE grant (the matrix gives the officer none), so READ it is.
          g.requireRole(Action.READ, DataCategory.SECURITY_REPORTS, REPORT);
          SecurityReport current = existing(g, id);
          Family reported = Recipients.familyOf(current, g);
          UUID family = reported.id();
          if (!Recipients.addressedTo(current, reported, actor, policy)) {
            throw g.refuse(Action.UPDATE, DataCategory.SECURITY_REPORTS, REPORT, id, family);
          }
          g.record(
              Action.UPDATE,
              DataCategory.SECURITY_REPORTS,
              REPORT,
              id,
              family,
              policy.purpose(actor, Action.UPDATE, DataCategory.SECURITY_REPORTS),
              Optional.empty(),
              Optional.of("acknowledged by the recipient"));
          Transitions.check(current, ReportState.ACKNOWLEDGED);
          SecurityReport changed = Drafts.acknowledged(current, g.now());
          save(g, changed, expectedVersion);
          return Recipients.view(changed);
        });
  }

  @Override
  public List<String> legalBases() {
    return legalBases;
  }

  /** One move of the state machine on an existing report, decided and audited as {@code action}. */
  private SecurityReport change(
      Actor actor, UUID id, long expectedVersion, Action action, Move move) {
    return cases.run(
        actor,
        g -> {
          SecurityReport current = existing(g, id);
          Permit permit =
              g.trajectory(
                  action, DataCategory.SECURITY_REPORTS, current.trajectoryId(), REPORT, id);
          SecurityReport changed = move.apply(g, permit, current);
          save(g, changed, expectedVersion);
          if (action == Action.DISCLOSE) {
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

  @FunctionalInterface
  private interface Move {
    SecurityReport apply(Gate g, Permit permit, SecurityReport current);
  }

  private static void save(Gate g, SecurityReport changed, long expectedVersion) {
    if (!g.store().reports().update(changed, expectedVersion)) {
      throw ConflictException.stale(REPORT, expectedVersion);
    }
  }

  private static SecurityReport existing(Gate g, UUID id) {
    return g.store().reports().find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
  }

  private static Member memberOf(Gate g, Permit permit, UUID memberId, String field) {
    return g.store()
        .members()
        .find(memberId)
        .filter(m -> m.familyId().equals(permit.family().id()))
        .orElseThrow(() -> ValidationException.of(field, "is not a member of this family"));
  }

  private static MinimalDataSet dataSet(Gate g, Permit permit, SecurityReport report, Actor actor) {
    Member member = g.store().members().find(report.memberId()).orElseThrow();
    return new MinimalDataSet(
        permit.family().reference(),
        member.givenName(),
        member.birthYear(),
        report.reason(),
        g.now().atZone(NETHERLANDS).toLocalDate(),
        actor.user());
  }

  private void checkLegalBasis(String legalBasis) {
    Check check = new Check();
    if (check.present(legalBasis, "legalBasis")) {
      check.that(legalBases.contains(legalBasis), "legalBasis", "is not one of the legal bases");
    }
    check.done();
  }
}
