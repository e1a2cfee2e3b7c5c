package nl.steunpunt.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.StoreSession;

/**
 * Gives the demo a security report in every state of the workflow, so each demo role has one to
 * look at: the demo counsellor a draft and a consulted report in their own families, the demo
 * municipality officer (Amsterdam) and the demo police liaison each an unacknowledged report
 * disclosed to them, and the history an acknowledged report and one the family made itself. Each
 * report is preceded by the event that would have caused it, as if staff had recorded it.
 */
final class DemoReports {

  static final String LEGAL_BASIS = "Consent of the parents (toestemming)";
  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final StoreSession s;
  private final Instant now;
  private final List<Family> families;
  private final Set<UUID> used = new HashSet<>();

  private DemoReports(StoreSession s, Instant now) {
    this.s = s;
    this.now = now;
    this.families = s.families().search(FamilyFilter.ALL, new PageRequest(0, 200)).items();
  }

  static void write(StoreSession s, Instant now) {
    new DemoReports(s, now).write();
  }

  private void write() {
    Instant earlier = now.minus(Duration.ofDays(3));
    pick(true, Phase.SUPPORT, null, MemberRole.SIBLING, null)
        .ifPresent(
            p -> insert(p, ReportReason.DEPARTURE_RISK, new EventDetail.DepartureRisk(), earlier));
    pick(true, Phase.SUPPORT, null, MemberRole.CHILD_ABROAD, Whereabouts.ABROAD_CONFLICT_ZONE)
        .ifPresent(
            p ->
                consulted(
                    insert(
                        p, ReportReason.RETURN_EXPECTED, new EventDetail.ReturnExpected(), earlier),
                    p,
                    Reporter.CENTRE,
                    Recipient.POLICE));
    pick(false, Phase.SUPPORT, "0363", MemberRole.CHILD_ABROAD, Whereabouts.ABROAD_CONFLICT_ZONE)
        .ifPresent(
            p -> {
              SecurityReport draft =
                  insert(
                      p, ReportReason.RETURN_EXPECTED, new EventDetail.ReturnExpected(), earlier);
              reported(consulted(draft, p, Reporter.CENTRE, Recipient.MUNICIPALITY), p);
            });
    pick(false, Phase.SUPPORT, null, MemberRole.SIBLING, null)
        .ifPresent(
            p -> {
              SecurityReport draft =
                  insert(p, ReportReason.DEPARTURE_RISK, new EventDetail.DepartureRisk(), earlier);
              reported(consulted(draft, p, Reporter.CENTRE, Recipient.POLICE), p);
            });
    pick(false, null, null, MemberRole.CHILD_ABROAD, Whereabouts.RETURNED)
        .ifPresent(
            p -> {
              SecurityReport draft =
                  insert(p, ReportReason.RETURNED, null, now.minus(Duration.ofDays(40)));
              SecurityReport made =
                  reported(consulted(draft, p, Reporter.CENTRE, Recipient.POLICE), p);
              update(
                  made,
                  ReportState.ACKNOWLEDGED,
                  made.disclosure(),
                  Optional.of(now.minus(Duration.ofDays(38))));
            });
    pick(false, null, null, MemberRole.CHILD_ABROAD, Whereabouts.ABROAD_CONFLICT_ZONE)
        .ifPresent(
            p -> {
              SecurityReport draft =
                  insert(p, ReportReason.DEPARTED, null, now.minus(Duration.ofDays(90)));
              SecurityReport made =
                  reported(consulted(draft, p, Reporter.FAMILY, Recipient.MUNICIPALITY), p);
              SecurityReport confirmed =
                  update(
                      made,
                      ReportState.ACKNOWLEDGED,
                      made.disclosure(),
                      Optional.of(now.minus(Duration.ofDays(85))));
              update(confirmed, ReportState.CLOSED, made.disclosure(), confirmed.acknowledgedAt());
            });
  }

  /** A family chosen for one report, with the member it is about. */
  private record Picked(Family family, Trajectory trajectory, Member member, List<Member> parents) {

    String contact() {
      return trajectory.team().get(0).user();
    }
  }

  /** The first family not used yet that fits, newest first, so the demo is the same every time. */
  private Optional<Picked> pick(
      boolean counsellors,
      Phase phase,
      String municipality,
      MemberRole role,
      Whereabouts whereabouts) {
    for (Family family : families) {
      Trajectory trajectory = s.trajectories().ofFamily(family.id()).orElseThrow();
      boolean theirs =
          trajectory.team().stream().anyMatch(t -> t.user().equals(DemoRelations.COUNSELLOR));
      List<Member> members = s.members().ofFamily(family.id());
      List<Member> parents =
          members.stream()
              .filter(m -> m.role() == MemberRole.PARENT || m.role() == MemberRole.GUARDIAN)
              .toList();
      Predicate<Member> concerned =
          m -> m.role() == role && (whereabouts == null || m.whereabouts() == whereabouts);
      Optional<Member> member = members.stream().filter(concerned).findFirst();
      if (!used.contains(family.id())
          && theirs == counsellors
          && (phase == null || trajectory.phase() == phase)
          && (municipality == null || family.municipality().equals(municipality))
          && !parents.isEmpty()
          && member.isPresent()) {
        used.add(family.id());
        return Optional.of(new Picked(family, trajectory, member.get(), parents));
      }
    }
    return Optional.empty();
  }

  /** The event that opens the report (if any), and the report in DRAFT. */
  private SecurityReport insert(
      Picked p, ReportReason reason, EventDetail cause, Instant createdAt) {
    if (cause != null) {
      s.events()
          .append(
              new Event(
                  0,
                  p.trajectory().id(),
                  Optional.of(p.member().id()),
                  createdAt,
                  createdAt,
                  p.contact(),
                  OptionalLong.empty(),
                  cause));
    }
    SecurityReport report =
        new SecurityReport(
            UUID.randomUUID(),
            p.trajectory().id(),
            p.member().id(),
            reason,
            ReportState.DRAFT,
            createdAt,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            1);
    s.reports().insert(report);
    return report;
  }

  private SecurityReport consulted(
      SecurityReport draft, Picked p, Reporter reporter, Recipient recipient) {
    Consultation consultation =
        new Consultation(
            draft.createdAt().plus(Duration.ofDays(1)),
            p.parents().stream().map(Member::id).toList(),
            reporter,
            recipient,
            p.contact());
    SecurityReport consulted =
        new SecurityReport(
            draft.id(),
            draft.trajectoryId(),
            draft.memberId(),
            draft.reason(),
            ReportState.CONSULTED,
            draft.createdAt(),
            Optional.of(consultation),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            draft.version() + 1);
    s.reports().update(consulted, draft.version());
    return consulted;
  }

  private SecurityReport reported(SecurityReport consulted, Picked p) {
    Consultation consultation = consulted.consultation().orElseThrow();
    Instant at = consultation.consultedAt().plus(Duration.ofHours(5));
    Optional<MinimalDataSet> dataSet =
        consultation.reporter() == Reporter.CENTRE
            ? Optional.of(
                new MinimalDataSet(
                    p.family().reference(),
                    p.member().givenName(),
                    p.member().birthYear(),
                    consulted.reason(),
                    at.atZone(NETHERLANDS).toLocalDate(),
                    p.contact()))
            : Optional.empty();
    return update(
        consulted,
        ReportState.REPORTED,
        Optional.of(
            new Disclosure(
                at,
                consultation.reporter(),
                consultation.recipient(),
                LEGAL_BASIS,
                dataSet,
                Optional.empty(),
                p.contact())),
        Optional.empty());
  }

  private SecurityReport update(
      SecurityReport current,
      ReportState state,
      Optional<Disclosure> disclosure,
      Optional<Instant> acknowledgedAt) {
    SecurityReport next =
        new SecurityReport(
            current.id(),
            current.trajectoryId(),
            current.memberId(),
            current.reason(),
            state,
            current.createdAt(),
            current.consultation(),
            disclosure,
            acknowledgedAt,
            Optional.empty(),
            current.version() + 1);
    s.reports().update(next, current.version());
    return next;
  }
}
