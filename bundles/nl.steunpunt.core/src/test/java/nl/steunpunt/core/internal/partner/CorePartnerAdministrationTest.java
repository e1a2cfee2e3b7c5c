package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.steunpunt.api.access.Action;
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
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerStatus;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.delivery.DeliveryEngine;
import nl.steunpunt.core.internal.partner.delivery.DeliveryStatus;
import nl.steunpunt.core.internal.partner.delivery.Events;
import nl.steunpunt.core.internal.partner.delivery.PartnerDelivery;
import nl.steunpunt.core.internal.partner.delivery.PartnerDeliveryTest;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.settings.PartnerSettingsSync;
import nl.steunpunt.core.internal.partner.trust.AllowEntry;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.JarDigest;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;
import nl.steunpunt.core.internal.partner.trust.TrustRules;
import nl.steunpunt.core.internal.partner.trust.TrustVerdict;
import nl.steunpunt.store.PartnerCursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's partner administration on the real H2 store, with a fake of Configuration Admin
 * and the platform's partner state given as plain values.
 */
class CorePartnerAdministrationTest {

  static final String SHA = "ab".repeat(32);
  static final GrantRequest AMSTERDAM =
      new GrantRequest(
          "gm0363",
          OrganisationKind.MUNICIPALITY,
          Purpose.MUNICIPAL_SUPPORT,
          "GM0363",
          Set.of("0363"),
          Set.of(DataCategory.EVENTS),
          true,
          false);

  /** The platform's partner state, set by each test. */
  final class Runtime implements PartnerRuntime {
    final List<BundleView> bundles = new ArrayList<>();
    final List<Configured<PartnerGrant>> grants = new ArrayList<>();
    final Set<String> delivering = new HashSet<>();
    final java.util.Map<Long, InstalledJar> installed = new java.util.HashMap<>();

    @Override
    public List<BundleView> bundles() {
      return bundles;
    }

    @Override
    public List<Configured<PartnerGrant>> grants() {
      return grants;
    }

    @Override
    public List<DeliveryStatus> deliveries() {
      return new DeliveryEngine(
              services.store, "node-a", services.clock, PartnerDeliveryTest.SETTINGS)
          .status();
    }

    @Override
    public boolean delivering(String partnerId) {
      return delivering.contains(partnerId);
    }

    @Override
    public Optional<InstalledJar> installed(long bundleId) {
      return Optional.ofNullable(installed.get(bundleId));
    }
  }

  @TempDir Path folder;
  CoreServices services;
  ConfigurationAdminFake configurations = new ConfigurationAdminFake();
  Runtime runtime = new Runtime();
  CorePartnerAdministration administration;

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    administration =
        new CorePartnerAdministration(
            services.store, configurations, runtime, services.clock, services.cases);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  List<AuditEntry> audit() {
    return services.store.read(
        s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)).items());
  }

  static List<String> fields(ValidationException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aGrantIsOneFactoryConfigurationPerPartnerUpdatedInPlace() throws Exception {
    String pid = administration.grant(CoreServices.OPERATOR, AMSTERDAM);
    Dictionary<String, Object> written = configurations.stored.get(pid).getProperties();
    assertThat(written.get("partnerId")).isEqualTo("gm0363");
    assertThat(written.get("kind")).isEqualTo("MUNICIPALITY");
    assertThat(written.get("purpose")).isEqualTo("MUNICIPAL_SUPPORT");
    assertThat(written.get("organisation")).isEqualTo("GM0363");
    assertThat((String[]) written.get("municipalities")).containsExactly("0363");
    assertThat((String[]) written.get("categories")).containsExactly("EVENTS");
    assertThat(written.get("timeline")).isEqualTo(true);
    assertThat(written.get("fromStart")).isEqualTo(false);

    configurations.stored.get(pid).properties.put("felix.fileinstall.filename", "file:/etc/x.cfg");
    String again =
        administration.grant(
            CoreServices.OPERATOR,
            new GrantRequest(
                "gm0363",
                OrganisationKind.MUNICIPALITY,
                Purpose.MUNICIPAL_SUPPORT,
                "GM0363",
                Set.of("0363", "0344"),
                Set.of(),
                true,
                true));

    assertThat(again).isEqualTo(pid);
    assertThat(configurations.of(PartnerGrantReader.PID)).hasSize(1);
    Dictionary<String, Object> updated = configurations.stored.get(pid).getProperties();
    assertThat((String[]) updated.get("municipalities")).containsExactly("0344", "0363");
    assertThat(updated.get("fromStart")).isEqualTo(true);
    assertThat(updated.get("felix.fileinstall.filename"))
        .as("the etc/ file stays tied to it")
        .isEqualTo("file:/etc/x.cfg");
  }

  /**
   * Differing configurations of one partner made by hand before the database held the settings:
   * none counted (GrantRules wants exactly one), so none is imported, and the operator's grant
   * replaces them all.
   */
  @Test
  void severalDifferingGrantConfigurationsAreNotImportedAndAGrantReplacesThem() throws Exception {
    configurations.put(PartnerGrantReader.PID, Map.of("partnerId", "gm0363", "kind", "POLICE"));
    configurations.put(PartnerGrantReader.PID, Map.of("partnerId", "gm0363"));

    String pid = administration.grant(CoreServices.OPERATOR, AMSTERDAM);

    assertThat(configurations.of(PartnerGrantReader.PID)).hasSize(1);
    assertThat(configurations.stored.get(pid).getProperties().get("kind"))
        .isEqualTo("MUNICIPALITY");
    assertThat(audit())
        .filteredOn(e -> e.objectType().equals("partner-settings"))
        .extracting(e -> e.detail().orElseThrow())
        .singleElement()
        .asString()
        .contains("imported 0 grant(s)")
        .contains("1 not imported");
    assertThat(administration.revoke(CoreServices.OPERATOR, "gm0363")).isEqualTo(1);
    assertThat(configurations.of(PartnerGrantReader.PID)).isEmpty();
    assertThatThrownBy(() -> administration.revoke(CoreServices.OPERATOR, "gm0363"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBadGrantIsRefusedFieldByFieldAndNothingIsWritten() {
    GrantRequest bad =
        new GrantRequest(
            "GM 0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.EMERGENCY,
            "Gemeente!",
            Set.of("363"),
            Set.of(),
            true,
            false);

    ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ValidationException.class, () -> administration.grant(CoreServices.OPERATOR, bad));

    assertThat(fields(e))
        .containsExactlyInAnyOrder(
            "partnerId", "purpose", "organisation", "municipalities", "municipalities");
    assertThat(e.getMessage()).doesNotContain("GM 0363").doesNotContain("Gemeente!");
    assertThat(configurations.stored).isEmpty();
    assertThat(audit()).isEmpty();
    GrantRequest missing = new GrantRequest(null, null, null, null, null, null, false, false);
    assertThatThrownBy(() -> administration.grant(CoreServices.OPERATOR, missing))
        .isInstanceOfSatisfying(
            ValidationException.class,
            v ->
                assertThat(fields(v))
                    .containsExactlyInAnyOrder("partnerId", "kind", "purpose", "organisation"));
  }

  @Test
  void aMunicipalityNeedsMunicipalities() {
    GrantRequest none =
        new GrantRequest(
            "gm0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            "GM0363",
            Set.of(),
            Set.of(),
            true,
            false);

    assertThatThrownBy(() -> administration.grant(CoreServices.OPERATOR, none))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e)).containsExactly("municipalities"));
  }

  @Test
  void allowListEntriesAreKeyedByNameAndRangeAndDisallowRemovesEveryOne() {
    administration.allow(
        CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "[1.0,1.1)", SHA));
    AllowRequest replaced =
        administration.allow(
            CoreServices.OPERATOR,
            new AllowRequest(" nl.example.partner ", "[1.0.0,1.1.0)", "CD".repeat(32)));
    administration.allow(
        CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "[2.0.0,3.0.0)", SHA));
    administration.allow(CoreServices.OPERATOR, new AllowRequest("nl.example.other", "1.0", SHA));

    assertThat(replaced.sha256()).isEqualTo("cd".repeat(32));
    assertThat(replaced.symbolicName()).isEqualTo("nl.example.partner");
    assertThat(configurations.of(AllowEntryReader.PID))
        .extracting(
            d -> d.get("symbolicName") + " " + d.get("versionRange") + " " + d.get("sha256"))
        .containsExactlyInAnyOrder(
            "nl.example.partner [1.0.0,1.1.0) " + "cd".repeat(32),
            "nl.example.partner [2.0.0,3.0.0) " + SHA,
            "nl.example.other 1.0 " + SHA);

    assertThat(administration.disallow(CoreServices.OPERATOR, "nl.example.partner")).isEqualTo(2);
    assertThat(configurations.of(AllowEntryReader.PID)).hasSize(1);
    assertThatThrownBy(() -> administration.disallow(CoreServices.OPERATOR, "nl.example.partner"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBadAllowListEntryIsRefusedFieldByField() {
    assertThatThrownBy(
            () ->
                administration.allow(
                    CoreServices.OPERATOR, new AllowRequest("nl.example (x)", "[1.0,", "abc")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder("symbolicName", "versionRange", "sha256"));
    assertThat(configurations.stored).isEmpty();
  }

  @Test
  void anInstalledBundleIsAllowedWithItsNameExactVersionAndDigest() {
    runtime.installed.put(
        42L,
        new PartnerRuntime.InstalledJar(
            "nl.steunpunt.partner.municipality", "1.2.3", true, JarDigest.of(SHA)));
    runtime.installed.put(
        43L,
        new PartnerRuntime.InstalledJar("nl.example.plain", "1.0.0", false, JarDigest.of(SHA)));
    runtime.installed.put(
        44L,
        new PartnerRuntime.InstalledJar(
            "nl.example.gone", "1.0.0", true, JarDigest.failed("its location cannot be read")));

    assertThat(administration.allowBundle(CoreServices.OPERATOR, 42))
        .isEqualTo(new AllowRequest("nl.steunpunt.partner.municipality", "[1.2.3,1.2.3]", SHA));
    assertThat(configurations.of(AllowEntryReader.PID)).hasSize(1);
    assertThat(
            AllowEntry.of("nl.steunpunt.partner.municipality", "[1.2.3,1.2.3]", SHA)
                .names(
                    "nl.steunpunt.partner.municipality",
                    org.osgi.framework.Version.parseVersion("1.2.3")))
        .isTrue();
    assertThatThrownBy(() -> administration.allowBundle(CoreServices.OPERATOR, 44))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("SHA-256 yourself");
    assertThatThrownBy(() -> administration.allowBundle(CoreServices.OPERATOR, 99))
        .isInstanceOf(NotFoundException.class);
    assertThat(configurations.of(AllowEntryReader.PID)).hasSize(1);
    // A library a partner ships (no partner header) is allowed the same way: it may then resolve.
    assertThat(administration.allowBundle(CoreServices.OPERATOR, 43))
        .isEqualTo(new AllowRequest("nl.example.plain", "[1.0.0,1.0.0]", SHA));
    assertThat(configurations.of(AllowEntryReader.PID)).hasSize(2);
  }

  @Test
  void everyChangeIsAuditedAsAGrantChangeByTheOperatorOnTheConsole() {
    administration.grant(CoreServices.OPERATOR, AMSTERDAM);
    administration.allow(CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "1.0", SHA));
    administration.disallow(CoreServices.OPERATOR, "nl.example.partner");
    administration.revoke(CoreServices.OPERATOR, "gm0363");

    List<AuditEntry> entries =
        audit().stream().filter(e -> !e.objectType().equals("partner-settings")).toList();
    assertThat(entries)
        .extracting(
            e -> e.objectType() + " " + e.objectId().orElse("") + " " + e.detail().orElse(""))
        .containsExactlyInAnyOrder(
            "partner-grant gm0363 granted kind=MUNICIPALITY purpose=MUNICIPAL_SUPPORT"
                + " organisation=GM0363 municipalities=[0363] categories=[EVENTS] timeline=true"
                + " fromStart=false",
            "partner-allow nl.example.partner allowed 1.0 sha256=" + SHA,
            "partner-allow nl.example.partner disallowed (1 entry(ies))",
            "partner-grant gm0363 revoked (1 configuration(s))");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(Action.GRANT_CHANGE);
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.user()).isEqualTo("otto");
              assertThat(e.channel()).isEqualTo("console");
              assertThat(e.purpose()).isEqualTo(Purpose.OPERATIONS);
              assertThat(e.category()).isEmpty();
            });
  }

  @Test
  void onlyAnOperatorAdministersPartnersAndTheRefusalIsAudited() {
    assertThatThrownBy(() -> administration.grant(CoreServices.TEAM_LEAD, AMSTERDAM))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> administration.partners(CoreServices.PRIVACY_OFFICER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> administration.replay(CoreServices.COUNSELLOR, "gm0363", 0))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> administration.allowBundle(CoreServices.COUNSELLOR, 1))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(configurations.stored).isEmpty();
    assertThat(audit())
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }

  @Test
  void anOperatorActorABundleBuiltItselfChangesNothingAndIsAudited() {
    Actor forged =
        new Actor.Issuer()
            .issue("otto", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE);

    assertThatThrownBy(() -> administration.grant(forged, AMSTERDAM))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> administration.partners(forged))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(configurations.stored).isEmpty();
    assertThat(audit())
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
              assertThat(e.user()).isEqualTo("unverified");
            });
  }

  /**
   * The database is the truth: a grant saved and audited there stands, and the operator is told
   * that this node applies it later (the sync tries again).
   */
  @Test
  void aConfigurationThatCannotBeWrittenIsUnavailableButTheSavedGrantStands() {
    configurations.failing = true;

    assertThatThrownBy(() -> administration.grant(CoreServices.OPERATOR, AMSTERDAM))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("saved and audited");
    assertThat(services.store.<List<?>>read(s -> s.partnerSettings().all())).hasSize(1);

    configurations.failing = false;
    new PartnerSettingsSync(services.store, configurations, "node-a", services.clock).reconcile();
    assertThat(configurations.of(PartnerGrantReader.PID)).hasSize(1);
  }

  @Test
  void theStatusJoinsGrantBundlesAndDelivery() throws Exception {
    PartnerDeliveryTest.Recording listener = new PartnerDeliveryTest.Recording();
    PartnerDelivery delivery =
        new PartnerDelivery(
            services.store,
            PartnerGrant.municipality("gm0363", Set.of("0363")),
            PartnerDeliveryTest.CHANNEL,
            listener,
            "node-a",
            services.clock,
            PartnerDeliveryTest.SETTINGS);
    delivery.step();
    String pid = administration.grant(CoreServices.OPERATOR, AMSTERDAM);
    PartnerGrant grant =
        new PartnerGrant(
            "gm0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            Set.of("0363"),
            Optional.of("GM0363"),
            EnumSet.of(DataCategory.EVENTS),
            true,
            false);
    runtime.grants.add(Configured.valid(pid, grant));
    configurations.put(PartnerGrantReader.PID, Map.of("partnerId", "police", "kind", "POLICE"));
    TrustVerdict refused =
        new TrustVerdict(
            "nl.example.police",
            "1.0.0",
            Optional.of(
                new PartnerDeclaration(
                    "police", OrganisationKind.POLICE, Purpose.SECURITY_REPORTING)),
            false,
            TrustRules.NOT_LISTED);
    TrustVerdict trusted =
        new TrustVerdict(
            "nl.steunpunt.partner.municipality",
            "1.0.0",
            Optional.of(
                new PartnerDeclaration(
                    "gm0363", OrganisationKind.MUNICIPALITY, Purpose.MUNICIPAL_SUPPORT)),
            true,
            TrustRules.ALLOWED);
    runtime.bundles.add(
        new PartnerRuntime.BundleView(
            51, "nl.example.police", "1.0.0", "RESOLVED", refused, false));
    runtime.bundles.add(
        new PartnerRuntime.BundleView(
            50, "nl.steunpunt.partner.municipality", "1.0.0", "ACTIVE", trusted, true));
    runtime.delivering.add("gm0363");

    List<PartnerStatus> partners = administration.partners(CoreServices.OPERATOR);

    assertThat(partners).extracting(PartnerStatus::partnerId).containsExactly("gm0363", "police");
    PartnerStatus amsterdam = partners.get(0);
    assertThat(amsterdam.kind()).contains(OrganisationKind.MUNICIPALITY);
    assertThat(amsterdam.grant().orElseThrow())
        .isEqualTo(
            new PartnerStatus.Grant(
                pid,
                true,
                Optional.empty(),
                Optional.of("GM0363"),
                Set.of("0363"),
                Set.of(DataCategory.EVENTS),
                true,
                false,
                0));
    assertThat(amsterdam.bundles())
        .containsExactly(
            new PartnerStatus.PartnerBundle(
                50, "nl.steunpunt.partner.municipality", "1.0.0", "ACTIVE", true, "allowed", true));
    PartnerStatus.Delivery delivered = amsterdam.delivery().orElseThrow();
    assertThat(delivered.running()).isTrue();
    assertThat(delivered.leaseOwner()).contains("node-a");
    assertThat(delivered.failures()).isZero();

    PartnerStatus police = partners.get(1);
    assertThat(police.kind()).as("from the declaration").contains(OrganisationKind.POLICE);
    assertThat(police.grant().orElseThrow().valid()).isFalse();
    assertThat(police.grant().orElseThrow().problem()).contains(PartnerStatuses.NOT_APPLIED);
    assertThat(police.bundles().get(0).verdict()).isEqualTo("not on the allow-list");
    assertThat(police.delivery()).isEmpty();
  }

  @Test
  void aReplayMovesTheCursorBackWhileDeliveryRunsAndDeliversFromThere() {
    PartnerDeliveryTest.Recording listener = new PartnerDeliveryTest.Recording();
    PartnerGrant grant = PartnerDeliveryTest.AMSTERDAM;
    runtime.grants.add(Configured.valid("nl.steunpunt.partners.grant.1", grant));
    PartnerDelivery delivery =
        new PartnerDelivery(
            services.store,
            grant,
            PartnerDeliveryTest.CHANNEL,
            listener,
            "node-a",
            services.clock,
            PartnerDeliveryTest.SETTINGS);
    var helper = new Events(services);
    var c = helper.stored("0363");
    long first = helper.append(c);
    long second = helper.append(c);
    long third = helper.append(c);
    delivery.step();
    assertThat(listener.sequences()).containsExactly(first, second, third);
    listener.failures.set(1);
    long fourth = helper.append(c);
    delivery.step();
    assertThat(cursor().failures()).isEqualTo(1);

    OptionalLong was = administration.replay(CoreServices.OPERATOR, "gm0363", first);

    assertThat(was).hasValue(third);
    PartnerCursor moved = cursor();
    assertThat(moved.lastSequence()).isEqualTo(first);
    assertThat(moved.failures()).isZero();
    assertThat(moved.nextAttempt()).as("no back-off left").isEmpty();
    delivery.step();
    assertThat(listener.sequences())
        .containsExactly(first, second, third, fourth, second, third, fourth);
    assertThat(cursor().lastSequence()).isEqualTo(fourth);
    assertThat(audit())
        .filteredOn(e -> e.objectType().equals("partner-cursor"))
        .extracting(e -> e.detail().orElseThrow())
        .containsExactly("cursor moved from " + third + " to " + first);
  }

  @Test
  void aReplayOfAnUnknownPartnerOrToNoSequenceChangesNothing() {
    var helper = new Events(services);
    long last = helper.append(helper.stored("0363"));
    services.store.write(
        s -> s.partnerCursors().findOrCreate("gm0363", last, services.clock.instant()));

    assertThatThrownBy(() -> administration.replay(CoreServices.OPERATOR, "nobody", 0))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> administration.replay(CoreServices.OPERATOR, "gm0363", -1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("afterSequence"));
    assertThatThrownBy(() -> administration.replay(CoreServices.OPERATOR, "gm0363", last + 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("beyond");
    assertThatThrownBy(() -> administration.replay(CoreServices.OPERATOR, "Not An Id", 0))
        .isInstanceOf(ValidationException.class);

    assertThat(cursor().lastSequence()).isEqualTo(last);
    assertThat(audit()).isEmpty();
  }

  @Test
  void aGrantedPartnerWithoutACursorGetsOneWhereTheOperatorSays() {
    administration.grant(CoreServices.OPERATOR, AMSTERDAM);
    var helper = new Events(services);
    helper.append(helper.stored("0363"));

    assertThat(administration.replay(CoreServices.OPERATOR, "gm0363", 0)).isEmpty();
    assertThat(cursor().lastSequence()).isZero();
  }

  PartnerCursor cursor() {
    return services
        .store
        .<Optional<PartnerCursor>>read(s -> s.partnerCursors().find("gm0363"))
        .orElseThrow();
  }
}
