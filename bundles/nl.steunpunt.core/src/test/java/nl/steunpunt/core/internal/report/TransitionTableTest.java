package nl.steunpunt.core.internal.report;

import static nl.steunpunt.core.internal.family.CoreServices.LEGAL_BASIS;
import static nl.steunpunt.core.internal.family.CoreServices.NOW;
import static nl.steunpunt.core.internal.family.CoreServices.OTHER_COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.report.Consultation;
import nl.steunpunt.api.report.Disclosure;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the workflow's table through the real service and store: every move works from the states
 * it lists and ends in its state; from every other state it is refused with the reason the service
 * gave before the table drove it, and changes nothing.
 */
class TransitionTableTest {

  @TempDir Path folder;
  CoreServices core;
  Family family;
  Trajectory trajectory;
  Member mother;
  Member son;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    family =
        core.families.create(
            OTHER_COUNSELLOR, new NewFamily("0363", List.of("nl"), Background.NOT_RECORDED));
    trajectory = core.trajectories.ofFamily(OTHER_COUNSELLOR, family.id()).orElseThrow();
    mother = add(MemberRole.PARENT, "Khadija", 1975);
    son = add(MemberRole.CHILD_ABROAD, "Yusuf", 2006);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  @Test
  void theTableIsTheStateMachineTheApiDocuments() {
    for (ReportState state : ReportState.values()) {
      assertThat(Transition.next(state)).as("next of " + state).isEqualTo(state.next());
    }
  }

  @Test
  void everyMoveWorksFromTheStatesTheTableLists() {
    for (Transition move : Transition.values()) {
      for (ReportState from : move.from) {
        SecurityReport report = stored(from, move);

        SecurityReport moved = make(move, report);

        assertThat(moved.state()).as(move + " from " + from).isEqualTo(move.to);
        assertThat(moved.version()).as(move + " from " + from).isEqualTo(report.version() + 1);
      }
    }
  }

  @Test
  void everyOtherStateIsRefusedWithTheReasonOfBeforeAndChangesNothing() {
    int refused = 0;
    for (Transition move : Transition.values()) {
      for (ReportState from : EnumSet.complementOf(EnumSet.copyOf(move.from))) {
        SecurityReport report = stored(from, move);

        assertThatThrownBy(() -> make(move, report))
            .as(move + " from " + from)
            .isInstanceOf(ConflictException.class)
            .hasMessage(reasonOfBefore(move, from));
        Optional<SecurityReport> after = core.store.read(s -> s.reports().find(report.id()));
        assertThat(after).as(move + " from " + from).contains(report);
        refused++;
      }
    }
    assertThat(refused).isEqualTo(7 * 6 - 8);
  }

  /**
   * The reasons {@code Transitions.why} gave before the table (the copy is the point: it does not
   * read the table), with the next states in their declared order.
   */
  private static String reasonOfBefore(Transition move, ReportState from) {
    if (move == Transition.REPORT_WITHOUT_CONSULTATION) {
      return "Only a draft can be reported without a consultation; this report is " + from + ".";
    }
    ReportState to = move.to;
    if (from.next().isEmpty()) {
      return "The report is " + from + ": it cannot change any more.";
    }
    if (to == ReportState.REPORTED && from == ReportState.DRAFT) {
      return "The parents have not been consulted yet: record the consultation first, or let a"
          + " team lead report without it in acute danger.";
    }
    if (to == ReportState.WITHDRAWN) {
      return "A report that was " + from + " cannot be withdrawn any more.";
    }
    return "A report that is "
        + from
        + " cannot become "
        + to
        + "; next is one of "
        + EnumSet.copyOf(from.next())
        + ".";
  }

  /** Makes the move as the service's callers do, as someone who may. */
  private SecurityReport make(Transition move, SecurityReport r) {
    return switch (move) {
      case CONSULT ->
          core.reports.consult(
              OTHER_COUNSELLOR,
              r.id(),
              r.version(),
              new NewConsultation(NOW, List.of(mother.id()), Reporter.CENTRE, Recipient.POLICE));
      case REPORT ->
          core.reports.report(OTHER_COUNSELLOR, r.id(), r.version(), LEGAL_BASIS, Optional.empty());
      case REPORT_WITHOUT_CONSULTATION ->
          core.reports.reportWithoutConsultation(
              TEAM_LEAD, r.id(), r.version(), LEGAL_BASIS, Recipient.POLICE, "acute danger");
      case ACKNOWLEDGE -> core.reports.acknowledge(OTHER_COUNSELLOR, r.id(), r.version());
      case ACKNOWLEDGE_RECEIVED -> {
        core.reports.acknowledgeReceived(POLICE, r.id(), r.version());
        yield core.reports.find(OTHER_COUNSELLOR, r.id()).orElseThrow();
      }
      case CLOSE -> core.reports.close(OTHER_COUNSELLOR, r.id(), r.version());
      case WITHDRAW -> core.reports.withdraw(OTHER_COUNSELLOR, r.id(), r.version(), "not needed");
    };
  }

  /**
   * A report in a state, stored as it is: with a consultation and a disclosure whatever the state,
   * so that only the state can stop a move. The centre made it to the police, except for the
   * centre's own acknowledgement, which is of a report the family made.
   */
  private SecurityReport stored(ReportState state, Transition move) {
    Reporter reporter = move == Transition.ACKNOWLEDGE ? Reporter.FAMILY : Reporter.CENTRE;
    SecurityReport report =
        new SecurityReport(
            UUID.randomUUID(),
            trajectory.id(),
            son.id(),
            ReportReason.DEPARTURE_RISK,
            state,
            NOW,
            Optional.of(
                new Consultation(NOW, List.of(mother.id()), reporter, Recipient.POLICE, "karim")),
            Optional.of(
                new Disclosure(
                    NOW,
                    reporter,
                    Recipient.POLICE,
                    LEGAL_BASIS,
                    Optional.of(
                        new MinimalDataSet(
                            family.reference(),
                            "Yusuf",
                            2006,
                            ReportReason.DEPARTURE_RISK,
                            LocalDate.of(2026, 11, 28),
                            "karim")),
                    Optional.empty(),
                    "karim")),
            Optional.empty(),
            Optional.empty(),
            1);
    core.store.write(
        s -> {
          s.reports().insert(report);
          return null;
        });
    return report;
  }

  private Member add(MemberRole role, String name, int born) {
    return core.families.addMember(
        OTHER_COUNSELLOR,
        family.id(),
        new NewMember(role, name, born, List.of("nl"), Whereabouts.AT_HOME_NL));
  }
}
