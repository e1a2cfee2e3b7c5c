package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
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
import nl.steunpunt.api.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Security reports and critical moments as the store keeps and lists them: every shape of a report
 * read back as written, and the lists of recipients, reminders and the evaluation. Run on H2 and on
 * PostgreSQL.
 */
abstract class ReportContract extends OnDatabase {

  // Stored to the microsecond: written already truncated, so that what is read back is equal.
  static final Instant AT = NOW.plusNanos(123_456_000);

  private int families;

  /** A family with its trajectory and one member. */
  record Case(Family family, UUID trajectory, Member member) {}

  Case stored(String municipality) {
    families++;
    Family family = StoreContract.family(String.format("F-2026-%04d", families), municipality, NOW);
    Trajectory trajectory = StoreContract.trajectory(family.id(), Phase.SUPPORT);
    Member member = StoreContract.member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          s.members().insert(member);
          return null;
        });
    return new Case(family, trajectory.id(), member);
  }

  static SecurityReport draft(Case c, ReportReason reason, Instant createdAt) {
    return new SecurityReport(
        UUID.randomUUID(),
        c.trajectory(),
        c.member().id(),
        reason,
        ReportState.DRAFT,
        createdAt,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1);
  }

  static Consultation consultation(Reporter reporter, Recipient recipient) {
    return new Consultation(
        AT, List.of(UUID.randomUUID(), UUID.randomUUID()), reporter, recipient, "fatima");
  }

  static MinimalDataSet dataSet(Case c, ReportReason reason) {
    return new MinimalDataSet(
        c.family().reference(), "Sara", 2008, reason, LocalDate.of(2026, 11, 28), "fatima");
  }

  static SecurityReport consulted(SecurityReport draft, Reporter reporter, Recipient recipient) {
    return with(
        draft,
        ReportState.CONSULTED,
        Optional.of(consultation(reporter, recipient)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Reported by the centre (with the data set) after a consultation. */
  static SecurityReport byCentre(Case c, SecurityReport draft, Recipient to, Instant reportedAt) {
    return with(
        draft,
        ReportState.REPORTED,
        Optional.of(consultation(Reporter.CENTRE, to)),
        Optional.of(
            new Disclosure(
                reportedAt,
                Reporter.CENTRE,
                to,
                "Wet politiegegevens art. 4",
                Optional.of(dataSet(c, draft.reason())),
                Optional.empty(),
                "fatima")),
        Optional.empty(),
        Optional.empty());
  }

  /** Reported by the family itself: the centre records it, without a data set. */
  static SecurityReport byFamily(SecurityReport draft, Recipient to, Instant reportedAt) {
    return with(
        draft,
        ReportState.REPORTED,
        Optional.of(consultation(Reporter.FAMILY, to)),
        Optional.of(
            new Disclosure(
                reportedAt,
                Reporter.FAMILY,
                to,
                "toestemming",
                Optional.empty(),
                Optional.empty(),
                "fatima")),
        Optional.empty(),
        Optional.empty());
  }

  static SecurityReport with(
      SecurityReport report,
      ReportState state,
      Optional<Consultation> consultation,
      Optional<Disclosure> disclosure,
      Optional<Instant> acknowledgedAt,
      Optional<String> withdrawal) {
    return new SecurityReport(
        report.id(),
        report.trajectoryId(),
        report.memberId(),
        report.reason(),
        state,
        report.createdAt(),
        consultation,
        disclosure,
        acknowledgedAt,
        withdrawal,
        report.version() + 1);
  }

  void insert(SecurityReport... reports) {
    store.write(
        s -> {
          for (SecurityReport report : reports) {
            s.reports().insert(report);
          }
          return null;
        });
  }

  Optional<SecurityReport> find(UUID id) {
    return store.read(s -> s.reports().find(id));
  }

  Page<SecurityReport> disclosedTo(
      Recipient recipient, Optional<Set<String>> municipalities, PageRequest page) {
    return store.read(s -> s.reports().disclosedTo(recipient, municipalities, page));
  }

  static List<UUID> ids(List<SecurityReport> reports) {
    return reports.stream().map(SecurityReport::id).toList();
  }

  @Test
  void aReportInEveryShapeIsReadBackAsWritten() {
    Case c = stored("0363");
    SecurityReport draft = draft(c, ReportReason.DEPARTURE_RISK, AT);
    SecurityReport consulted =
        consulted(draft(c, ReportReason.DEPARTED, AT), Reporter.CENTRE, Recipient.POLICE);
    SecurityReport byCentre =
        byCentre(c, draft(c, ReportReason.RETURNED, AT), Recipient.MUNICIPALITY, AT);
    SecurityReport byFamily =
        byFamily(draft(c, ReportReason.RETURN_EXPECTED, AT), Recipient.POLICE, AT);
    SecurityReport overridden =
        with(
            draft(c, ReportReason.DEPARTURE_RISK, AT),
            ReportState.REPORTED,
            Optional.empty(),
            Optional.of(
                new Disclosure(
                    AT,
                    Reporter.CENTRE,
                    Recipient.POLICE,
                    "acuut gevaar",
                    Optional.of(dataSet(c, ReportReason.DEPARTURE_RISK)),
                    Optional.of("vertrek vannacht, ouders onbereikbaar"),
                    "lead")),
            Optional.empty(),
            Optional.empty());
    SecurityReport acknowledged =
        with(
            byCentre,
            ReportState.ACKNOWLEDGED,
            byCentre.consultation(),
            byCentre.disclosure(),
            Optional.of(AT.plusSeconds(3600)),
            Optional.empty());
    SecurityReport withdrawn =
        with(
            consulted,
            ReportState.WITHDRAWN,
            consulted.consultation(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("zorg is weer in beeld"));
    // The acknowledged one has the same id as byCentre: stored apart under a new id.
    SecurityReport acknowledgedApart =
        new SecurityReport(
            UUID.randomUUID(),
            acknowledged.trajectoryId(),
            acknowledged.memberId(),
            acknowledged.reason(),
            acknowledged.state(),
            acknowledged.createdAt(),
            acknowledged.consultation(),
            acknowledged.disclosure(),
            acknowledged.acknowledgedAt(),
            acknowledged.withdrawal(),
            acknowledged.version());
    SecurityReport withdrawnApart =
        new SecurityReport(
            UUID.randomUUID(),
            withdrawn.trajectoryId(),
            withdrawn.memberId(),
            withdrawn.reason(),
            withdrawn.state(),
            withdrawn.createdAt(),
            withdrawn.consultation(),
            withdrawn.disclosure(),
            withdrawn.acknowledgedAt(),
            withdrawn.withdrawal(),
            withdrawn.version());

    List<SecurityReport> all =
        List.of(
            draft, consulted, byCentre, byFamily, overridden, acknowledgedApart, withdrawnApart);
    insert(all.toArray(SecurityReport[]::new));

    for (SecurityReport report : all) {
      assertThat(find(report.id())).as(report.state().name()).contains(report);
    }
    assertThat(find(overridden.id()).orElseThrow().overridden()).isTrue();
    assertThat(find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void anUpdateReplacesTheReportOnlyAtTheExpectedVersion() {
    Case c = stored("0363");
    SecurityReport draft = draft(c, ReportReason.DEPARTED, AT);
    insert(draft);
    SecurityReport consulted = consulted(draft, Reporter.CENTRE, Recipient.POLICE);
    SecurityReport reported = byCentre(c, draft, Recipient.POLICE, AT.plusSeconds(60));

    assertThat(store.<Boolean>write(s -> s.reports().update(consulted, 1))).isTrue();
    assertThat(store.<Boolean>write(s -> s.reports().update(reported, 1))).isFalse();
    assertThat(find(draft.id())).contains(consulted);

    SecurityReport withdrawn =
        with(
            consulted,
            ReportState.WITHDRAWN,
            consulted.consultation(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("niet meer nodig"));
    assertThat(store.<Boolean>write(s -> s.reports().update(withdrawn, 2))).isTrue();
    assertThat(find(draft.id())).contains(withdrawn);
  }

  @Test
  void theReportsOfATrajectoryAreNewestFirst() {
    Case c = stored("0363");
    Case other = stored("0363");
    SecurityReport old = draft(c, ReportReason.DEPARTURE_RISK, AT.minus(2, ChronoUnit.DAYS));
    SecurityReport recent = draft(c, ReportReason.DEPARTED, AT);
    SecurityReport middle = draft(c, ReportReason.RETURNED, AT.minus(1, ChronoUnit.DAYS));
    insert(old, recent, middle, draft(other, ReportReason.DEPARTED, AT));

    assertThat(ids(store.read(s -> s.reports().ofTrajectory(c.trajectory()))))
        .containsExactly(recent.id(), middle.id(), old.id());
    assertThat(store.<List<SecurityReport>>read(s -> s.reports().ofTrajectory(UUID.randomUUID())))
        .isEmpty();
  }

  @Test
  void aReportIsOpenUntilItIsWithdrawnOrClosed() {
    Case c = stored("0363");
    UUID member = c.member().id();
    SecurityReport draft = draft(c, ReportReason.DEPARTURE_RISK, AT);
    insert(draft);

    assertThat(store.<Boolean>read(s -> s.reports().openFor(member, ReportReason.DEPARTURE_RISK)))
        .isTrue();
    assertThat(store.<Boolean>read(s -> s.reports().openFor(member, ReportReason.DEPARTED)))
        .isFalse();
    assertThat(
            store.<Boolean>read(
                s -> s.reports().openFor(UUID.randomUUID(), ReportReason.DEPARTURE_RISK)))
        .isFalse();

    for (ReportState state : ReportState.values()) {
      SecurityReport report =
          new SecurityReport(
              draft.id(),
              draft.trajectoryId(),
              draft.memberId(),
              draft.reason(),
              state,
              draft.createdAt(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              1);
      store.write(s -> s.reports().update(report, 1));
      boolean closed = state == ReportState.WITHDRAWN || state == ReportState.CLOSED;
      assertThat(store.<Boolean>read(s -> s.reports().openFor(member, ReportReason.DEPARTURE_RISK)))
          .as(state.name())
          .isEqualTo(!closed);
    }
  }

  @Test
  void aRecipientSeesOnlyTheReportsTheCentreDisclosedToIt() {
    Case amsterdam = stored("0363");
    Case rotterdam = stored("0599");
    SecurityReport toPolice =
        byCentre(amsterdam, draft(amsterdam, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    SecurityReport toAmsterdam =
        byCentre(
            amsterdam,
            draft(amsterdam, ReportReason.RETURNED, AT),
            Recipient.MUNICIPALITY,
            AT.plusSeconds(60));
    SecurityReport toRotterdam =
        byCentre(
            rotterdam,
            draft(rotterdam, ReportReason.RETURNED, AT),
            Recipient.MUNICIPALITY,
            AT.plusSeconds(120));
    SecurityReport familyToAmsterdam =
        byFamily(
            draft(amsterdam, ReportReason.DEPARTED, AT),
            Recipient.MUNICIPALITY,
            AT.plusSeconds(30));
    SecurityReport familyToPolice =
        byFamily(draft(rotterdam, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    SecurityReport onlyConsulted =
        consulted(draft(amsterdam, ReportReason.DEPARTED, AT), Reporter.CENTRE, Recipient.POLICE);
    insert(toPolice, toAmsterdam, toRotterdam, familyToAmsterdam, familyToPolice, onlyConsulted);

    Page<SecurityReport> police =
        disclosedTo(Recipient.POLICE, Optional.empty(), PageRequest.FIRST);
    assertThat(ids(police.items())).containsExactly(toPolice.id());
    assertThat(police.total()).isEqualTo(1);
    assertThat(police.items().get(0)).isEqualTo(toPolice);

    assertThat(
            ids(disclosedTo(Recipient.MUNICIPALITY, Optional.empty(), PageRequest.FIRST).items()))
        .containsExactly(toRotterdam.id(), toAmsterdam.id());
    Page<SecurityReport> amsterdams =
        disclosedTo(Recipient.MUNICIPALITY, Optional.of(Set.of("0363")), PageRequest.FIRST);
    assertThat(ids(amsterdams.items())).containsExactly(toAmsterdam.id());
    assertThat(amsterdams.total()).isEqualTo(1);
    assertThat(
            ids(
                disclosedTo(
                        Recipient.MUNICIPALITY,
                        Optional.of(Set.of("0363", "0599", "0014")),
                        PageRequest.FIRST)
                    .items()))
        .containsExactly(toRotterdam.id(), toAmsterdam.id());
    Page<SecurityReport> none =
        disclosedTo(Recipient.MUNICIPALITY, Optional.of(Set.of()), PageRequest.FIRST);
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void aRecipientsListIsPagedNewestFirstWithTheTotal() {
    Case c = stored("0363");
    List<SecurityReport> reports = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      reports.add(
          byCentre(
              c,
              draft(c, ReportReason.DEPARTED, AT),
              Recipient.POLICE,
              AT.plus(i, ChronoUnit.HOURS)));
    }
    insert(reports.toArray(SecurityReport[]::new));

    Page<SecurityReport> page =
        disclosedTo(Recipient.POLICE, Optional.empty(), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.offset()).isEqualTo(1);
    assertThat(page.limit()).isEqualTo(2);
    assertThat(ids(page.items())).containsExactly(reports.get(3).id(), reports.get(2).id());
  }

  @Test
  void aReportTheCentreMadeIsRemindedOnceWhileUnacknowledged() {
    Case c = stored("0363");
    Instant before = AT.plus(7, ChronoUnit.DAYS);
    SecurityReport due = byCentre(c, draft(c, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    SecurityReport dueToo =
        byCentre(
            c, draft(c, ReportReason.RETURNED, AT), Recipient.MUNICIPALITY, AT.plusSeconds(60));
    SecurityReport recent =
        byCentre(c, draft(c, ReportReason.DEPARTED, AT), Recipient.POLICE, before);
    SecurityReport byFamily = byFamily(draft(c, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    SecurityReport reported =
        byCentre(c, draft(c, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    SecurityReport acknowledged =
        with(
            reported,
            ReportState.ACKNOWLEDGED,
            reported.consultation(),
            reported.disclosure(),
            Optional.of(AT.plusSeconds(10)),
            Optional.empty());
    insert(due, dueToo, recent, byFamily, acknowledged);

    assertThat(ids(store.read(s -> s.reports().unacknowledgedWithoutReminder(before))))
        .containsExactly(due.id(), dueToo.id());

    boolean claimed = store.write(s -> s.reports().reminded(due.id(), before));
    boolean again = store.write(s -> s.reports().reminded(due.id(), before.plusSeconds(5)));

    assertThat(claimed).isTrue();
    assertThat(again).as("claimed once").isFalse();
    assertThat(ids(store.read(s -> s.reports().unacknowledgedWithoutReminder(before))))
        .containsExactly(dueToo.id());
    // The reminder is no part of the report, and a later update keeps it.
    assertThat(find(due.id())).contains(due);
    SecurityReport acknowledgedLate =
        with(
            due,
            ReportState.ACKNOWLEDGED,
            due.consultation(),
            due.disclosure(),
            Optional.of(before.plusSeconds(1)),
            Optional.empty());
    assertThat(store.<Boolean>write(s -> s.reports().update(acknowledgedLate, due.version())))
        .isTrue();
    assertThat(
            ids(
                store.read(
                    s ->
                        s.reports()
                            .unacknowledgedWithoutReminder(before.plus(1, ChronoUnit.DAYS)))))
        .containsExactly(dueToo.id(), recent.id());
  }

  /**
   * Two nodes reminding at once: both transactions find the report due, and only one of them claims
   * it (the other's update waits for the first to commit, then finds it claimed).
   */
  @Test
  void ofTwoTransactionsThatFindAReportDueAtOnceOnlyOneClaimsItsReminder() throws Exception {
    Case c = stored("0363");
    Instant before = AT.plus(7, ChronoUnit.DAYS);
    SecurityReport due = byCentre(c, draft(c, ReportReason.DEPARTED, AT), Recipient.POLICE, AT);
    insert(due);
    java.util.concurrent.CyclicBarrier bothFound = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService nodes =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<Boolean> node =
          () ->
              store.write(
                  s -> {
                    boolean found =
                        ids(s.reports().unacknowledgedWithoutReminder(before)).contains(due.id());
                    try {
                      bothFound.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                    return found && s.reports().reminded(due.id(), before);
                  });
      var first = nodes.submit(node);
      var second = nodes.submit(node);

      assertThat(
              List.of(
                  first.get(20, java.util.concurrent.TimeUnit.SECONDS),
                  second.get(20, java.util.concurrent.TimeUnit.SECONDS)))
          .containsExactlyInAnyOrder(true, false);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void criticalMomentsAreStoredAndReadOldestFirstAndFlagTheFamilyWithTheLatest() {
    Case c = stored("0363");
    Case other = stored("0599");
    Instant later = AT.plus(3, ChronoUnit.DAYS);
    long first = death(c, later);
    long second = death(c, AT);
    long elsewhere = death(other, AT);
    CriticalMoment laterMoment = new CriticalMoment(c.trajectory(), first, c.member().id(), later);
    CriticalMoment earlier = new CriticalMoment(c.trajectory(), second, c.member().id(), AT);
    store.write(
        s -> {
          s.criticalMoments().insert(laterMoment);
          s.criticalMoments().insert(earlier);
          s.criticalMoments()
              .insert(new CriticalMoment(other.trajectory(), elsewhere, other.member().id(), AT));
          return null;
        });

    assertThat(
            store.<List<CriticalMoment>>read(s -> s.criticalMoments().ofTrajectory(c.trajectory())))
        .containsExactly(earlier, laterMoment);
    assertThat(
            store.<List<CriticalMoment>>read(
                s -> s.criticalMoments().ofTrajectory(UUID.randomUUID())))
        .isEmpty();
    assertThat(family(c).lastCriticalMoment()).contains(later);
    assertThat(family(other).lastCriticalMoment()).contains(AT);
    assertThat(family(stored("0014")).lastCriticalMoment()).isEmpty();
  }

  private Family family(Case c) {
    return store.<Family>read(s -> s.families().find(c.family().id()).orElseThrow());
  }

  /** Appends the event of a death abroad; returns its sequence. */
  long death(Case c, Instant occurredAt) {
    return store
        .write(
            s ->
                s.events()
                    .append(
                        new Event(
                            0,
                            c.trajectory(),
                            Optional.of(c.member().id()),
                            occurredAt,
                            NOW,
                            "fatima",
                            OptionalLong.empty(),
                            new EventDetail.DeathAbroad())))
        .sequence();
  }
}
