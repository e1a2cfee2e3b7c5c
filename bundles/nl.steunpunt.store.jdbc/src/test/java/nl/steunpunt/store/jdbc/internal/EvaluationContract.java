package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.evaluation.ReportTally;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FollowUp;
import nl.steunpunt.store.StoreSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's indicators on a fixed fixture of nine families whose expected figures are worked
 * out by hand below. Run on H2 and on PostgreSQL.
 *
 * <p>The period is 2025 in Europe/Amsterdam: from 2024-12-31T23:00Z up to 2025-12-31T23:00Z. Times
 * are UTC; "→S" is a phase change to SUPPORT, "DEP" a departure event.
 *
 * <pre>
 * fam bg  opened            phases                          members  active? full? days→S in 2025
 * F1  NL  2024-11-01        →S 2024-12-01                   4        yes     yes   (→S in 2024)
 * F2  MIG 2025-01-10        →S 2025-01-20                   4        yes     yes   10
 * F3  MIG 2025-02-01        →S 2025-02-21                   3        yes     yes   20
 * F4  NR  2025-03-01        (contact only)                  2        yes     no    -
 * F5  MIG 2023-01-05        →S 2023-02-04, →CLOSED 2024-06  3        no      -     -
 * F6  NL  2024-03-01        →CLOSED 2024-05, →S 2025-09-01  2        yes     yes   549 (reopened)
 * F7  MIG 2025-12-31T22:30Z (= 23:30 in NL: still 2025)     1        yes     no    -
 * F8  NL  2025-12-31T23:30Z (= 00:30 in NL: 2026)           2        no      -     -
 * F9  MIG 2025-03-01        →S 2025-04-10                   2        yes     yes   40
 *
 * familiesWithContact        F1 F2 F3 F4 F6 F7 F9                          = 7
 * familiesWithFullTrajectory F1 F2 F3 F6 F9                                = 5
 * membersReached             4+4+3+2+2+1+2                                 = 18
 * byBackground               NL: F1 F6 = 2; MIG: F2 F3 F7 F9 = 4; NR: F4   = 1
 * departures after guidance  F1 sibling 2025-03-10 and again 2025-08-01 (one member),
 *                            F5 sibling 2025-07-01 (after 2023's guidance, though closed)  = 2;
 *                            not: F1 child 2024-10-15 (before), F2 child 2025-01-15 (before
 *                            F2's guidance on 01-20), F3 sibling 2025-05-01 (corrected),
 *                            F9 parent 2025-06-01 (a parent, not a child)
 * reports made in 2025       F1 DEPARTED→POLICE 03-12 (centre), F3 DEPARTED→POLICE 06-05,
 *                            F2 RETURN_EXPECTED→MUNICIPALITY 05-01 (family)
 *                            = DEPARTED/POLICE 2, RETURN_EXPECTED/MUNICIPALITY 1;
 *                            not: F4's draft, F5's report at 2024-12-31T22:00Z (23:00 in NL)
 * critical moments           F2 2025-04-01, F3 2025-06-01, F9 2025-11-01   = 3
 *   followed up in time      F2: plan due 04-03 done 04-02, reviews due 04-08 done 04-08 and
 *                            04-07: in time. F3: plan in time, review due 06-08 done 06-10:
 *                            late. F9: plan still open. = 1
 * siblings reviewed          F2's two, F3's one (reviewed twice: after a concern on 05-05 and
 *                            late after the death) = 3; not: F1's sibling (done 2024-12-12)
 * guidance started in 2025   F2 F3 F6 F9                                   = 4
 * median days to SUPPORT     F2 10, F3 20, F9 40, F6 549: (20 + 40) / 2    = 30.0
 * </pre>
 */
abstract class EvaluationContract extends OnDatabase {

  static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final Period YEAR = Period.year(2025);

  private final List<Family> families = new ArrayList<>();

  /** One family of the fixture, built in one transaction. */
  private final class Fixture {
    final Family family;
    final Trajectory trajectory;
    final List<Member> members = new ArrayList<>();
    Phase phase = Phase.CONTACT;

    Fixture(Background background, String opened, MemberRole... roles) {
      family =
          new Family(
              UUID.randomUUID(),
              String.format("F-2025-%04d", families.size() + 1),
              "0363",
              List.of("nl"),
              background,
              FamilyStatus.ACTIVE,
              at(opened),
              Optional.empty(),
              1);
      families.add(family);
      trajectory =
          new Trajectory(
              UUID.randomUUID(), family.id(), Phase.CONTACT, List.of(), Set.of(), at(opened), 1);
      for (MemberRole role : roles) {
        members.add(
            new Member(
                UUID.randomUUID(),
                family.id(),
                role,
                "Naam",
                2005,
                List.of("nl"),
                Whereabouts.AT_HOME_NL,
                1));
      }
      store.write(
          s -> {
            s.families().insert(family);
            s.trajectories().insert(trajectory);
            members.forEach(s.members()::insert);
            return null;
          });
    }

    Member member(int index) {
      return members.get(index);
    }

    Fixture phase(Phase to, String occurred) {
      Phase from = phase;
      phase = to;
      event(null, occurred, new EventDetail.PhaseChange(from, to, Optional.empty()), null);
      return this;
    }

    Event event(Member member, String occurred, EventDetail detail, Long corrects) {
      return store.write(
          s ->
              s.events()
                  .append(
                      new Event(
                          0,
                          trajectory.id(),
                          Optional.ofNullable(member).map(Member::id),
                          at(occurred),
                          at(occurred),
                          "fatima",
                          corrects == null ? OptionalLong.empty() : OptionalLong.of(corrects),
                          detail)));
    }

    /** A death abroad with its critical moment; returns the event's sequence. */
    long death(Member child, String occurred) {
      Event event = event(child, occurred, new EventDetail.DeathAbroad(), null);
      store.write(
          s -> {
            s.criticalMoments()
                .insert(
                    new CriticalMoment(
                        trajectory.id(), event.sequence(), child.id(), at(occurred)));
            return null;
          });
      return event.sequence();
    }

    /** A rule's follow-up task, due on a day, done on a day or still open (null). */
    void task(FollowUp followUp, String due, String done) {
      Task task =
          new Task(
              UUID.randomUUID(),
              trajectory.id(),
              family.reference() + ": follow-up",
              new TaskOwner.Staff("fatima"),
              LocalDate.parse(due),
              done == null ? TaskState.OPEN : TaskState.DONE,
              1);
      store.write(
          s -> {
            s.tasks().insert(task, followUp);
            if (done != null) {
              s.tasks().doneOn(task.id(), LocalDate.parse(done));
            }
            return null;
          });
    }

    void report(ReportReason reason, Recipient to, String reported, boolean byCentre) {
      ReportContract.Case c = new ReportContract.Case(family, trajectory.id(), member(0));
      var draft = ReportContract.draft(c, reason, at(reported));
      var made =
          byCentre
              ? ReportContract.byCentre(c, draft, to, at(reported))
              : ReportContract.byFamily(draft, to, at(reported));
      store.write(
          s -> {
            s.reports().insert(made);
            return null;
          });
    }
  }

  static Instant at(String time) {
    return Instant.parse(time.length() == 10 ? time + "T10:00:00Z" : time);
  }

  static FollowUp plan(long event) {
    return new FollowUp(FollowUp.Kind.SUPPORT_PLAN, event, Optional.empty());
  }

  static FollowUp review(long event, Member sibling) {
    return new FollowUp(FollowUp.Kind.SIBLING_REVIEW, event, Optional.of(sibling.id()));
  }

  @BeforeEach
  void fixture() {
    MemberRole p = MemberRole.PARENT;
    MemberRole s = MemberRole.SIBLING;
    MemberRole c = MemberRole.CHILD_ABROAD;

    Fixture f1 = new Fixture(Background.DUTCH_ORIGIN, "2024-11-01", p, p, s, c);
    f1.phase(Phase.SUPPORT, "2024-12-01");
    f1.event(f1.member(3), "2024-10-15", new EventDetail.Departure(), null);
    f1.event(f1.member(2), "2025-03-10", new EventDetail.Departure(), null);
    f1.event(f1.member(2), "2025-08-01", new EventDetail.Departure(), null);
    Event concern1 = f1.event(f1.member(2), "2024-12-05", new EventDetail.SiblingConcern(), null);
    f1.task(review(concern1.sequence(), f1.member(2)), "2024-12-12", "2024-12-12");
    f1.report(ReportReason.DEPARTED, Recipient.POLICE, "2025-03-12", true);

    Fixture f2 = new Fixture(Background.MIGRANT_BACKGROUND, "2025-01-10", p, s, s, c);
    f2.phase(Phase.SUPPORT, "2025-01-20");
    f2.event(f2.member(3), "2025-01-15", new EventDetail.Departure(), null);
    long death2 = f2.death(f2.member(3), "2025-04-01");
    f2.task(plan(death2), "2025-04-03", "2025-04-02");
    f2.task(review(death2, f2.member(1)), "2025-04-08", "2025-04-08");
    f2.task(review(death2, f2.member(2)), "2025-04-08", "2025-04-07");
    f2.report(ReportReason.RETURN_EXPECTED, Recipient.MUNICIPALITY, "2025-05-01", false);

    Fixture f3 = new Fixture(Background.MIGRANT_BACKGROUND, "2025-02-01", p, s, c);
    f3.phase(Phase.SUPPORT, "2025-02-21");
    Event wrong = f3.event(f3.member(1), "2025-05-01", new EventDetail.Departure(), null);
    Event concern3 =
        f3.event(f3.member(1), "2025-05-01", new EventDetail.SiblingConcern(), wrong.sequence());
    f3.task(review(concern3.sequence(), f3.member(1)), "2025-05-08", "2025-05-05");
    long death3 = f3.death(f3.member(2), "2025-06-01");
    f3.task(plan(death3), "2025-06-03", "2025-06-03");
    f3.task(review(death3, f3.member(1)), "2025-06-08", "2025-06-10");
    f3.report(ReportReason.DEPARTED, Recipient.POLICE, "2025-06-05", true);

    Fixture f4 = new Fixture(Background.NOT_RECORDED, "2025-03-01", p, p);
    store.write(
        x -> {
          x.reports()
              .insert(
                  ReportContract.draft(
                      new ReportContract.Case(f4.family, f4.trajectory.id(), f4.member(0)),
                      ReportReason.DEPARTURE_RISK,
                      at("2025-03-02")));
          return null;
        });

    Fixture f5 = new Fixture(Background.MIGRANT_BACKGROUND, "2023-01-05", p, s, c);
    f5.phase(Phase.SUPPORT, "2023-02-04").phase(Phase.CLOSED, "2024-06-01");
    f5.event(f5.member(1), "2025-07-01", new EventDetail.Departure(), null);
    f5.report(ReportReason.DEPARTED, Recipient.POLICE, "2024-12-31T22:00:00Z", true);

    Fixture f6 = new Fixture(Background.DUTCH_ORIGIN, "2024-03-01", p, s);
    f6.phase(Phase.CLOSED, "2024-05-01").phase(Phase.SUPPORT, "2025-09-01");

    new Fixture(Background.MIGRANT_BACKGROUND, "2025-12-31T22:30:00Z", p);
    new Fixture(Background.DUTCH_ORIGIN, "2025-12-31T23:30:00Z", p, s);

    Fixture f9 = new Fixture(Background.MIGRANT_BACKGROUND, "2025-03-01", p, c);
    f9.phase(Phase.SUPPORT, "2025-04-10");
    f9.event(f9.member(0), "2025-06-01", new EventDetail.Departure(), null);
    long death9 = f9.death(f9.member(1), "2025-11-01");
    f9.task(plan(death9), "2025-11-03", null);
  }

  Indicators indicators(Period period) {
    return store.read((StoreSession s) -> s.evaluation().indicators(period, NL));
  }

  @Test
  void everyIndicatorOfTheFixtureIsAsWorkedOutByHand() {
    Indicators year = indicators(YEAR);

    assertThat(year.period()).isEqualTo(YEAR);
    assertThat(year.familiesWithContact()).isEqualTo(7);
    assertThat(year.familiesWithFullTrajectory()).isEqualTo(5);
    assertThat(year.membersReached()).isEqualTo(18);
    assertThat(year.familiesByBackground())
        .containsExactly(
            Map.entry(Background.DUTCH_ORIGIN, 2L),
            Map.entry(Background.MIGRANT_BACKGROUND, 4L),
            Map.entry(Background.NOT_RECORDED, 1L));
    assertThat(year.departuresAfterGuidanceStarted()).isEqualTo(2);
    assertThat(year.reports())
        .containsExactly(
            new ReportTally(ReportReason.DEPARTED, Recipient.POLICE, 2),
            new ReportTally(ReportReason.RETURN_EXPECTED, Recipient.MUNICIPALITY, 1));
    assertThat(year.criticalMoments()).isEqualTo(3);
    assertThat(year.criticalMomentsFollowedUpInTime()).isEqualTo(1);
    assertThat(year.siblingsReviewed()).isEqualTo(3);
    assertThat(year.familiesGuidanceStarted()).isEqualTo(4);
    assertThat(year.medianDaysToFullTrajectory()).hasValue(30.0);
  }

  /**
   * 2024 by hand: active F1 (opened 11-01), F5 (closed 06-01, in the period), F6 (closed 05-01);
   * full F1 (→S 12-01), F5; members 4 + 3 + 2 = 9; no departure after guidance (F1's child left
   * 10-15, before); F5's report at 23:00 in NL on 31 December; no moment; F1's sibling reviewed on
   * 12-12; median: F1 only, 30 days.
   */
  @Test
  void theYearBeforeCountsTheFamiliesClosedDuringItAndTheReportMadeOnItsLastEvening() {
    Indicators year = indicators(Period.year(2024));

    assertThat(year.familiesWithContact()).isEqualTo(3);
    assertThat(year.familiesWithFullTrajectory()).isEqualTo(2);
    assertThat(year.membersReached()).isEqualTo(9);
    assertThat(year.departuresAfterGuidanceStarted()).isZero();
    assertThat(year.reports())
        .containsExactly(new ReportTally(ReportReason.DEPARTED, Recipient.POLICE, 1));
    assertThat(year.criticalMoments()).isZero();
    assertThat(year.siblingsReviewed()).isEqualTo(1);
    assertThat(year.familiesGuidanceStarted()).isEqualTo(1);
    assertThat(year.medianDaysToFullTrajectory()).hasValue(30.0);
  }

  @Test
  void aPeriodWithoutGuidanceStartedHasNoMedianAndNoCounts() {
    Indicators early = indicators(Period.year(2010));

    assertThat(early.familiesWithContact()).isZero();
    assertThat(early.familiesByBackground())
        .containsOnlyKeys(Background.values())
        .allSatisfy((background, count) -> assertThat(count).isZero());
    assertThat(early.reports()).isEmpty();
    assertThat(early.familiesGuidanceStarted()).isZero();
    assertThat(early.medianDaysToFullTrajectory()).isEmpty();
  }

  @Test
  void aTaskIsDoneOnTheFirstDayRecordedOnly() {
    Fixture f = new Fixture(Background.NOT_RECORDED, "2025-01-02", MemberRole.SIBLING);
    Event concern = f.event(f.member(0), "2025-01-03", new EventDetail.SiblingConcern(), null);
    Task task =
        new Task(
            UUID.randomUUID(),
            f.trajectory.id(),
            "review",
            new TaskOwner.Staff("fatima"),
            LocalDate.parse("2025-01-10"),
            TaskState.DONE,
            1);
    store.write(
        s -> {
          s.tasks().insert(task, review(concern.sequence(), f.member(0)));
          s.tasks().doneOn(task.id(), LocalDate.parse("2025-12-30"));
          s.tasks().doneOn(task.id(), LocalDate.parse("2026-01-05"));
          return null;
        });

    assertThat(indicators(YEAR).siblingsReviewed()).isEqualTo(4);
    assertThat(indicators(Period.year(2026)).siblingsReviewed()).isZero();
  }
}
