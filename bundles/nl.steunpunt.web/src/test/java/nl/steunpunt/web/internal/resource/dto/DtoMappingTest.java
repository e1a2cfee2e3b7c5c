package nl.steunpunt.web.internal.resource.dto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.junit.jupiter.api.Test;

class DtoMappingTest {

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  private final Instant at = Instant.parse("2026-11-28T10:15:30Z");

  private static List<String> fieldsOf(Runnable mapping) {
    return catchThrowableOfType(ValidationException.class, mapping::run).errors().stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void aFamilyIsShownWithIsoDatesEnumNamesAndItsCriticalMomentFlag() {
    Family family =
        new Family(
            id,
            "F-2026-0001",
            "0363",
            List.of("nl", "ar"),
            Background.MIGRANT_BACKGROUND,
            FamilyStatus.ACTIVE,
            at,
            Optional.of(at.plusSeconds(3600)),
            2);

    assertThat(json.writeString(FamilyJson.of(family)))
        .isEqualTo(
            "{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"reference\":\"F-2026-0001\","
                + "\"municipality\":\"0363\",\"languages\":[\"nl\",\"ar\"],"
                + "\"background\":\"MIGRANT_BACKGROUND\",\"status\":\"ACTIVE\","
                + "\"createdAt\":\"2026-11-28T10:15:30Z\","
                + "\"lastCriticalMoment\":\"2026-11-28T11:15:30Z\",\"version\":2}");
  }

  @Test
  void aPhaseChangeIsShownWithFromToAndReason() {
    Event event =
        new Event(
            7,
            id,
            Optional.empty(),
            at,
            at,
            "counsellor",
            OptionalLong.empty(),
            new EventDetail.PhaseChange(Phase.CLOSED, Phase.SUPPORT, Optional.of("new concern")));

    String shown = json.writeString(EventJson.of(event));

    assertThat(shown)
        .contains("\"type\":\"PHASE_CHANGE\"")
        .contains("\"from\":\"CLOSED\",\"to\":\"SUPPORT\",\"reason\":\"new concern\"")
        .contains("\"memberId\":null")
        .contains("\"corrects\":null");
  }

  @Test
  void aPlainEventHasNoFromOrTo() {
    Event event =
        new Event(
            8,
            id,
            Optional.of(id),
            at,
            at,
            "counsellor",
            OptionalLong.of(7),
            new EventDetail.DeathAbroad());

    String shown = json.writeString(EventJson.of(event));

    assertThat(shown)
        .contains("\"type\":\"DEATH_ABROAD\"", "\"corrects\":7")
        .doesNotContain("\"from\"", "\"to\"", "\"reason\"");
  }

  @Test
  void aWhereaboutsChangeIsShownWithFromAndTo() {
    Event event =
        new Event(
            9,
            id,
            Optional.of(id),
            at,
            at,
            "counsellor",
            OptionalLong.empty(),
            new EventDetail.WhereaboutsChange(Whereabouts.AT_HOME_NL, Whereabouts.DETAINED));

    assertThat(json.writeString(EventJson.of(event)))
        .contains("\"type\":\"WHEREABOUTS_CHANGE\",\"from\":\"AT_HOME_NL\",\"to\":\"DETAINED\"");
  }

  @Test
  void everyEventTypeMapsBothWays() {
    for (EventType type : EventType.values()) {
      type.recordable().ifPresent(detail -> assertThat(EventType.of(detail)).isEqualTo(type));
    }
    assertThat(EventType.PHASE_CHANGE.recordable()).isEmpty();
    assertThat(EventType.WHEREABOUTS_CHANGE.recordable()).isEmpty();
  }

  @Test
  void anEventRequestBecomesANewEvent() {
    NewEvent event =
        new EventRequest(EventType.SIBLING_CONCERN, id, "2026-11-28T10:15:30Z", 3L).toNew();

    assertThat(event)
        .isEqualTo(
            new NewEvent(
                Optional.of(id), at, OptionalLong.of(3), new EventDetail.SiblingConcern()));
  }

  @Test
  void aPhaseChangeCannotBeRecordedAsAnEventAndAMalformedTimeIsNamed() {
    assertThat(
            fieldsOf(
                () -> new EventRequest(EventType.PHASE_CHANGE, null, "yesterday", null).toNew()))
        .containsExactly("type", "occurredAt");
  }

  @Test
  void missingEventPartsAreLeftToTheService() {
    NewEvent event = new EventRequest(null, null, null, null).toNew();

    assertThat(event.detail()).isNull();
    assertThat(event.occurredAt()).isNull();
  }

  @Test
  void aTeamMemberWithoutUserOrExpertiseIsAFieldErrorNotACrash() {
    TeamRequest request =
        new TeamRequest(
            List.of(
                new TeamMemberJson("amina", Expertise.COUNSELLOR, null),
                new TeamMemberJson(null, null, List.of("nl"))));

    assertThat(fieldsOf(request::toAssignments))
        .containsExactly("team[1].user", "team[1].expertise");
  }

  @Test
  void aTeamRequestBecomesAssignments() {
    assertThat(
            new TeamRequest(List.of(new TeamMemberJson("amina", Expertise.COUNSELLOR, null)))
                .toAssignments())
        .containsExactly(new TeamAssignment("amina", Expertise.COUNSELLOR, List.of()));
    assertThat(new TeamRequest(null).toAssignments()).isNull();
  }

  @Test
  void aTaskOwnerMapsToStaffOrPartner() {
    var staff =
        new TaskRequest("Plan", new OwnerJson(OwnerJson.Kind.STAFF, "amina"), "2026-11-30").toNew();
    var partner =
        new TaskRequest("Plan", new OwnerJson(OwnerJson.Kind.PARTNER, "GM0363"), null).toNew();

    assertThat(staff.owner()).isEqualTo(new TaskOwner.Staff("amina"));
    assertThat(staff.due()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(partner.owner()).isEqualTo(new TaskOwner.Partner("GM0363"));
    assertThat(OwnerJson.of(partner.owner()))
        .isEqualTo(new OwnerJson(OwnerJson.Kind.PARTNER, "GM0363"));
  }

  @Test
  void anIncompleteOwnerAndAMalformedDueDateAreNamed() {
    assertThat(
            fieldsOf(
                () -> new TaskRequest("Plan", new OwnerJson(null, null), "30-11-2026").toNew()))
        .containsExactly("owner.kind", "owner.name", "due");
  }

  @Test
  void theServicesOwnerFieldsAreRenamedToTheJsonField() {
    ValidationException renamed =
        TaskRequest.inJsonTerms(
            new ValidationException(
                List.of(
                    new FieldError("owner.organisation", "is not an organisation id"),
                    new FieldError("title", "is required"))));

    assertThat(renamed.errors())
        .extracting(FieldError::field)
        .containsExactly("owner.name", "title");
  }

  @Test
  void searchParametersWithUnknownValuesAreNamed() {
    var query =
        new FamilySearchQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of("LATER"),
            Optional.of("MARS"),
            Optional.empty());

    assertThat(fieldsOf(query::toSearch)).containsExactly("phase", "whereabouts");
  }

  @Test
  void searchParametersBecomeASearch() {
    var search =
        new FamilySearchQuery(
                Optional.of("F-2026-0001"),
                Optional.of("0363"),
                Optional.of("SUPPORT"),
                Optional.of("DETAINED"),
                Optional.of("2026"))
            .toSearch();

    assertThat(search.phase()).contains(Phase.SUPPORT);
    assertThat(search.families().municipality()).contains("0363");
    assertThat(search.families().memberWhereabouts()).contains(Whereabouts.DETAINED);
    assertThat(search.families().text()).contains("2026");
  }

  @Test
  void aTrajectoryShowsItsPartnersSorted() {
    Trajectory trajectory =
        new Trajectory(id, id, Phase.CONTACT, List.of(), Set.of("police", "GM0363"), at, 1);

    assertThat(TrajectoryJson.of(trajectory).partners()).containsExactly("GM0363", "police");
  }

  @Test
  void aMalformedOccurredAtOfAWhereaboutsChangeIsNamed() {
    assertThat(
            fieldsOf(() -> new WhereaboutsRequest(Whereabouts.DETAINED, "now").occurredAtInstant()))
        .containsExactly("occurredAt");
    assertThat(
            new WhereaboutsRequest(Whereabouts.DETAINED, "2026-11-28T10:15:30Z")
                .occurredAtInstant())
        .isEqualTo(at);
  }

  @Test
  void noteTextAndNamesNeverShowInToString() {
    assertThat(new NoteRequest(null, "very private").toString()).doesNotContain("private");
    assertThat(new NewMemberRequest(null, "Yusuf", 2001, null, null).toString())
        .doesNotContain("Yusuf");
    assertThat(new MemberRequest(null, "Yusuf", 2001, null).toString()).doesNotContain("Yusuf");
  }

  @Test
  void requestBodiesAreReadStrictly() {
    FamilyRequest request =
        json.read(
            new java.io.ByteArrayInputStream(
                "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"DUTCH_ORIGIN\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            -1,
            FamilyRequest.class);

    assertThat(request.toNew().background()).isEqualTo(Background.DUTCH_ORIGIN);
  }
}
