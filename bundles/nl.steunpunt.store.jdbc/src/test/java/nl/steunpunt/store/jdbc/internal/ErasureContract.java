package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.erasure.ErasureGround;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
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
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FollowUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure in place: a family with every kind of personal data the store keeps (names, notes, free
 * texts of events, tasks, reports and break-glass, a referral and a partner record) is erased, and
 * then every text column of every table, found in {@code INFORMATION_SCHEMA.COLUMNS}, is searched
 * for each personal value written. The indicators are the same before and after; another family is
 * untouched. Run on H2 and on PostgreSQL.
 */
abstract class ErasureContract extends OnDatabase {

  static final Instant AT = NOW.minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** Every personal value written about the erased family; none may be left anywhere. */
  static final List<String> PERSONAL =
      List.of(
          "Yasmina",
          "Abdelkader",
          "Zoubida",
          "ar,tzm",
          "Intake after Abdelkader called about his daughter",
          "Yasmina talks about her brother in Raqqa",
          "Call Abdelkader about the passport of Yasmina",
          "Yasmina seen at the station at night",
          "Justified: Abdelkader confirmed",
          "Yasmina leaves on Thursday, no time to consult",
          "Abdelkader asked to stop",
          "therapy notes of Zoubida");

  Family family;
  Trajectory trajectory;
  Member daughter;
  Member father;
  Family other;
  Member otherMember;

  @BeforeEach
  void stored() {
    family =
        new Family(
            UUID.randomUUID(),
            "F-2026-0001",
            "0363",
            List.of("ar", "tzm"),
            nl.steunpunt.api.family.Background.MIGRANT_BACKGROUND,
            FamilyStatus.ACTIVE,
            AT,
            Optional.empty(),
            1);
    trajectory =
        new Trajectory(
            UUID.randomUUID(),
            family.id(),
            Phase.CONTACT,
            List.of(
                new TeamAssignment(
                    "fatima",
                    nl.steunpunt.api.trajectory.Expertise.RADICALISATION_EXPERT,
                    List.of("ar"))),
            java.util.Set.of("GM0363"),
            AT,
            1);
    daughter =
        new Member(
            UUID.randomUUID(),
            family.id(),
            MemberRole.SIBLING,
            "Yasmina",
            2008,
            List.of("ar", "tzm"),
            Whereabouts.ABROAD_CONFLICT_ZONE,
            1);
    father =
        new Member(
            UUID.randomUUID(),
            family.id(),
            MemberRole.PARENT,
            "Abdelkader",
            1970,
            List.of("ar"),
            Whereabouts.AT_HOME_NL,
            1);
    Member mother =
        new Member(
            UUID.randomUUID(),
            family.id(),
            MemberRole.PARENT,
            "Zoubida",
            1972,
            List.of("tzm"),
            Whereabouts.AT_HOME_NL,
            1);
    other = StoreContract.family("F-2026-0002", "0363", AT);
    otherMember = StoreContract.member(other.id(), "Noor", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          s.members().insert(daughter);
          s.members().insert(father);
          s.members().insert(mother);
          s.families().insert(other);
          s.trajectories().insert(StoreContract.trajectory(other.id(), Phase.CONTACT));
          s.members().insert(otherMember);
          event(s, Optional.empty(), at(1), phase(Phase.CONTACT, Phase.SUPPORT, PERSONAL.get(4)));
          s.trajectories()
              .update(
                  new Trajectory(
                      trajectory.id(),
                      family.id(),
                      Phase.SUPPORT,
                      trajectory.team(),
                      trajectory.partners(),
                      AT,
                      2),
                  1);
          Event departure =
              event(s, Optional.of(daughter.id()), at(2), new EventDetail.Departure());
          Event death = event(s, Optional.of(daughter.id()), at(3), new EventDetail.DeathAbroad());
          s.criticalMoments()
              .insert(new CriticalMoment(trajectory.id(), death.sequence(), daughter.id(), at(3)));
          Task plan = task(PERSONAL.get(6), TaskState.DONE, LocalDate.of(2026, 11, 5));
          s.tasks()
              .insert(
                  plan,
                  new FollowUp(FollowUp.Kind.SUPPORT_PLAN, death.sequence(), Optional.empty()));
          s.tasks().doneOn(plan.id(), LocalDate.of(2026, 11, 4));
          Task review = task("Risk review", TaskState.OPEN, LocalDate.of(2026, 11, 9));
          s.tasks()
              .insert(
                  review,
                  new FollowUp(
                      FollowUp.Kind.SIBLING_REVIEW, death.sequence(), Optional.of(daughter.id())));
          s.notes()
              .insert(
                  new Note(
                      UUID.randomUUID(),
                      trajectory.id(),
                      NoteCategory.COUNSELLING,
                      "fatima",
                      PERSONAL.get(5),
                      at(2)));
          s.notes()
              .insert(
                  new Note(
                      UUID.randomUUID(),
                      trajectory.id(),
                      NoteCategory.THERAPY,
                      "thomas",
                      PERSONAL.get(11),
                      at(2)));
          s.referrals()
              .insert(
                  new Referral(
                      UUID.randomUUID(),
                      trajectory.id(),
                      mother.id(),
                      "therapy-noord",
                      Optional.of(ReferralContract.byTheMember()),
                      at(2),
                      Optional.empty()));
          BreakGlass use =
              new BreakGlass(
                  UUID.randomUUID(),
                  family.id(),
                  "karim",
                  "steunpunt",
                  PERSONAL.get(7),
                  at(2),
                  at(3),
                  Optional.empty());
          s.breakGlass().insert(use);
          s.breakGlass()
              .review(use.id(), new BreakGlass.Review(true, PERSONAL.get(8), "priya", at(4)));
          s.reports().insert(reported(PERSONAL.get(9)));
          s.reports().insert(withdrawn(PERSONAL.get(10)));
          s.partnerRecords()
              .insert(
                  new PartnerRecord(
                      UUID.randomUUID(),
                      "gm0363",
                      new RecordSubject(RecordSubject.Kind.MEMBER, daughter.id()),
                      "{\"contact\":\"Yasmina\",\"father\":\"Abdelkader\"}",
                      at(2),
                      at(2),
                      1),
                  family.id());
          assertThat(departure.sequence()).isPositive();
          return null;
        });
  }

  private static Instant at(int days) {
    return AT.plus(days, ChronoUnit.DAYS);
  }

  private static EventDetail phase(Phase from, Phase to, String reason) {
    return new EventDetail.PhaseChange(from, to, Optional.of(reason));
  }

  private Event event(
      nl.steunpunt.store.StoreSession s, Optional<UUID> member, Instant at, EventDetail detail) {
    return s.events()
        .append(
            new Event(0, trajectory.id(), member, at, at, "fatima", OptionalLong.empty(), detail));
  }

  private Task task(String title, TaskState state, LocalDate due) {
    return new Task(
        UUID.randomUUID(), trajectory.id(), title, new TaskOwner.Staff("fatima"), due, state, 1);
  }

  private SecurityReport reported(String override) {
    return new SecurityReport(
        UUID.randomUUID(),
        trajectory.id(),
        daughter.id(),
        ReportReason.DEPARTED,
        ReportState.REPORTED,
        at(2),
        Optional.empty(),
        Optional.of(
            new Disclosure(
                at(2),
                Reporter.CENTRE,
                Recipient.POLICE,
                "Conflict of duties (conflict van plichten)",
                Optional.of(
                    new MinimalDataSet(
                        family.reference(),
                        "Yasmina",
                        2008,
                        ReportReason.DEPARTED,
                        LocalDate.of(2026, 10, 31),
                        "fatima")),
                Optional.of(override),
                "tineke")),
        Optional.empty(),
        Optional.empty(),
        1);
  }

  private SecurityReport withdrawn(String withdrawal) {
    return new SecurityReport(
        UUID.randomUUID(),
        trajectory.id(),
        father.id(),
        ReportReason.RETURN_EXPECTED,
        ReportState.WITHDRAWN,
        at(3),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(withdrawal),
        1);
  }

  private Erasure erase() {
    Erasure erasure =
        new Erasure(
            UUID.randomUUID(),
            family.id(),
            family.reference(),
            ErasureGround.REQUEST,
            NOW,
            "priya",
            "Request by letter of 2026-11-20, granted");
    store.write(
        s -> {
          s.erasures().eraseFamily(family.id());
          s.erasures().insert(erasure, trajectory.id());
          return null;
        });
    return erasure;
  }

  private Indicators indicators() {
    return store.read(s -> s.evaluation().indicators(Period.year(2026), NETHERLANDS));
  }

  /** Every text column of every table of the schema, as {table, column}. */
  private List<String[]> textColumns() throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = CURRENT_SCHEMA AND UPPER(data_type) IN"
                    + " ('CHARACTER VARYING', 'CHARACTER', 'TEXT', 'CHARACTER LARGE OBJECT')");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  /** Where a value is found in a text column, as {@code table.column}. */
  List<String> whereFound(String value) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String[] column : textColumns()) {
        String sql =
            "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setString(1, "%" + value + "%");
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              found.add(column[0] + "." + column[1]);
            }
          }
        }
      }
    }
    return found;
  }

  @Test
  void theScanFindsEveryPersonalValueBeforeErasure() throws SQLException {
    assertThat(textColumns()).hasSizeGreaterThan(40);
    for (String value : PERSONAL) {
      assertThat(whereFound(value)).as(value).isNotEmpty();
    }
  }

  @Test
  void nothingPersonalIsLeftInAnyTextColumnOfAnyTable() throws SQLException {
    erase();

    for (String value : PERSONAL) {
      assertThat(whereFound(value)).as(value).isEmpty();
    }
    // The other family keeps its data.
    assertThat(whereFound("Noor")).containsExactly(memberGivenName());
  }

  private String memberGivenName() throws SQLException {
    return textColumns().stream()
        .filter(c -> c[0].equalsIgnoreCase("member") && c[1].equalsIgnoreCase("given_name"))
        .map(c -> c[0] + "." + c[1])
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theIndicatorsAreTheSameBeforeAndAfter() {
    Indicators before = indicators();
    assertThat(before.familiesWithContact()).isEqualTo(2);
    assertThat(before.criticalMoments()).isEqualTo(1);

    erase();

    assertThat(indicators()).isEqualTo(before);
  }

  @Test
  void theFamilyKeepsItsReferenceAndFactsAndItsMembersTheirIdsAndRoles() {
    erase();

    Family erased = store.read(s -> s.families().find(family.id())).orElseThrow();
    assertThat(erased.reference()).isEqualTo(family.reference());
    assertThat(erased.status()).isEqualTo(FamilyStatus.ERASED);
    assertThat(erased.background()).isEqualTo(family.background());
    assertThat(erased.languages()).isEmpty();
    List<Member> members = store.read(s -> s.members().ofFamily(family.id()));
    assertThat(members)
        .extracting(Member::role)
        .containsExactly(MemberRole.SIBLING, MemberRole.PARENT, MemberRole.PARENT);
    assertThat(members).allSatisfy(m -> assertThat(m.givenName()).isEmpty());
    assertThat(members).allSatisfy(m -> assertThat(m.whereabouts()).isEqualTo(Whereabouts.UNKNOWN));
    List<Event> events =
        store.read(s -> s.events().ofTrajectory(trajectory.id(), new PageRequest(0, 100)).items());
    assertThat(events).hasSize(3);
    assertThat(events.get(0).detail())
        .isEqualTo(new EventDetail.PhaseChange(Phase.CONTACT, Phase.SUPPORT, Optional.empty()));
    // An erased family is in no list: not in the search, not among the reports.
    List<Family> found =
        store.read(
            s ->
                s.families()
                    .search(nl.steunpunt.store.FamilyFilter.ALL, new PageRequest(0, 10))
                    .items());
    assertThat(found).extracting(Family::id).containsExactly(other.id());
    long reports =
        store.read(
            s ->
                s.reports()
                    .search(Optional.empty(), Optional.empty(), new PageRequest(0, 10))
                    .total());
    long toPolice =
        store.read(
            s ->
                s.reports()
                    .disclosedTo(Recipient.POLICE, Optional.empty(), new PageRequest(0, 10))
                    .total());
    List<SecurityReport> unacknowledged =
        store.read(s -> s.reports().unacknowledgedWithoutReminder(NOW));
    long openTasks =
        store.read(
            s ->
                s.tasks().open(Optional.empty(), Optional.empty(), new PageRequest(0, 10)).total());
    assertThat(reports).isZero();
    assertThat(toPolice).isZero();
    assertThat(unacknowledged).isEmpty();
    assertThat(openTasks).isZero();
  }

  @Test
  void theErasureIsRecordedAndListed() {
    Erasure erasure = erase();

    Optional<Erasure> ofFamily = store.read(s -> s.erasures().ofFamily(family.id()));
    Optional<Erasure> ofOther = store.read(s -> s.erasures().ofFamily(other.id()));
    List<Erasure> listed = store.read(s -> s.erasures().list(new PageRequest(0, 10)).items());
    assertThat(ofFamily).contains(erasure);
    assertThat(ofOther).isEmpty();
    assertThat(listed).containsExactly(erasure);
  }

  @Test
  void onlyFamiliesClosedBeforeTheMomentAreDueAndAReopenedOneIsNot() {
    Family closed = closedFamily(at(1));
    Family closedLater = closedFamily(at(5));
    Family reopened = closedFamily(at(1));
    store.write(
        s -> {
          Trajectory t = s.trajectories().ofFamily(reopened.id()).orElseThrow();
          s.events()
              .append(
                  new Event(
                      0,
                      t.id(),
                      Optional.empty(),
                      at(2),
                      at(2),
                      "fatima",
                      OptionalLong.empty(),
                      phase(Phase.CLOSED, Phase.SUPPORT, "back")));
          s.trajectories()
              .update(
                  new Trajectory(
                      t.id(), reopened.id(), Phase.SUPPORT, List.of(), t.partners(), AT, 3),
                  2);
          return null;
        });

    List<UUID> byDay3 = store.read(s -> s.erasures().closedBefore(at(3), 10));
    List<UUID> byDay6 = store.read(s -> s.erasures().closedBefore(at(6), 10));
    Optional<Instant> closedSince = store.read(s -> s.erasures().closedSince(closed.id()));
    Optional<Instant> reopenedSince = store.read(s -> s.erasures().closedSince(reopened.id()));
    Optional<Instant> openSince = store.read(s -> s.erasures().closedSince(family.id()));
    assertThat(byDay3).containsExactly(closed.id());
    assertThat(byDay6).containsExactly(closed.id(), closedLater.id());
    assertThat(closedSince).contains(at(1));
    assertThat(reopenedSince).isEmpty();
    assertThat(openSince).isEmpty();
  }

  private int closedFamilies;

  private Family closedFamily(Instant closedAt) {
    closedFamilies++;
    Family f = StoreContract.family(String.format("F-2025-%04d", closedFamilies), "0363", AT);
    Trajectory t = StoreContract.trajectory(f.id(), Phase.CONTACT);
    store.write(
        s -> {
          s.families().insert(f);
          s.trajectories().insert(t);
          s.events()
              .append(
                  new Event(
                      0,
                      t.id(),
                      Optional.empty(),
                      closedAt,
                      closedAt,
                      "fatima",
                      OptionalLong.empty(),
                      phase(Phase.CONTACT, Phase.CLOSED, "no further help needed")));
          s.trajectories()
              .update(
                  new Trajectory(t.id(), f.id(), Phase.CLOSED, List.of(), t.partners(), AT, 2), 1);
          return null;
        });
    return f;
  }
}
