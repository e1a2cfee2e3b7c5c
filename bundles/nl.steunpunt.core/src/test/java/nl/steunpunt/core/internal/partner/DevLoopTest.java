package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.settings.PartnerSettingsSync;
import nl.steunpunt.core.internal.partner.trust.AllowEntry;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.core.internal.partner.trust.JarDigest;
import nl.steunpunt.core.internal.partner.trust.TrustRules;
import nl.steunpunt.core.internal.partner.trust.TrustRulesTest;
import nl.steunpunt.core.internal.partner.trust.TrustVerdict;
import nl.steunpunt.store.PartnerSettingRecords.PartnerSetting;
import nl.steunpunt.trust.DevEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/**
 * The dev loop's allow-list entry (symbolic name and version range, no digest) on the real H2
 * store: accepted, kept and audited in demo mode; refused with nothing stored on any other
 * platform; one that reaches a production node anyway counts for nothing and is an alert; one
 * written only into Configuration Admin never counts.
 */
class DevLoopTest {

  static final String NAME = "nl.example.partner";
  static final String RANGE = "[1.0.0,2.0.0)";
  static final DevEntry ENTRY = DevEntry.of(NAME, RANGE);

  @TempDir Path folder;
  CoreServices services;
  ConfigurationAdminFake demoNode = new ConfigurationAdminFake();
  ConfigurationAdminFake productionNode = new ConfigurationAdminFake();
  final List<PartnerSettingsSync.Held> toldDemo = new ArrayList<>();
  final List<PartnerSettingsSync.Held> toldProduction = new ArrayList<>();
  PartnerSettingsSync demoSync;
  PartnerSettingsSync productionSync;
  CorePartnerAdministration demo;
  CorePartnerAdministration production;

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
    demoSync =
        PartnerSettingsSync.inMode(
            services.store, demoNode, "demo", services.clock, toldDemo::add, true);
    productionSync =
        PartnerSettingsSync.inMode(
            services.store,
            productionNode,
            "production",
            services.clock,
            toldProduction::add,
            false);
    demo = administration(demoNode, demoSync, true);
    production = administration(productionNode, productionSync, false);
  }

  private CorePartnerAdministration administration(
      ConfigurationAdminFake node, PartnerSettingsSync sync, boolean demoMode) {
    return new CorePartnerAdministration(
        services.store,
        node,
        new CorePartnerAdministrationTest().new Runtime(),
        services.clock,
        services.cases,
        sync,
        demoMode);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  @Test
  void inDemoModeADevLoopEntryIsKeptAuditedAppliedAndCounts() {
    AllowRequest written = demo.allowForDevelopment(CoreServices.OPERATOR, NAME, RANGE);

    assertThat(written).isEqualTo(new AllowRequest(NAME, RANGE, null));
    assertThat(database())
        .singleElement()
        .satisfies(s -> assertThat(s.properties()).contains("dev=b:true").doesNotContain("sha256"));
    assertThat(demoNode.of(AllowEntryReader.PID))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("dev")).isEqualTo(true);
              assertThat(d.get("sha256")).isNull();
            });
    assertThat(toldDemo.get(toldDemo.size() - 1).devEntries()).containsExactly(ENTRY);
    assertThat(toldDemo.get(toldDemo.size() - 1).allowedDigests()).isEmpty();
    assertThat(audit())
        .anySatisfy(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.objectType()).isEqualTo(OperatorAudit.PARTNER_ALLOW);
              assertThat(e.detail())
                  .hasValue("allowed for the dev loop [1.0.0,2.0.0) (any jar; demo mode)");
            });
    assertThat(demoSync.alerts()).isEmpty();
  }

  @Test
  void outsideDemoModeTheSettingIsRefusedNothingIsStoredAndTheRefusalIsAudited() {
    assertThatThrownBy(() -> production.allowForDevelopment(CoreServices.OPERATOR, NAME, RANGE))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        f -> {
                          assertThat(f.field()).isEqualTo("dev");
                          assertThat(f.message()).contains("demo mode only");
                        }));

    assertThat(database()).isEmpty();
    assertThat(productionNode.of(AllowEntryReader.PID)).isEmpty();
    assertThat(audit())
        .anySatisfy(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
              assertThat(e.objectId()).hasValue(NAME);
            });
  }

  /** A database shared with a demo: the production node neither applies nor counts the entry. */
  @Test
  void aDevLoopEntryTheDatabaseHoldsDoesNotCountOnAProductionNodeAndIsAnAlert() throws Exception {
    demo.allowForDevelopment(CoreServices.OPERATOR, NAME, RANGE);
    // As if its etc/ held a copy too.
    productionNode.put(
        AllowEntryReader.PID, Map.of("symbolicName", NAME, "versionRange", RANGE, "dev", true));

    productionSync.tick();

    assertThat(productionNode.of(AllowEntryReader.PID)).as("its copy removed").isEmpty();
    assertThat(toldProduction)
        .isNotEmpty()
        .allSatisfy(held -> assertThat(held.devEntries()).isEmpty());
    assertThat(productionSync.alerts())
        .containsExactly(
            "dev-loop allow-list entry nl.example.partner [1.0.0,2.0.0) does not count: this"
                + " platform is not in demo mode (steunpunt:partner-disallow nl.example.partner)");

    demo.disallow(CoreServices.OPERATOR, NAME);
    productionSync.tick();

    assertThat(productionSync.alerts()).as("gone with the entry").isEmpty();
  }

  /** What a bundle could write through the system bundle's Configuration Admin, in demo mode. */
  @Test
  void aDevLoopEntryOnlyInConfigurationAdminNeverCountsAndIsRemoved() throws Exception {
    demoSync.tick();
    demoNode.put(
        AllowEntryReader.PID, Map.of("symbolicName", NAME, "versionRange", RANGE, "dev", true));

    // Configuration Admin's event for it.
    demoSync.changed(AllowEntryReader.PID);
    demoSync.tick();

    assertThat(toldDemo).isNotEmpty().allSatisfy(held -> assertThat(held.devEntries()).isEmpty());
    assertThat(demoNode.of(AllowEntryReader.PID)).isEmpty();
    assertThat(demoSync.alerts())
        .singleElement()
        .asString()
        .contains("made on this node outside the partner administration");
  }

  @Test
  void theCoresVerdictCountsADevLoopEntryOnlyInDemoModeAndWhenTheDatabaseHoldsIt() {
    List<AllowEntry> configured = List.of(AllowEntry.dev(NAME, RANGE));
    Version v1 = Version.parseVersion("1.4.0");

    assertThat(TrustRules.counted(configured, true, java.util.Set.of(ENTRY))).hasSize(1);
    assertThat(TrustRules.counted(configured, false, java.util.Set.of(ENTRY)))
        .as("production")
        .isEmpty();
    assertThat(TrustRules.counted(configured, true, java.util.Set.of()))
        .as("not held by the database")
        .isEmpty();
    TrustVerdict verdict =
        TrustRules.decide(
            NAME,
            v1,
            TrustRulesTest.HEADER,
            JarDigest.of("cd".repeat(32)),
            TrustRules.counted(configured, true, java.util.Set.of(ENTRY)));
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.reason()).isEqualTo(TrustRules.DEV_LOOP);
    assertThat(
            TrustRules.decide(
                    NAME,
                    v1,
                    TrustRulesTest.HEADER,
                    JarDigest.of("cd".repeat(32)),
                    TrustRules.counted(configured, false, java.util.Set.of(ENTRY)))
                .reason())
        .isEqualTo(TrustRules.NOT_LISTED);
  }

  private List<PartnerSetting> database() {
    return services.store.read(s -> s.partnerSettings().all());
  }

  private List<AuditEntry> audit() {
    return services.store.read(
        s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)).items());
  }
}
