package nl.steunpunt.core.internal.partner.records;

import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static nl.steunpunt.core.internal.family.CoreServices.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.StaleVersionException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.NewFamily;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerRecordContextTest {

  static final Channel.PartnerBundle BUNDLE = new Channel.PartnerBundle("nl.example.crm", "1.2.0");

  @TempDir Path folder;
  CoreServices core;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  static PartnerGrant other(String partnerId) {
    return new PartnerGrant(
        partnerId,
        OrganisationKind.OTHER,
        Purpose.CARE,
        Set.of(),
        Optional.empty(),
        Set.of(DataCategory.IDENTITY, DataCategory.TRAJECTORY_STATUS),
        false,
        false);
  }

  /** The context as the bundle's servlet uses it while serving the test's staff users. */
  PartnerContext context(PartnerGrant grant, Channel.PartnerBundle channel) {
    return InRequest.of(raw(grant, channel), channel);
  }

  PartnerRecordContext raw(PartnerGrant grant, Channel.PartnerBundle channel) {
    core.partners.put(channel, grant.reach());
    return new PartnerRecordContext(
        core.cases, grant, () -> Optional.of(grant), channel, type -> null);
  }

  Family family(String municipality) {
    return core.families.create(
        TEAM_LEAD, new NewFamily(municipality, List.of("nl"), Background.NOT_RECORDED));
  }

  List<AuditEntry> audit() {
    return core.audit.search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200)).items();
  }

  List<AuditEntry> partnerEntries() {
    return audit().stream().filter(e -> e.objectType().equals("partner-record")).toList();
  }

  @Test
  void aPartnerCreatesReadsUpdatesAndDeletesItsRecord() {
    Family family = family("0363");
    PartnerContext crm = context(other("crm"), BUNDLE);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());

    PartnerRecord created = crm.create(TEAM_LEAD, subject, "{\"stage\":1}");
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.partnerId()).isEqualTo("crm");
    assertThat(crm.find(TEAM_LEAD, created.id())).contains(created);
    assertThat(crm.of(TEAM_LEAD, subject)).containsExactly(created);

    PartnerRecord updated = crm.update(TEAM_LEAD, created.id(), 1, "{\"stage\":2}");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(crm.find(TEAM_LEAD, created.id()).orElseThrow().json()).isEqualTo("{\"stage\":2}");

    assertThatThrownBy(() -> crm.update(TEAM_LEAD, created.id(), 1, "{}"))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> crm.delete(TEAM_LEAD, created.id(), 1))
        .isInstanceOf(StaleVersionException.class);

    crm.delete(TEAM_LEAD, created.id(), 2);
    assertThat(crm.find(TEAM_LEAD, created.id())).isEmpty();
  }

  @Test
  void anotherPartnerCannotSeeNorChangeTheRecord() {
    Family family = family("0363");
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());
    PartnerRecord mine = context(other("crm"), BUNDLE).create(TEAM_LEAD, subject, "{}");
    PartnerContext theirs =
        context(other("planner"), new Channel.PartnerBundle("nl.example.planner", "1.0.0"));

    assertThat(theirs.find(TEAM_LEAD, mine.id())).isEmpty();
    assertThat(theirs.of(TEAM_LEAD, subject)).isEmpty();
    assertThatThrownBy(() -> theirs.update(TEAM_LEAD, mine.id(), 1, "{}"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> theirs.delete(TEAM_LEAD, mine.id(), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFamilyOutsideTheMunicipalGrantIsRefusedAsNotFoundAndAudited() {
    Family rotterdam = family("0599");
    Family amsterdamInContact = family("0363");
    PartnerGrant grant =
        new PartnerGrant(
            "gemeente-amsterdam",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            Set.of("0363"),
            Optional.empty(),
            Set.of(DataCategory.IDENTITY),
            false,
            false);
    PartnerContext municipality = context(grant, BUNDLE);

    for (Family family : List.of(rotterdam, amsterdamInContact)) {
      RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());
      assertThatThrownBy(() -> municipality.create(TEAM_LEAD, subject, "{}"))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("No family " + family.id());
      assertThat(municipality.of(TEAM_LEAD, subject)).isEmpty();
    }
    assertThat(
            audit().stream()
                .filter(e -> e.outcome() == Outcome.DENIED)
                .filter(e -> e.channel().equals(BUNDLE.describe())))
        .hasSize(4);
    assertThat(partnerEntries()).noneMatch(e -> e.outcome() == Outcome.ALLOWED);
  }

  @Test
  void aSubjectThatDoesNotExistIsNotFound() {
    PartnerContext crm = context(other("crm"), BUNDLE);
    assertThatThrownBy(
            () ->
                crm.create(
                    TEAM_LEAD,
                    new RecordSubject(RecordSubject.Kind.MEMBER, UUID.randomUUID()),
                    "{}"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCategoryOutsideTheGrantIsDenied() {
    Family family = family("0363");
    PartnerContext crm = context(other("crm"), BUNDLE);
    UUID trajectory = core.trajectories.ofFamily(TEAM_LEAD, family.id()).orElseThrow().id();
    PartnerGrant identityOnly =
        new PartnerGrant(
            "crm",
            OrganisationKind.OTHER,
            Purpose.CARE,
            Set.of(),
            Optional.empty(),
            Set.of(DataCategory.IDENTITY),
            false,
            false);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.TRAJECTORY, trajectory);
    assertThat(crm.create(TEAM_LEAD, subject, "{}").version()).isEqualTo(1);
    assertThatThrownBy(() -> context(identityOnly, BUNDLE).create(TEAM_LEAD, subject, "{}"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void invalidJsonIsRefusedAndNothingIsWrittenNorAudited() {
    Family family = family("0363");
    PartnerContext crm = context(other("crm"), BUNDLE);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());
    int before = audit().size();

    assertThatThrownBy(() -> crm.create(TEAM_LEAD, subject, "{\"a\":1,}"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> crm.create(TEAM_LEAD, subject, "[]"))
        .isInstanceOf(ValidationException.class);
    PartnerRecord record = crm.create(TEAM_LEAD, subject, "{\"a\":1}");
    assertThatThrownBy(() -> crm.update(TEAM_LEAD, record.id(), 1, "{\"a\":01}"))
        .isInstanceOf(ValidationException.class);

    assertThat(crm.of(TEAM_LEAD, subject)).containsExactly(record);
    // Only the successful create (its read of the subject and the write) reached the log,
    // besides this test's own reads of the log.
    assertThat(partnerEntries())
        .extracting(AuditEntry::action)
        .containsOnly(Action.READ, Action.CREATE);
    assertThat(before).isPositive();
  }

  @Test
  void everyOperationIsAuditedWithTheBundlesChannelAndTheStaffUser() {
    Family family = family("0363");
    PartnerContext crm = context(other("crm"), BUNDLE);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());

    PartnerRecord record = crm.create(TEAM_LEAD, subject, "{}");
    crm.find(TEAM_LEAD, record.id());
    crm.of(TEAM_LEAD, subject);
    crm.update(TEAM_LEAD, record.id(), 1, "{\"b\":true}");
    crm.delete(TEAM_LEAD, record.id(), 2);

    List<AuditEntry> entries = partnerEntries();
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.channel()).isEqualTo("bundle:nl.example.crm/1.2.0");
              assertThat(e.user()).isEqualTo(TEAM_LEAD.user());
              assertThat(e.familyId()).contains(family.id());
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
            });
    // create: read + create; find: read; of: read; update: read + update; delete: read + update.
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder(
            Action.READ,
            Action.CREATE,
            Action.READ,
            Action.READ,
            Action.READ,
            Action.UPDATE,
            Action.READ,
            Action.UPDATE);
    // of(): audited on the family, as a read of its subject.
    assertThat(
            audit().stream()
                .filter(e -> e.channel().equals(BUNDLE.describe()))
                .filter(e -> e.action() == Action.READ))
        .hasSize(5);
    assertThat(audit()).noneMatch(e -> e.channel().equals("console"));
  }

  @Test
  void aRevokedGrantStopsTheContextAtOnce() {
    Family family = family("0363");
    AtomicReference<Optional<PartnerGrant>> now = new AtomicReference<>(Optional.of(other("crm")));
    core.partners.put(BUNDLE, other("crm").reach());
    PartnerContext crm =
        InRequest.of(
            new PartnerRecordContext(core.cases, other("crm"), now::get, BUNDLE, type -> null),
            BUNDLE);
    RecordSubject subject = new RecordSubject(RecordSubject.Kind.FAMILY, family.id());
    crm.create(TEAM_LEAD, subject, "{}");

    now.set(Optional.empty());
    assertThatThrownBy(() -> crm.of(TEAM_LEAD, subject)).isInstanceOf(AccessDeniedException.class);
  }
}
