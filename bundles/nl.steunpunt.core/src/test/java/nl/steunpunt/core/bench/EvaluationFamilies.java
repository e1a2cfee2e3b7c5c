package nl.steunpunt.core.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
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
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.core.internal.family.FamilyRules;
import nl.steunpunt.demo.internal.FamilyGenerator;
import nl.steunpunt.store.FollowUp;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.StoreSession;

/**
 * The demo generator's families, stored as {@code GeneratedFamilies} stores them, completed with
 * what the generator leaves out and the evaluation counts, so that every indicator's query works on
 * realistic volumes: the death-abroad tasks recorded as the rule records them (follow-ups of the
 * critical moment, each review naming its sibling, the day done: four in five in time), a sibling
 * leaving after guidance started in about one family in eight (one in ten of those departures
 * corrected later), and security reports disclosed about one family in six that went beyond
 * contact. The generator itself is left alone, so the demo data does not change. The same seed and
 * moment give the same data.
 */
final class EvaluationFamilies {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  static final String LEGAL_BASIS = "Consent of the parents (toestemming)";
  static final int BATCH = 500;

  private final FamilyGenerator generator;
  private final Random random;
  private final Instant now;

  private EvaluationFamilies(long seed, Instant now) {
    this.generator = new FamilyGenerator(seed, now);
    this.random = new Random(seed + 1);
    this.now = now;
  }

  /** Generates and stores {@code count} families, a batch per transaction. */
  static void write(Store store, int count, long seed, Instant now) {
    EvaluationFamilies families = new EvaluationFamilies(seed, now);
    for (int done = 0; done < count; done += BATCH) {
      int size = Math.min(BATCH, count - done);
      store.write(
          s -> {
            for (int i = 0; i < size; i++) {
              families.next(s);
            }
            return null;
          });
    }
  }

  private void next(StoreSession s) {
    FamilyGenerator.Generated g =
        generator.next(year -> FamilyRules.reference(year, s.families().nextReferenceNumber(year)));
    s.families().insert(g.family());
    g.members().forEach(s.members()::insert);
    s.trajectories().insert(g.trajectory());
    List<Member> siblings =
        g.members().stream().filter(m -> m.role() == MemberRole.SIBLING).toList();
    Optional<Instant> guidance = Optional.empty();
    List<Task> followUps = new ArrayList<>(g.tasks());
    for (Event event : g.events()) {
      Event appended = s.events().append(event);
      if (event.detail() instanceof EventDetail.PhaseChange change
          && change.to() == Phase.SUPPORT
          && guidance.isEmpty()) {
        guidance = Optional.of(appended.occurredAt());
      }
      if (event.detail() instanceof EventDetail.DeathAbroad) {
        s.criticalMoments()
            .insert(
                new CriticalMoment(
                    appended.trajectoryId(),
                    appended.sequence(),
                    appended.memberId().orElseThrow(),
                    appended.occurredAt()));
        followUps(s, appended, siblings, followUps);
      }
    }
    followUps.forEach(s.tasks()::insert);
    guidance.ifPresent(started -> siblingLeaves(s, g, siblings, started));
    if (g.trajectory().phase() != Phase.CONTACT && random.nextInt(6) == 0) {
      report(s, g, siblings);
    }
  }

  /**
   * The generator makes the death-abroad tasks in the rule's order (support plan, then a review per
   * sibling); they are stored as the rule's follow-ups, and a task done gets its day.
   */
  private void followUps(StoreSession s, Event death, List<Member> siblings, List<Task> generated) {
    for (int i = 0; i < generated.size(); i++) {
      Task task = generated.get(i);
      FollowUp followUp =
          i == 0
              ? new FollowUp(FollowUp.Kind.SUPPORT_PLAN, death.sequence(), Optional.empty())
              : new FollowUp(
                  FollowUp.Kind.SIBLING_REVIEW,
                  death.sequence(),
                  Optional.of(siblings.get(i - 1).id()));
      s.tasks().insert(task, followUp);
      if (task.state() == TaskState.DONE) {
        LocalDate today = LocalDate.ofInstant(now, NETHERLANDS);
        LocalDate day =
            random.nextInt(5) > 0
                ? task.due().minusDays(random.nextInt(3))
                : task.due().plusDays(1 + random.nextInt(10));
        s.tasks().doneOn(task.id(), day.isAfter(today) ? today : day);
      }
    }
    generated.clear();
  }

  private void siblingLeaves(
      StoreSession s, FamilyGenerator.Generated g, List<Member> siblings, Instant started) {
    if (siblings.isEmpty() || random.nextInt(8) != 0) {
      return;
    }
    Instant left = started.plus(Duration.ofDays(1 + random.nextInt(400)));
    if (left.isAfter(now)) {
      return;
    }
    Member sibling = siblings.get(random.nextInt(siblings.size()));
    Event departure = departure(g, sibling, left, OptionalLong.empty());
    Event appended = s.events().append(departure);
    if (random.nextInt(10) == 0) {
      Instant corrected = left.plus(Duration.ofDays(random.nextInt(20) - 10));
      s.events()
          .append(
              departure(
                  g,
                  sibling,
                  corrected.isAfter(now) ? now : corrected,
                  OptionalLong.of(appended.sequence())));
    }
  }

  private Event departure(
      FamilyGenerator.Generated g, Member sibling, Instant at, OptionalLong corrects) {
    return new Event(
        0,
        g.trajectory().id(),
        Optional.of(sibling.id()),
        at,
        at,
        g.trajectory().team().get(0).user(),
        corrects,
        new EventDetail.Departure());
  }

  /** A report the centre (or the family itself) disclosed, about the child abroad or a sibling. */
  private void report(StoreSession s, FamilyGenerator.Generated g, List<Member> siblings) {
    Instant contact = g.family().createdAt();
    Instant reported =
        contact.plus(
            Duration.ofMinutes(
                (long) (random.nextDouble() * Duration.between(contact, now).toMinutes())));
    Member member =
        siblings.isEmpty() || random.nextInt(5) < 3
            ? g.members().stream()
                .filter(m -> m.role() == MemberRole.CHILD_ABROAD)
                .findFirst()
                .orElseThrow()
            : siblings.get(random.nextInt(siblings.size()));
    ReportReason reason =
        member.role() == MemberRole.SIBLING
            ? ReportReason.DEPARTURE_RISK
            : member.whereabouts() == Whereabouts.ABROAD_CONFLICT_ZONE
                ? (random.nextBoolean() ? ReportReason.RETURN_EXPECTED : ReportReason.DEPARTED)
                : ReportReason.RETURNED;
    Reporter reporter = random.nextInt(7) == 0 ? Reporter.FAMILY : Reporter.CENTRE;
    Recipient recipient = random.nextInt(20) < 11 ? Recipient.POLICE : Recipient.MUNICIPALITY;
    String by = g.trajectory().team().get(0).user();
    Instant created = reported.minus(Duration.ofDays(2));
    List<UUID> parents =
        g.members().stream().filter(m -> m.role() == MemberRole.PARENT).map(Member::id).toList();
    Optional<MinimalDataSet> dataSet =
        reporter == Reporter.FAMILY
            ? Optional.empty()
            : Optional.of(
                new MinimalDataSet(
                    g.family().reference(),
                    member.givenName(),
                    member.birthYear(),
                    reason,
                    LocalDate.ofInstant(reported, NETHERLANDS),
                    by));
    boolean old = reported.isBefore(now.minus(Duration.ofDays(30)));
    Optional<Instant> acknowledged =
        old ? Optional.of(reported.plus(Duration.ofDays(2))) : Optional.empty();
    s.reports()
        .insert(
            new SecurityReport(
                UUID.randomUUID(),
                g.trajectory().id(),
                member.id(),
                reason,
                !old
                    ? ReportState.REPORTED
                    : random.nextBoolean() ? ReportState.ACKNOWLEDGED : ReportState.CLOSED,
                created,
                Optional.of(
                    new Consultation(
                        created.plus(Duration.ofDays(1)), parents, reporter, recipient, by)),
                Optional.of(
                    new Disclosure(
                        reported, reporter, recipient, LEGAL_BASIS, dataSet, Optional.empty(), by)),
                acknowledged,
                Optional.empty(),
                1));
  }
}
