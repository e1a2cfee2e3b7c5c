package nl.steunpunt.core.internal.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
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
import nl.steunpunt.core.internal.access.Allowed;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
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
  private final Workflow workflow;
  private volatile List<String> legalBases;

  @Activate
  public CoreReportService(
      @Reference Cases cases, @Reference AccessPolicy policy, ReportsConfig config) {
    this(cases, policy, List.of(config.legalBases()));
  }

  public CoreReportService(Cases cases, AccessPolicy policy, List<String> legalBases) {
    this.cases = cases;
    this.policy = policy;
    this.workflow = new Workflow(cases);
    this.legalBases = List.copyOf(legalBases);
  }

  /**
   * An operator's change to the reports' settings ({@code config:property-set -p
   * nl.steunpunt.reports …}, the legal bases or the reminders') applies to the next report, while
   * this service stays registered. Without this, Declarative Services re-creates the component at
   * every change, and with it everything that holds it: the API's report and trajectory paths were
   * not served for a third of a second (seen in ClusterIT's log).
   */
  @Modified
  void modified(ReportsConfig config) {
    legalBases = List.of(config.legalBases());
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
          permit.store().reports().insert(report);
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
    return workflow.byStaff(
        actor,
        id,
        expectedVersion,
        Transition.CONSULT,
        (g, permit, current) -> {
          for (UUID consulted : consultation.consulted()) {
            Member parent = memberOf(g, permit, consulted, "consulted");
            if (parent.role() != MemberRole.PARENT && parent.role() != MemberRole.GUARDIAN) {
              throw ValidationException.of("consulted", "names a member who is not a parent");
            }
          }
          return current
              .withConsultation(
                  Optional.of(
                      new Consultation(
                          Timestamps.stored(consultation.consultedAt()),
                          consultation.consulted(),
                          consultation.reporter(),
                          consultation.recipient(),
                          actor.user())))
              .withWithdrawal(Optional.empty());
        });
  }

  @Override
  public SecurityReport report(
      Actor actor, UUID id, long expectedVersion, String legalBasis, Optional<Instant> reportedAt) {
    checkLegalBasis(legalBasis);
    return workflow.byStaff(
        actor,
        id,
        expectedVersion,
        Transition.REPORT,
        (g, permit, current) -> {
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
          return reported(current, disclosure);
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
    return workflow.byStaff(
        actor,
        id,
        expectedVersion,
        Transition.REPORT_WITHOUT_CONSULTATION,
        (g, permit, current) -> {
          Disclosure disclosure =
              new Disclosure(
                  g.now(),
                  Reporter.CENTRE,
                  recipient,
                  legalBasis,
                  Optional.of(dataSet(g, permit, current, actor)),
                  Optional.of(reason.strip()),
                  actor.user());
          return reported(current, disclosure);
        });
  }

  @Override
  public SecurityReport acknowledge(Actor actor, UUID id, long expectedVersion) {
    return workflow.byStaff(
        actor,
        id,
        expectedVersion,
        Transition.ACKNOWLEDGE,
        (g, permit, current) -> {
          if (current.disclosure().orElseThrow().reporter() == Reporter.CENTRE) {
            throw new ConflictException(
                "The centre made this report: its recipient acknowledges it.");
          }
          return acknowledged(g, current);
        });
  }

  @Override
  public SecurityReport close(Actor actor, UUID id, long expectedVersion) {
    return workflow.byStaff(
        actor, id, expectedVersion, Transition.CLOSE, (g, permit, current) -> current);
  }

  @Override
  public SecurityReport withdraw(Actor actor, UUID id, long expectedVersion, String reason) {
    Check check = new Check();
    if (check.text(reason, "reason", MAX_TEXT)) {
      check.that(!reason.isBlank(), "reason", "must not be blank");
    }
    check.done();
    return workflow.byStaff(
        actor,
        id,
        expectedVersion,
        Transition.WITHDRAW,
        (g, permit, current) -> current.withWithdrawal(Optional.of(reason.strip())));
  }

  @Override
  public Optional<SecurityReport> find(Actor actor, UUID id) {
    return cases.find(
        actor,
        g -> {
          return g.report(Action.READ, id).record();
        });
  }

  @Override
  public Page<SecurityReport> list(Actor actor, Optional<ReportState> state, PageRequest page) {
    Optional<ReportState> filter = state == null ? Optional.empty() : state;
    return cases.run(
        actor,
        g -> {
          return g.scope(
                  Action.SEARCH,
                  DataCategory.SECURITY_REPORTS,
                  REPORT,
                  filter.map(st -> "state=" + st).orElse("all"))
              .reports(filter, page);
        });
  }

  @Override
  public List<SecurityReport> ofTrajectory(Actor actor, UUID trajectoryId) {
    return cases.run(
        actor,
        g -> {
          return g.trajectory(
                  Action.READ, DataCategory.SECURITY_REPORTS, trajectoryId, REPORT, trajectoryId)
              .reports();
        });
  }

  @Override
  public Page<ReceivedReport> received(Actor actor, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          Allowed allowed =
              g.allow(
                  Action.SEARCH,
                  DataCategory.SECURITY_REPORTS,
                  "received-report",
                  Optional.empty());
          Optional<Recipient> recipient = policy.recipient(actor);
          if (recipient.isEmpty()) {
            return new Page<>(List.of(), page.offset(), page.limit(), 0);
          }
          Optional<java.util.Set<String>> municipalities =
              recipient.get() == Recipient.MUNICIPALITY
                  ? Optional.of(policy.governedBy(actor))
                  : Optional.empty();
          return allowed.disclosedTo(recipient.get(), municipalities, page).map(Recipients::view);
        });
  }

  @Override
  public ReceivedReport acknowledgeReceived(Actor actor, UUID id, long expectedVersion) {
    return Recipients.view(
        workflow.byRecipient(
            actor,
            id,
            expectedVersion,
            Transition.ACKNOWLEDGE_RECEIVED,
            CoreReportService::acknowledged));
  }

  @Override
  public List<String> legalBases() {
    return legalBases;
  }

  /** The report as made: with its disclosure, and no withdrawal. */
  private static SecurityReport reported(SecurityReport current, Disclosure disclosure) {
    return current.withDisclosure(Optional.of(disclosure)).withWithdrawal(Optional.empty());
  }

  private static SecurityReport acknowledged(Gate g, SecurityReport current) {
    return current.withAcknowledgedAt(Optional.of(Timestamps.stored(g.now())));
  }

  private static Member memberOf(Gate g, Permit permit, UUID memberId, String field) {
    return permit
        .member(memberId)
        .orElseThrow(() -> ValidationException.of(field, "is not a member of this family"));
  }

  private static MinimalDataSet dataSet(Gate g, Permit permit, SecurityReport report, Actor actor) {
    Member member = permit.member(report.memberId()).orElseThrow();
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
