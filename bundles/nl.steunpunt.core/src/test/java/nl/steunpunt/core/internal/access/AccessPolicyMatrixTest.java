package nl.steunpunt.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.municipality.CsvMunicipalityRegister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy decides every cell of the {@link AccessMatrix} as the matrix says, for an actor with
 * only that role: without a relationship, with the relationship of the role, and with only an open
 * break-glass.
 */
class AccessPolicyMatrixTest {

  private static AccessPolicy policy;

  private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID OTHER_MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID BREAK_GLASS = UUID.fromString("00000000-0000-0000-0000-0000000000bb");

  /** The purpose each role acts for. */
  private static final Map<Role, Purpose> PURPOSES =
      Map.of(
          Role.COUNSELLOR, Purpose.CARE,
          Role.TEAM_LEAD, Purpose.CARE,
          Role.MUNICIPALITY_OFFICER, Purpose.MUNICIPAL_SUPPORT,
          Role.POLICE_LIAISON, Purpose.SECURITY_REPORTING,
          Role.THERAPIST, Purpose.THERAPY,
          Role.EVALUATOR, Purpose.EVALUATION,
          Role.PRIVACY_OFFICER, Purpose.PRIVACY_SUPERVISION,
          Role.OPERATOR, Purpose.OPERATIONS);

  /** Every tie at once: on the team, municipal, a referred member and an open break-glass. */
  private static final Relationship EVERY_TIE =
      new Relationship(true, true, Set.of(MEMBER), Optional.of(BREAK_GLASS));

  private static final Relationship ONLY_BREAK_GLASS =
      new Relationship(false, false, Set.of(), Optional.of(BREAK_GLASS));

  @BeforeAll
  static void policy() throws IOException {
    policy = new AccessPolicy(CsvMunicipalityRegister.shipped());
  }

  static Stream<Arguments> cells() {
    return Arrays.stream(Role.values())
        .flatMap(
            role ->
                Arrays.stream(DataCategory.values())
                    .flatMap(
                        category ->
                            Action.ON_DATA.stream()
                                .map(action -> Arguments.of(role, category, action))));
  }

  static Stream<Arguments> cellsOfRolesWithARelationship() {
    return cells().filter(a -> relationshipOf((Role) a.get()[0]).isPresent());
  }

  static Stream<Arguments> cellsOfRolesWithoutARelationship() {
    return cells().filter(a -> relationshipOf((Role) a.get()[0]).isEmpty());
  }

  @ParameterizedTest(name = "{0} {2} {1}")
  @MethodSource("cells")
  void withoutARelationshipOnlyAGrantOnAllIsAllowed(
      Role role, DataCategory category, Action action) {
    Grant grant = AccessMatrix.grant(role, category, action);

    Decision decision =
        policy.decide(actorWith(role), action, category, Relationship.NONE, Optional.empty());

    assertThat(decision.allowed())
        .as(cell(role, category, action, grant))
        .isEqualTo(grant == Grant.ANY);
    assertThat(decision.purpose())
        .as(cell(role, category, action, grant))
        .isEqualTo(PURPOSES.get(role));
    assertThat(decision.breakGlass()).as(cell(role, category, action, grant)).isEmpty();
    assertThat(policy.mayAtAll(actorWith(role), action, category))
        .as(cell(role, category, action, grant))
        .isEqualTo(grant != Grant.NONE);
  }

  @ParameterizedTest(name = "{0} {2} {1}")
  @MethodSource("cellsOfRolesWithARelationship")
  void withTheRelationshipOfTheRoleAnyGrantIsAllowed(
      Role role, DataCategory category, Action action) {
    Grant grant = AccessMatrix.grant(role, category, action);

    Decision decision =
        policy.decide(
            actorWith(role),
            action,
            category,
            relationshipOf(role).orElseThrow(),
            Optional.empty());

    assertThat(decision.allowed())
        .as(cell(role, category, action, grant))
        .isEqualTo(
            grant == Grant.ANY
                || grant == Grant.RELATED && !AccessPolicy.recipientOnly(role, category));
    assertThat(decision.purpose())
        .as(cell(role, category, action, grant))
        .isEqualTo(PURPOSES.get(role));
    assertThat(decision.breakGlass()).as(cell(role, category, action, grant)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMunicipalityOfficerSeesNoReportOfItsFamiliesOutsideTheReportsMadeToIt() {
    Relationship municipal = new Relationship(false, true, Set.of(), Optional.empty());

    for (Action action : Action.ON_DATA) {
      assertThat(
              policy
                  .decide(
                      actorWith(Role.MUNICIPALITY_OFFICER),
                      action,
                      DataCategory.SECURITY_REPORTS,
                      municipal,
                      Optional.empty())
                  .allowed())
          .as(action.toString())
          .isFalse();
    }
    assertThat(
            policy
                .decide(
                    actorWith(Role.MUNICIPALITY_OFFICER),
                    Action.READ,
                    DataCategory.IDENTITY,
                    municipal,
                    Optional.empty())
                .allowed())
        .isTrue();
  }

  /**
   * The police liaison's relationship is a report addressed to the police, which comes with the
   * security reports; the evaluator, privacy officer and operator have none. For them no tie to a
   * family gives more than their grants on all.
   */
  @ParameterizedTest(name = "{0} {2} {1}")
  @MethodSource("cellsOfRolesWithoutARelationship")
  void forARoleWithoutARelationshipNoTieGivesMoreThanItsGrantsOnAll(
      Role role, DataCategory category, Action action) {
    Grant grant = AccessMatrix.grant(role, category, action);

    Decision decision =
        policy.decide(actorWith(role), action, category, EVERY_TIE, Optional.of(MEMBER));

    assertThat(decision.allowed())
        .as(cell(role, category, action, grant))
        .isEqualTo(grant == Grant.ANY);
    assertThat(decision.breakGlass()).as(cell(role, category, action, grant)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {2} {1}")
  @MethodSource("cells")
  void breakGlassServesOnlyTheCentresRolesAndIsThenAnEmergency(
      Role role, DataCategory category, Action action) {
    Grant grant = AccessMatrix.grant(role, category, action);
    boolean centre = role == Role.COUNSELLOR || role == Role.TEAM_LEAD;

    Decision decision =
        policy.decide(actorWith(role), action, category, ONLY_BREAK_GLASS, Optional.empty());

    String cell = cell(role, category, action, grant);
    if (grant == Grant.ANY) {
      // No break-glass needed: the access is allowed for the role's own purpose.
      assertThat(decision.allowed()).as(cell).isTrue();
      assertThat(decision.purpose()).as(cell).isEqualTo(PURPOSES.get(role));
      assertThat(decision.breakGlass()).as(cell).isEmpty();
    } else if (grant == Grant.RELATED && centre) {
      assertThat(decision.allowed()).as(cell).isTrue();
      assertThat(decision.purpose()).as(cell).isEqualTo(Purpose.EMERGENCY);
      assertThat(decision.breakGlass()).as(cell).contains(BREAK_GLASS);
    } else {
      assertThat(decision.allowed()).as(cell).isFalse();
      assertThat(decision.breakGlass()).as(cell).isEmpty();
    }
  }

  @Test
  void theOperatorSeesNoCaseContent() {
    Actor operator =
        TestActors.actor("otto", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE);
    for (DataCategory category : EnumSet.complementOf(EnumSet.of(DataCategory.AUDIT))) {
      for (Action action : Action.values()) {
        for (Optional<UUID> member : Set.of(Optional.<UUID>empty(), Optional.of(MEMBER))) {
          assertThat(policy.decide(operator, action, category, EVERY_TIE, member).allowed())
              .as("operator %s %s (member %s)", action, category, member)
              .isFalse();
        }
        assertThat(policy.mayAtAll(operator, action, category))
            .as("operator %s %s at all", action, category)
            .isFalse();
      }
    }
    // Verifying the audit chain reveals no content, and is all the operator may do with it.
    for (Action action : Action.values()) {
      assertThat(policy.decide(operator, action, DataCategory.AUDIT).allowed())
          .as("operator %s AUDIT", action)
          .isEqualTo(action == Action.VERIFY);
    }
  }

  @Test
  void aPartnerBundleChannelIsRefusedEverything() {
    Actor partner =
        TestActors.actor(
            "partner",
            EnumSet.allOf(Role.class),
            new Organisation("therapy-noord"),
            new Channel.PartnerBundle("nl.example.partner", "1.0.0"));
    for (DataCategory category : DataCategory.values()) {
      for (Action action : Action.values()) {
        for (Relationship relationship : Set.of(Relationship.NONE, EVERY_TIE, ONLY_BREAK_GLASS)) {
          Decision decision =
              policy.decide(partner, action, category, relationship, Optional.of(MEMBER));
          assertThat(decision.allowed())
              .as("partner bundle %s %s with %s", action, category, relationship)
              .isFalse();
          assertThat(decision.breakGlass()).isEmpty();
        }
        assertThat(policy.mayAtAll(partner, action, category))
            .as("partner bundle %s %s at all", action, category)
            .isFalse();
      }
    }
  }

  @Test
  void aTherapistSeesOnlyReferredMembers() {
    Actor therapist = actorWith(Role.THERAPIST);
    Relationship referred = new Relationship(false, false, Set.of(MEMBER), Optional.empty());
    for (DataCategory category : Set.of(DataCategory.IDENTITY, DataCategory.THERAPY_NOTES)) {
      Decision in = policy.decide(therapist, Action.READ, category, referred, Optional.of(MEMBER));
      assertThat(in.allowed()).as("READ %s of the referred member", category).isTrue();
      assertThat(in.purpose()).isEqualTo(Purpose.THERAPY);

      assertThat(
              policy
                  .decide(therapist, Action.READ, category, referred, Optional.of(OTHER_MEMBER))
                  .allowed())
          .as("READ %s of a member who was not referred", category)
          .isFalse();
      assertThat(
              policy
                  .decide(therapist, Action.READ, category, Relationship.NONE, Optional.of(MEMBER))
                  .allowed())
          .as("READ %s without a referral", category)
          .isFalse();
    }
    // Being on the team, municipal or having break-glass does not stand in for a referral.
    Relationship everyTieButReferral =
        new Relationship(true, true, Set.of(), Optional.of(BREAK_GLASS));
    assertThat(
            policy
                .decide(
                    therapist,
                    Action.READ,
                    DataCategory.IDENTITY,
                    everyTieButReferral,
                    Optional.of(MEMBER))
                .allowed())
        .isFalse();
  }

  /** An actor with only this role, of an organisation that fits it. */
  private static Actor actorWith(Role role) {
    Organisation organisation =
        switch (role) {
          case MUNICIPALITY_OFFICER -> new Organisation("GM0363");
          case POLICE_LIAISON -> new Organisation("police");
          case THERAPIST -> new Organisation("therapy-noord");
          case EVALUATOR -> new Organisation("evaluation");
          default -> Organisation.CENTRE;
        };
    Channel channel = role == Role.OPERATOR ? Channel.CONSOLE : Channel.WEB;
    return TestActors.actor("user-" + role.roleName(), Set.of(role), organisation, channel);
  }

  /** A relationship that holds for the role, without break-glass; empty when the role has none. */
  private static Optional<Relationship> relationshipOf(Role role) {
    switch (role) {
      case COUNSELLOR:
      case TEAM_LEAD:
        return Optional.of(new Relationship(true, false, Set.of(), Optional.empty()));
      case MUNICIPALITY_OFFICER:
        return Optional.of(new Relationship(false, true, Set.of(), Optional.empty()));
      case THERAPIST:
        return Optional.of(new Relationship(false, false, Set.of(MEMBER), Optional.empty()));
      default:
        return Optional.empty();
    }
  }

  private static String cell(Role role, DataCategory category, Action action, Grant grant) {
    return role.roleName() + " / " + category + " / " + action + " (matrix: " + grant + ")";
  }
}
