package nl.steunpunt.core.internal.partner.records;

import static nl.steunpunt.core.internal.family.CoreServices.AMSTERDAM_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.COUNSELLOR;
import static nl.steunpunt.core.internal.family.CoreServices.LEGAL_BASIS;
import static nl.steunpunt.core.internal.family.CoreServices.POLICE;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.family.NewMember;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.NewConsultation;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's calls get the user's rights intersected with the partner's grant, through the real
 * access policy, services and H2 store; the partner trust's answer is the only stand-in (a map of
 * channels to reaches, as {@code PartnerTrust} gives for installed, allow-listed, granted bundles).
 */
class PartnerChannelAccessTest {

  static final Channel.PartnerBundle MUNICIPALITY =
      new Channel.PartnerBundle("nl.steunpunt.partner.municipality", "0.1.0");
  static final Channel.PartnerBundle POLICE_BUNDLE =
      new Channel.PartnerBundle("nl.steunpunt.partner.police", "0.1.0");
  static final Channel.PartnerBundle THERAPY =
      new Channel.PartnerBundle("nl.steunpunt.partner.therapy", "0.1.0");
  static final Channel.PartnerBundle UNLISTED =
      new Channel.PartnerBundle("nl.example.unlisted", "1.0.0");

  static final PartnerGrant MUNICIPALITY_GRANT =
      new PartnerGrant(
          "gemeente-amsterdam",
          OrganisationKind.MUNICIPALITY,
          Purpose.MUNICIPAL_SUPPORT,
          Set.of("0363"),
          Optional.empty(),
          Set.of(
              DataCategory.IDENTITY,
              DataCategory.TRAJECTORY_STATUS,
              DataCategory.TASKS,
              DataCategory.SECURITY_REPORTS),
          true,
          false);
  static final PartnerGrant POLICE_GRANT =
      new PartnerGrant(
          "politie",
          OrganisationKind.POLICE,
          Purpose.SECURITY_REPORTING,
          Set.of(),
          Optional.empty(),
          Set.of(DataCategory.SECURITY_REPORTS),
          false,
          false);
  static final PartnerGrant THERAPY_GRANT =
      new PartnerGrant(
          "therapie-noord",
          OrganisationKind.THERAPY,
          Purpose.THERAPY,
          Set.of(),
          Optional.of("therapy-noord"),
          Set.of(DataCategory.IDENTITY, DataCategory.THERAPY_NOTES),
          true,
          false);

  /** A police liaison who is also, wrongly, given the therapist role: the grant still holds. */
  static final Actor POLICE_WITH_THERAPY_ROLE =
      TestActors.actor(
          "pieter",
          Set.of(Role.POLICE_LIAISON, Role.THERAPIST),
          new Organisation("police"),
          Channel.WEB);

  @TempDir Path folder;
  CoreServices core;
  Family amsterdam;
  Family rotterdam;
  Trajectory trajectory;
  Member mother;
  Member son;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    core.partners.put(MUNICIPALITY, MUNICIPALITY_GRANT.reach());
    core.partners.put(POLICE_BUNDLE, POLICE_GRANT.reach());
    core.partners.put(THERAPY, THERAPY_GRANT.reach());
    amsterdam = inSupport("0363");
    rotterdam = inSupport("0599");
    trajectory = core.trajectories.ofFamily(COUNSELLOR, amsterdam.id()).orElseThrow();
    mother = add(amsterdam, MemberRole.PARENT, "Khadija", 1975);
    son = add(amsterdam, MemberRole.CHILD_ABROAD, "Yusuf", 2006);
    core.trajectories.refer(
        COUNSELLOR,
        trajectory.id(),
        new NewReferral(
            son.id(),
            "therapy-noord",
            new Consent(
                ConsentBy.MEMBER, List.of(), LocalDate.of(2026, 11, 1), ConsentForm.WRITTEN)));
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private Family inSupport(String municipality) {
    Family family =
        core.families.create(
            COUNSELLOR, new NewFamily(municipality, List.of("nl"), Background.NOT_RECORDED));
    Trajectory t = core.trajectories.ofFamily(COUNSELLOR, family.id()).orElseThrow();
    t =
        core.trajectories.involvePartners(
            COUNSELLOR, t.id(), t.version(), List.of("GM" + municipality));
    core.trajectories.changePhase(COUNSELLOR, t.id(), t.version(), Phase.SUPPORT, Optional.empty());
    return family;
  }

  private Member add(Family family, MemberRole role, String name, int born) {
    return core.families.addMember(
        COUNSELLOR,
        family.id(),
        new NewMember(role, name, born, List.of("nl"), Whereabouts.AT_HOME_NL));
  }

  private PartnerContext context(PartnerGrant grant, Channel.PartnerBundle channel) {
    return InRequest.of(raw(grant, channel), channel);
  }

  private PartnerRecordContext raw(PartnerGrant grant, Channel.PartnerBundle channel) {
    return new PartnerRecordContext(
        core.cases,
        grant,
        () -> Optional.ofNullable(core.partners.get(channel)).map(r -> grant),
        channel,
        type ->
            type == FamilyService.class
                ? core.families
                : type == TrajectoryService.class ? core.trajectories : core.reports);
  }

  private SecurityReport reportedTo(Recipient recipient) {
    SecurityReport draft =
        core.reports.draft(COUNSELLOR, trajectory.id(), son.id(), ReportReason.DEPARTURE_RISK);
    SecurityReport consulted =
        core.reports.consult(
            COUNSELLOR,
            draft.id(),
            draft.version(),
            new NewConsultation(
                CoreServices.NOW, List.of(mother.id()), Reporter.CENTRE, recipient));
    return core.reports.report(
        COUNSELLOR, consulted.id(), consulted.version(), LEGAL_BASIS, Optional.empty());
  }

  private List<AuditEntry> audit(Channel.PartnerBundle channel) {
    return core
        .audit
        .search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200))
        .items()
        .stream()
        .filter(e -> e.channel().equals(channel.describe()))
        .toList();
  }

  @Test
  void aMunicipalityPartnerSeesOnlyItsOwnMunicipalitysFamiliesInAFullTrajectory() {
    FamilyService families = context(MUNICIPALITY_GRANT, MUNICIPALITY).service(FamilyService.class);

    assertThat(families.search(AMSTERDAM_OFFICER, FamilySearch.ALL, new PageRequest(0, 50)).items())
        .extracting(Family::id)
        .containsExactly(amsterdam.id());
    assertThat(families.find(AMSTERDAM_OFFICER, rotterdam.id())).isEmpty();
    assertThat(audit(MUNICIPALITY))
        .anyMatch(
            e -> e.outcome() == Outcome.DENIED && e.familyId().equals(Optional.of(rotterdam.id())))
        .allMatch(e -> e.purpose() == Purpose.MUNICIPAL_SUPPORT)
        .allMatch(e -> e.user().equals(AMSTERDAM_OFFICER.user()));
  }

  @Test
  void aMunicipalityPartnerGrantedOtherMunicipalitiesGivesTheOfficerNoFamilyOfItsOwn() {
    PartnerGrant rotterdamOnly =
        new PartnerGrant(
            "gemeente-rotterdam",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            Set.of("0599"),
            Optional.empty(),
            MUNICIPALITY_GRANT.categories(),
            true,
            false);
    core.partners.put(MUNICIPALITY, rotterdamOnly.reach());
    FamilyService families = context(rotterdamOnly, MUNICIPALITY).service(FamilyService.class);

    assertThat(families.search(AMSTERDAM_OFFICER, FamilySearch.ALL, new PageRequest(0, 50)).items())
        .isEmpty();
    assertThat(families.find(AMSTERDAM_OFFICER, amsterdam.id())).isEmpty();
  }

  @Test
  void aCounsellorThroughAMunicipalityPartnerDoesNotBringTheTeamsAccess() {
    FamilyService families = context(MUNICIPALITY_GRANT, MUNICIPALITY).service(FamilyService.class);

    assertThat(core.families.find(COUNSELLOR, amsterdam.id())).isPresent();
    assertThat(families.find(COUNSELLOR, amsterdam.id())).isEmpty();
    assertThat(families.search(COUNSELLOR, FamilySearch.ALL, new PageRequest(0, 50)).items())
        .isEmpty();
  }

  @Test
  void thePoliceSeeTheReportsMadeToThemAndNoFamilyNorNote() {
    SecurityReport report = reportedTo(Recipient.POLICE);
    PartnerContext police = context(POLICE_GRANT, POLICE_BUNDLE);

    assertThat(police.service(ReportService.class).received(POLICE, new PageRequest(0, 10)).items())
        .extracting(r -> r.id())
        .containsExactly(report.id());
    assertThatThrownBy(() -> police.service(FamilyService.class).find(POLICE, amsterdam.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                police
                    .service(TrajectoryService.class)
                    .notes(POLICE, trajectory.id(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit(POLICE_BUNDLE))
        .filteredOn(e -> e.outcome() == Outcome.DENIED)
        .extracting(AuditEntry::category)
        .contains(Optional.of(DataCategory.IDENTITY), Optional.of(DataCategory.COUNSELLING_NOTES));
  }

  @Test
  void thePoliceKeepFollowUpsOnTheirReportButNotOnAReportMadeToTheMunicipality() {
    SecurityReport toPolice = reportedTo(Recipient.POLICE);
    PartnerContext police = context(POLICE_GRANT, POLICE_BUNDLE);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.REPORT, toPolice.id());

    PartnerRecord followUp = police.create(POLICE, subject, "{\"step\":\"contact\"}");
    assertThat(police.of(POLICE, subject)).containsExactly(followUp);

    core.reports.withdraw(
        COUNSELLOR,
        core.reports
            .draft(COUNSELLOR, trajectory.id(), mother.id(), ReportReason.RETURN_EXPECTED)
            .id(),
        1,
        "test");
    SecurityReport toMunicipality = reportedTo(Recipient.MUNICIPALITY);
    assertThatThrownBy(
            () ->
                police.create(
                    POLICE,
                    new RecordSubject(RecordSubject.Kind.REPORT, toMunicipality.id()),
                    "{}"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void thePoliceCannotReadATherapyNoteEvenWithATherapistRole() {
    PartnerContext therapy = context(THERAPY_GRANT, THERAPY);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.MEMBER, son.id());
    PartnerRecord session = therapy.create(THERAPIST, subject, "{\"kind\":\"INDIVIDUAL\"}");

    assertThatThrownBy(() -> therapy.find(POLICE, session.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(therapy.of(POLICE_WITH_THERAPY_ROLE, subject)).isEmpty();
    assertThat(therapy.find(THERAPIST, session.id())).contains(session);
    assertThat(audit(THERAPY))
        .filteredOn(e -> e.outcome() == Outcome.DENIED)
        .extracting(AuditEntry::user)
        .contains("pieter");
  }

  @Test
  void aTherapyNoteIsKeptAsATherapyNoteAndNotSeenByTheCounsellor() {
    PartnerContext therapy = context(THERAPY_GRANT, THERAPY);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.MEMBER, son.id());
    PartnerRecord session = therapy.create(THERAPIST, subject, "{}");

    assertThatThrownBy(() -> therapy.find(COUNSELLOR, session.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit(THERAPY))
        .filteredOn(e -> e.outcome() == Outcome.ALLOWED)
        .extracting(AuditEntry::category)
        .containsOnly(Optional.of(DataCategory.THERAPY_NOTES));
  }

  @Test
  void aTherapyPartnerCannotReadReports() {
    reportedTo(Recipient.POLICE);
    ReportService reports = context(THERAPY_GRANT, THERAPY).service(ReportService.class);

    assertThatThrownBy(() -> reports.list(THERAPIST, Optional.empty(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reports.ofTrajectory(THERAPIST, trajectory.id()))
        .isInstanceOf(AccessDeniedException.class);
    // Not even with a team lead at the keyboard: the grant has no security reports.
    assertThatThrownBy(
            () -> reports.list(CoreServices.TEAM_LEAD, Optional.empty(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aTherapyPartnerOfAnotherOrganisationGivesTheTherapistNothing() {
    PartnerGrant other =
        new PartnerGrant(
            "therapie-zuid",
            OrganisationKind.THERAPY,
            Purpose.THERAPY,
            Set.of(),
            Optional.of("therapy-zuid"),
            THERAPY_GRANT.categories(),
            true,
            false);
    core.partners.put(THERAPY, other.reach());
    PartnerContext therapy = context(other, THERAPY);

    assertThatThrownBy(
            () -> therapy.service(FamilyService.class).members(THERAPIST, amsterdam.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                therapy.create(
                    THERAPIST, new RecordSubject(RecordSubject.Kind.MEMBER, son.id()), "{}"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUnlistedBundlesChannelGetsNothingAndIsAudited() {
    PartnerContext unlisted = context(MUNICIPALITY_GRANT, UNLISTED);
    FamilyService families = unlisted.service(FamilyService.class);

    assertThatThrownBy(
            () -> families.search(AMSTERDAM_OFFICER, FamilySearch.ALL, new PageRequest(0, 50)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit(UNLISTED)).isNotEmpty().allMatch(e -> e.outcome() == Outcome.DENIED);
  }

  @Test
  void anActorOfAnotherChannelIsRefusedAndAuditedNotMovedOntoTheBundles() {
    FamilyService families = raw(MUNICIPALITY_GRANT, MUNICIPALITY).service(FamilyService.class);

    assertThatThrownBy(() -> families.find(AMSTERDAM_OFFICER, amsterdam.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> families.find(TestActors.via(AMSTERDAM_OFFICER, POLICE_BUNDLE), amsterdam.id()))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(refusedActors())
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
              assertThat(e.detail().orElseThrow()).contains("actor of another channel");
              assertThat(e.familyId()).isEmpty();
            });
  }

  @Test
  void anActorABundleBuiltItselfIsRefusedAndAuditedUnderNoUsersName() {
    PartnerContext municipality = raw(MUNICIPALITY_GRANT, MUNICIPALITY);
    Actor forged =
        new Actor.Issuer()
            .issue("rogue", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, MUNICIPALITY);

    assertThatThrownBy(
            () ->
                municipality
                    .service(FamilyService.class)
                    .search(forged, FamilySearch.ALL, new PageRequest(0, 50)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.families.search(forged, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(refusedActors())
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.user()).isEqualTo("unverified");
              assertThat(e.detail().orElseThrow())
                  .contains("actor not issued by the platform", "claimed user rogue");
            });
    assertThat(core.audit.search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200)).items())
        .noneMatch(e -> e.user().equals("rogue"));
  }

  @Test
  void aUsersActorKeptAfterItsRequestEndedIsRefused() {
    PartnerContext municipality = raw(MUNICIPALITY_GRANT, MUNICIPALITY);
    var call = TestActors.ACTORS.open(AMSTERDAM_OFFICER, MUNICIPALITY).orElseThrow();
    Actor kept = call.actor();
    assertThat(municipality.service(FamilyService.class).find(kept, amsterdam.id())).isPresent();

    call.close();

    assertThatThrownBy(() -> municipality.service(FamilyService.class).find(kept, amsterdam.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(refusedActors())
        .singleElement()
        .satisfies(e -> assertThat(e.detail().orElseThrow()).contains("outside the request"));
  }

  @Test
  void aPartnerAsItselfHasNoUsersRightsAndItsActorEndsWithItsContext() {
    PartnerRecordContext municipality = raw(MUNICIPALITY_GRANT, MUNICIPALITY);
    Actor itself = municipality.self();

    assertThat(itself.user()).isEqualTo("partner:gemeente-amsterdam");
    assertThat(itself.roles()).isEmpty();
    assertThat(itself.channel()).isEqualTo(MUNICIPALITY);
    assertThatThrownBy(
            () ->
                municipality
                    .service(FamilyService.class)
                    .search(itself, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);

    municipality.release();

    assertThatThrownBy(
            () ->
                municipality
                    .service(FamilyService.class)
                    .search(itself, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(refusedActors()).singleElement();
  }

  private List<AuditEntry> refusedActors() {
    return core
        .audit
        .search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200))
        .items()
        .stream()
        .filter(e -> e.objectType().equals("actor"))
        .toList();
  }

  @Test
  void onlyTheCaseServicesAreOffered() {
    PartnerContext context = context(MUNICIPALITY_GRANT, MUNICIPALITY);
    assertThatThrownBy(() -> context.service(nl.steunpunt.api.audit.AuditService.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
