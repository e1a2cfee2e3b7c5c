package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.grants.SettingText;
import nl.steunpunt.core.internal.partner.settings.PartnerSettingsSync;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.store.PartnerSettingRecords.PartnerSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one database (the real H2 store), each with its own Configuration Admin: the
 * database is the source of truth, each node's configurations follow it.
 */
class PartnerSettingsSyncTest {

  static final String SHA = CorePartnerAdministrationTest.SHA;

  @TempDir Path folder;
  CoreServices services;
  ConfigurationAdminFake nodeA = new ConfigurationAdminFake();
  ConfigurationAdminFake nodeB = new ConfigurationAdminFake();
  PartnerSettingsSync syncA;
  PartnerSettingsSync syncB;
  CorePartnerAdministration administrationA;

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    syncA = new PartnerSettingsSync(services.store, nodeA, "node-a", services.clock);
    syncB = new PartnerSettingsSync(services.store, nodeB, "node-b", services.clock);
    administrationA =
        new CorePartnerAdministration(
            services.store,
            nodeA,
            new CorePartnerAdministrationTest().new Runtime(),
            services.clock,
            services.cases,
            syncA);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  List<AuditEntry> audit() {
    return services.store.read(
        s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)).items());
  }

  List<PartnerSetting> database() {
    return services.store.read(s -> s.partnerSettings().all());
  }

  static List<String> partners(ConfigurationAdminFake node) {
    return node.of(PartnerGrantReader.PID).stream().map(d -> (String) d.get("partnerId")).toList();
  }

  @Test
  void aGrantChangedOnOneNodeReachesTheOtherAtItsNextLook() {
    syncB.tick();
    administrationA.grant(CoreServices.OPERATOR, CorePartnerAdministrationTest.AMSTERDAM);
    administrationA.allow(
        CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "[1.0,2.0)", SHA));
    assertThat(partners(nodeA)).as("applied at once where it was made").containsExactly("gm0363");
    assertThat(partners(nodeB)).isEmpty();

    syncB.tick();

    assertThat(partners(nodeB)).containsExactly("gm0363");
    Dictionary<String, Object> grant = nodeB.of(PartnerGrantReader.PID).get(0);
    assertThat((String[]) grant.get("municipalities")).containsExactly("0363");
    assertThat(grant.get("timeline")).isEqualTo(true);
    assertThat(nodeB.of(AllowEntryReader.PID))
        .extracting(
            d -> d.get("symbolicName") + " " + d.get("versionRange") + " " + d.get("sha256"))
        .containsExactly("nl.example.partner [1.0,2.0) " + SHA);

    administrationA.revoke(CoreServices.OPERATOR, "gm0363");
    syncB.tick();

    assertThat(partners(nodeB)).isEmpty();
    assertThat(syncB.alerts()).as("a revocation is no surprise").isEmpty();
  }

  @Test
  void aTickWithoutAChangeWritesNothing() throws Exception {
    administrationA.grant(CoreServices.OPERATOR, CorePartnerAdministrationTest.AMSTERDAM);
    syncB.tick();
    var written = nodeB.stored.values().iterator().next();
    var before = written.properties;

    syncB.tick();
    syncB.reconcile();

    assertThat(written.properties)
        .as("not updated again (its component would restart)")
        .isSameAs(before);
  }

  /** A node that was down while the grant was revoked does not bring it back from its etc/ file. */
  @Test
  void aRevokedEntryIsRemovedFromANodeThatStillHasIt() throws Exception {
    administrationA.grant(CoreServices.OPERATOR, CorePartnerAdministrationTest.AMSTERDAM);
    syncB.tick();
    nodeB
        .stored
        .values()
        .iterator()
        .next()
        .properties
        .put("felix.fileinstall.filename", "file:/opt/karaf/etc/grant-gm0363.cfg");
    // Node B stops; meanwhile the grant is revoked on node A.
    administrationA.revoke(CoreServices.OPERATOR, "gm0363");
    java.util.concurrent.atomic.AtomicInteger confirmed =
        new java.util.concurrent.atomic.AtomicInteger();
    PartnerSettingsSync restarted =
        new PartnerSettingsSync(
            services.store, nodeB, "node-b", services.clock, held -> confirmed.incrementAndGet());

    restarted.tick();

    assertThat(partners(nodeB)).isEmpty();
    assertThat(confirmed)
        .as("the trust boundary is told only once the node is current")
        .hasValue(1);
    assertThat(database()).isEmpty();
  }

  @Test
  void theTrustBoundaryIsToldTheDatabasesAllowListDigestsNotWhatConfigAdminHolds()
      throws Exception {
    java.util.List<java.util.Set<String>> told = new java.util.ArrayList<>();
    PartnerSettingsSync onB =
        new PartnerSettingsSync(
            services.store, nodeB, "node-b", services.clock, h -> told.add(h.allowedDigests()));
    administrationA.allow(
        CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "[1.0,2.0)", SHA));
    String other = "b".repeat(64);
    // What a bundle could write through the system bundle's Configuration Admin.
    nodeB.put(
        AllowEntryReader.PID,
        Map.of("symbolicName", "nl.example.payload", "versionRange", "1.0", "sha256", other));

    onB.tick();

    assertThat(told).isNotEmpty().allSatisfy(digests -> assertThat(digests).containsExactly(SHA));
  }

  @Test
  void theTrustBoundaryIsToldTheDatabasesGrantsAndAGrantWrittenInConfigAdminMatchesNone()
      throws Exception {
    List<PartnerSettingsSync.Held> told = new ArrayList<>();
    PartnerSettingsSync onB =
        new PartnerSettingsSync(services.store, nodeB, "node-b", services.clock, told::add);
    administrationA.grant(CoreServices.OPERATOR, CorePartnerAdministrationTest.AMSTERDAM);
    onB.tick();
    Map<String, Object> applied = SettingText.of(nodeB.of(PartnerGrantReader.PID).get(0));
    // What a partner could write through the system bundle's Configuration Admin: itself wider.
    Map<String, Object> wider = new java.util.HashMap<>(applied);
    wider.put("categories", new String[] {"IDENTITY", "COUNSELLING_NOTES"});

    assertThat(told)
        .singleElement()
        .extracting(PartnerSettingsSync.Held::grants)
        .asList()
        .singleElement()
        .satisfies(
            grant -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> properties = (Map<String, Object>) grant;
              assertThat(SettingText.same(properties, applied)).isTrue();
              assertThat(SettingText.same(properties, wider)).isFalse();
            });
  }

  @Test
  void anEntryMadeOnlyInConfigAdminAfterTheStartIsRemovedWithAnAlert() throws Exception {
    syncB.tick();
    nodeB.put(
        PartnerGrantReader.PID,
        Map.of("partnerId", "police", "kind", "POLICE", "purpose", "SECURITY_REPORTING"));
    nodeB.put(
        AllowEntryReader.PID,
        Map.of("symbolicName", "nl.example.rogue", "versionRange", "1.0", "sha256", SHA));
    // Configuration Admin tells its listeners; the sync looks at once.
    syncB.changed(PartnerGrantReader.PID);

    syncB.tick();

    assertThat(nodeB.stored).isEmpty();
    assertThat(database()).as("not promoted into the database").isEmpty();
    assertThat(syncB.alerts())
        .containsExactly(
            "allow-list entry nl.example.rogue 1.0.0 was made on this node outside the partner"
                + " administration and was removed",
            "grant for partner police was made on this node outside the partner administration"
                + " and was removed");
    assertThat(audit())
        .filteredOn(e -> e.outcome() == nl.steunpunt.api.audit.Outcome.DENIED)
        .extracting(
            e -> e.objectType() + " " + e.objectId().orElse("") + ": " + e.detail().orElse(""))
        .containsExactlyInAnyOrder(
            "partner-allow nl.example.rogue: allow-list entry nl.example.rogue 1.0.0 was made"
                + " on node node-b outside the partner administration; it never counted and was"
                + " removed",
            "partner-grant police: grant for partner police was made on node node-b outside the"
                + " partner administration; it never counted and was removed");

    administrationA.grant(
        CoreServices.OPERATOR,
        new nl.steunpunt.api.platform.GrantRequest(
            "police",
            nl.steunpunt.api.partner.OrganisationKind.POLICE,
            nl.steunpunt.api.access.Purpose.SECURITY_REPORTING,
            "police",
            Set.of(),
            Set.of(),
            false,
            false));
    syncB.tick();
    assertThat(partners(nodeB)).containsExactly("police");
    assertThat(syncB.alerts()).as("made the sanctioned way now").hasSize(1);
    services.clock.advance(Duration.ofHours(2));
    syncB.reconcile();
    assertThat(syncB.alerts()).isEmpty();
  }

  @Test
  void theFirstNodeImportsItsConfigurationsOnceAndAudited() throws Exception {
    nodeA.put(
        PartnerGrantReader.PID,
        Map.of(
            "partnerId", "gm0363",
            "kind", "MUNICIPALITY",
            "purpose", "MUNICIPAL_SUPPORT",
            "organisation", "GM0363",
            "municipalities", "0363",
            "timeline", "true",
            "felix.fileinstall.filename", "file:/opt/karaf/etc/grant.cfg"));
    nodeA.put(
        AllowEntryReader.PID,
        Map.of("symbolicName", "nl.example.partner", "versionRange", "[1.0,2.0)", "sha256", SHA));
    nodeB.put(PartnerGrantReader.PID, Map.of("partnerId", "police", "kind", "POLICE"));
    var fileBacked = nodeA.of(PartnerGrantReader.PID).get(0);

    syncA.tick();
    syncB.tick();
    syncA.tick();

    assertThat(database())
        .extracting(s -> s.key().kind() + " " + s.key().name() + " " + s.key().versionRange())
        .containsExactly("GRANT gm0363 ", "ALLOW nl.example.partner [1.0.0,2.0.0)");
    assertThat(partners(nodeA)).containsExactly("gm0363");
    assertThat(nodeA.of(PartnerGrantReader.PID).get(0)).as("left as it was").isEqualTo(fileBacked);
    assertThat(partners(nodeB)).as("the database wins over node B's own").containsExactly("gm0363");
    assertThat(nodeB.of(AllowEntryReader.PID)).hasSize(1);
    List<AuditEntry> entries = audit();
    assertThat(entries)
        .extracting(e -> e.objectType() + " " + e.objectId().orElse("") + " " + e.user())
        .containsExactlyInAnyOrder(
            "partner-grant gm0363 platform",
            "partner-allow nl.example.partner platform",
            "partner-settings node-a platform");
    assertThat(entries)
        .allSatisfy(e -> assertThat(e.channel()).isEqualTo("platform:partner-settings"))
        .allSatisfy(
            e -> assertThat(e.detail().orElseThrow()).contains("from Config Admin on node node-a"));
    assertThat(
            services.store.<java.util.Optional<String>>read(
                s -> s.partnerSettings().head().initialisedBy()))
        .contains("node-a");
  }

  @Test
  void twoNodesStartingAtOnceImportOnce() throws Exception {
    nodeA.put(PartnerGrantReader.PID, Map.of("partnerId", "gm0363", "kind", "MUNICIPALITY"));
    nodeB.put(PartnerGrantReader.PID, Map.of("partnerId", "police", "kind", "POLICE"));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> started = new ArrayList<>();
      for (PartnerSettingsSync sync : List.of(syncA, syncB)) {
        started.add(
            nodes.submit(
                (Callable<Object>)
                    () -> {
                      sync.reconcile();
                      return null;
                    }));
      }
      for (Future<Object> f : started) {
        f.get();
      }
    } finally {
      nodes.shutdownNow();
    }
    syncA.reconcile();
    syncB.reconcile();

    assertThat(database()).hasSize(1);
    assertThat(audit()).filteredOn(e -> e.objectType().equals("partner-settings")).hasSize(1);
    assertThat(partners(nodeA)).isEqualTo(partners(nodeB)).hasSize(1);
  }

  /** No audit, no change: neither in the database nor in any node's Configuration Admin. */
  @Test
  void aChangeWhoseAuditCannotBeWrittenChangesNothing() throws Exception {
    administrationA.grant(CoreServices.OPERATOR, CorePartnerAdministrationTest.AMSTERDAM);
    syncB.tick();
    long revision = services.store.read(s -> s.partnerSettings().head().revision());
    var before = nodeA.of(PartnerGrantReader.PID).get(0);
    try (Connection c = h2();
        Statement s = c.createStatement()) {
      ResultSet max = s.executeQuery("SELECT MAX(sequence) FROM audit_entry");
      max.next();
      s.execute(
          "ALTER TABLE audit_entry ADD CONSTRAINT audit_blocked CHECK (sequence <= "
              + max.getLong(1)
              + ")");
    }

    assertThatThrownBy(() -> administrationA.revoke(CoreServices.OPERATOR, "gm0363"))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("audit");
    assertThatThrownBy(
            () ->
                administrationA.allow(
                    CoreServices.OPERATOR, new AllowRequest("nl.example.partner", "1.0", SHA)))
        .isInstanceOf(UnavailableException.class);
    syncB.tick();

    assertThat(services.store.<Long>read(s -> s.partnerSettings().head().revision()))
        .isEqualTo(revision);
    assertThat(database()).extracting(s -> s.key().name()).containsExactly("gm0363");
    assertThat(nodeA.of(PartnerGrantReader.PID)).containsExactly(before);
    assertThat(nodeA.of(AllowEntryReader.PID)).isEmpty();
    assertThat(partners(nodeB)).containsExactly("gm0363");
  }

  @Test
  void anImportThatCannotBeAuditedImportsNothingAndIsTriedAgain() throws Exception {
    nodeA.put(PartnerGrantReader.PID, Map.of("partnerId", "gm0363", "kind", "MUNICIPALITY"));
    try (Connection c = h2();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_entry ADD CONSTRAINT audit_blocked CHECK (sequence < 0)");
    }

    java.util.concurrent.atomic.AtomicInteger confirmed =
        new java.util.concurrent.atomic.AtomicInteger();
    syncA =
        new PartnerSettingsSync(
            services.store, nodeA, "node-a", services.clock, held -> confirmed.incrementAndGet());
    syncA.tick();

    assertThat(confirmed).as("the trust boundary keeps the allow-list closed").hasValue(0);
    assertThat(database()).isEmpty();
    assertThat(partners(nodeA)).as("left alone until it is imported").containsExactly("gm0363");
    assertThat(syncA.alerts()).singleElement().asString().contains("may be out of date");

    try (Connection c = h2();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_entry DROP CONSTRAINT audit_blocked");
    }
    syncA.tick();
    assertThat(database()).hasSize(1);
    assertThat(syncA.alerts()).isEmpty();
    assertThat(confirmed).hasValue(1);
  }

  private Connection h2() throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db"), "sa", "");
  }
}
