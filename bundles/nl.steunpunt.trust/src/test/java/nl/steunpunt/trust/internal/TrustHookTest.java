package nl.steunpunt.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.trust.DevEntry;
import nl.steunpunt.trust.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/** The resolver hook over plain fakes of bundles and revisions, with jars stored as Felix does. */
class TrustHookTest {

  @TempDir Path storage;

  private final List<AllowEntry> allowList = new ArrayList<>();
  private PlatformList platform;
  private Trust trust;

  private Bundle platformBundle;
  private Bundle allowed;
  private Bundle refusedFragment;
  private Bundle refused;

  @BeforeEach
  void install() throws Exception {
    platformBundle = bundle(5, "org.apache.karaf.shell.core", 1);
    allowed = bundle(70, "nl.example.partner", 1);
    refusedFragment = bundle(71, "nl.example.partner.fragment", 1);
    refused = bundle(72, "nl.example.rogue", 1);
    String platformSha = store(5, "version0.0", "the platform's jar");
    String allowedSha = store(70, "version0.0", "the partner's jar");
    store(71, "version0.0", "a fragment");
    store(72, "version0.0", "a rogue");
    platform =
        PlatformList.parse(List.of(platformSha + " org.apache.karaf.shell.core 1.0.0 x.jar"));
    allowList.add(AllowEntry.of("nl.example.partner", "[1.0.0,1.0.0]", allowedSha).orElseThrow());
    trust = new Trust(null, Optional.of(storage), platform, Harness.parse(null), () -> allowList);
    trust.confirm(Set.of(allowedSha));
  }

  /**
   * An entry in Configuration Admin the operator's settings do not hold (a bundle wrote it through
   * the system bundle's Configuration Admin) lets nothing run, even before the platform removes it.
   */
  @Test
  void anAllowListEntryWhoseDigestTheCoreDidNotConfirmCountsForNothing() {
    trust.confirm(Set.of());

    assertThat(trust.decide(allowed, trust.allowList()).mayResolve()).isFalse();

    trust.confirm(Set.of(allowList.get(0).sha256()));

    assertThat(trust.decide(allowed, trust.allowList()).mayResolve()).isTrue();
  }

  /**
   * A dev-loop entry (no digest) lets a rebuilt jar run in demo mode, once the core confirmed the
   * database holds it; one only in Configuration Admin counts for nothing.
   */
  @Test
  void aDevLoopEntryCountsInDemoModeOnlyWhenTheCoreConfirmedIt() {
    Trust demo =
        new Trust(null, Optional.of(storage), platform, Harness.parse(null), () -> devList(), true);
    try {
      demo.confirm(Set.of());
      assertThat(demo.decide(allowed, demo.allowList()).mayResolve()).isFalse();

      demo.confirm(Set.of(), Set.of(DevEntry.of("nl.example.partner", "[1.0.0,2.0.0)")));

      assertThat(demo.decide(allowed, demo.allowList()).mayResolve()).isTrue();
      assertThat(demo.decide(allowed, demo.allowList()).platform()).isFalse();
    } finally {
      demo.close();
    }
  }

  /** Outside demo mode a dev-loop entry never counts, even when the core passed it on. */
  @Test
  void aDevLoopEntryNeverCountsOutsideDemoMode() {
    Trust production =
        new Trust(
            null, Optional.of(storage), platform, Harness.parse(null), () -> devList(), false);
    try {
      production.confirm(Set.of(), Set.of(DevEntry.of("nl.example.partner", "[1.0.0,2.0.0)")));

      assertThat(production.decide(allowed, production.allowList()).refusal())
          .hasValue(Refusal.Reason.NOT_ALLOWED);
    } finally {
      production.close();
    }
  }

  private static List<AllowEntry> devList() {
    return List.of(AllowEntry.dev("nl.example.partner", "[1.0.0,2.0.0)").orElseThrow());
  }

  /** At a restart, nothing but the platform runs until the core confirmed the node's list. */
  @Test
  void untilTheAllowListIsConfirmedOnlyThePlatformRuns() {
    Trust restarted =
        new Trust(null, Optional.of(storage), platform, Harness.parse(null), () -> allowList);
    try {
      assertThat(restarted.mayRun(platformBundle)).isTrue();
      assertThat(restarted.mayRun(allowed)).isFalse();
      assertThat(restarted.refused())
          .extracting(Refusal::reason)
          .containsExactly(Refusal.Reason.ALLOW_LIST_PENDING);
      assertThat(restarted.refusalsAfter(0)).as("deferred, not journalled").isEmpty();

      restarted.confirm(Set.of(allowList.get(0).sha256()));

      assertThat(restarted.decide(allowed, restarted.allowList()).mayResolve()).isTrue();
    } finally {
      restarted.close();
    }
  }

  @AfterEach
  void close() {
    trust.close();
  }

  @Test
  void aRefusedFragmentFindsNoHostAndNothingWiresToARefusedBundle() {
    ResolverHook hook = new TrustHook(trust).begin(List.of());

    List<BundleCapability> hosts = new ArrayList<>(List.of(capability(platformBundle)));
    hook.filterMatches(requirement(refusedFragment), hosts);
    assertThat(hosts).isEmpty();

    List<BundleCapability> exports =
        new ArrayList<>(List.of(capability(platformBundle), capability(refused)));
    hook.filterMatches(requirement(allowed), exports);
    assertThat(exports)
        .extracting(c -> c.getRevision().getBundle())
        .containsExactly(platformBundle);

    List<BundleCapability> forThePlatform =
        new ArrayList<>(List.of(capability(allowed), capability(refused)));
    hook.filterMatches(requirement(platformBundle), forThePlatform);
    assertThat(forThePlatform)
        .extracting(c -> c.getRevision().getBundle())
        .containsExactly(allowed);

    assertThat(trust.refused())
        .extracting(Refusal::symbolicName, Refusal::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "nl.example.partner.fragment", Refusal.Reason.NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple("nl.example.rogue", Refusal.Reason.NOT_ALLOWED));
  }

  @Test
  void aBundleOutsideThePlatformWiresToThePublicApiButNotToTheStoreOrTrustPackages() {
    ResolverHook hook = new TrustHook(trust).begin(List.of());
    List<BundleCapability> forThePartner =
        new ArrayList<>(
            List.of(
                export(platformBundle, "nl.steunpunt.api.family"),
                export(platformBundle, "nl.steunpunt.api"),
                export(platformBundle, "nl.steunpunt.store"),
                export(platformBundle, "nl.steunpunt.trust"),
                export(platformBundle, "nl.steunpunt.apix")));
    List<BundleCapability> forThePlatform =
        new ArrayList<>(List.of(export(platformBundle, "nl.steunpunt.store")));

    hook.filterMatches(requirement(allowed), forThePartner);
    hook.filterMatches(requirement(platformBundle), forThePlatform);

    assertThat(forThePartner)
        .extracting(c -> c.getAttributes().get("osgi.wiring.package"))
        .containsExactly("nl.steunpunt.api.family", "nl.steunpunt.api");
    assertThat(forThePlatform).hasSize(1);
  }

  /**
   * The store contract's export carries a mandatory attribute; an allow-listed bundle that names it
   * in its import still finds no store to wire to, where the platform's core does.
   */
  @Test
  void anAllowListedBundleThatNamesTheStoresMandatoryAttributeIsStillNotWiredToTheStore() {
    ResolverHook hook = new TrustHook(trust).begin(List.of());
    List<BundleCapability> forThePartner =
        new ArrayList<>(List.of(storeExport(platformBundle), export(platformBundle, "org.x")));
    List<BundleCapability> forThePlatform = new ArrayList<>(List.of(storeExport(platformBundle)));

    hook.filterMatches(requirement(allowed), forThePartner);
    hook.filterMatches(requirement(platformBundle), forThePlatform);

    assertThat(forThePartner)
        .extracting(c -> c.getAttributes().get("osgi.wiring.package"))
        .containsExactly("org.x");
    assertThat(forThePlatform)
        .singleElement()
        .extracting(c -> c.getAttributes().get("steunpunt"))
        .isEqualTo("platform");
  }

  @Test
  void theResolvableRevisionsAreLeftAloneBecauseFelixWouldThenDropEveryResolvedProvider() {
    List<BundleRevision> resolvable =
        new ArrayList<>(List.of(revision(allowed), revision(refused), revision(refusedFragment)));
    new TrustHook(trust).begin(List.of()).filterResolvable(resolvable);
    assertThat(resolvable).hasSize(3);
  }

  @Test
  void anUpdateWithOtherBytesIsDecidedByTheNewRevisionsContent() throws Exception {
    assertThat(trust.mayRun(allowed)).isTrue();

    store(70, "version0.1", "other bytes");
    Bundle updated = bundle(70, "nl.example.partner", 2);

    assertThat(trust.mayRun(updated)).isFalse();
    assertThat(trust.refused())
        .singleElement()
        .extracting(Refusal::reason)
        .isEqualTo(Refusal.Reason.DIGEST_DIFFERS);
    assertThat(trust.digest(updated).sha256())
        .hasValue(
            InstalledContent.sha256(storage.resolve("bundle70/version0.1/bundle.jar"))
                .sha256()
                .get());
  }

  @Test
  void theTestHarnessRunsWhatItNamesEvenWithoutAStoredJar() {
    Trust withHarness =
        new Trust(null, Optional.of(storage), platform, Harness.parse("PAXEXAM-PROBE-*"), List::of);
    withHarness.confirm(Set.of());
    try {
      assertThat(withHarness.mayRun(bundle(90, "PAXEXAM-PROBE-0c1d", 1))).isTrue();
      assertThat(withHarness.mayRun(bundle(91, "nl.example.partner", 1))).isFalse();
    } finally {
      withHarness.close();
    }
  }

  /** Stores a jar the way Felix does and returns its SHA-256. */
  private String store(long id, String revision, String content) throws Exception {
    Path folder = Files.createDirectories(storage.resolve("bundle" + id).resolve(revision));
    Path jar = folder.resolve("bundle.jar");
    Files.writeString(jar, content);
    return InstalledContent.sha256(jar).sha256().orElseThrow();
  }

  private static Bundle bundle(long id, String name, long lastModified) {
    Map<String, Object> answers =
        Map.of(
            "getBundleId",
            id,
            "getSymbolicName",
            name,
            "getVersion",
            Version.parseVersion("1.0.0"),
            "getLastModified",
            lastModified,
            "toString",
            name + " [" + id + "]",
            "hashCode",
            (int) id);
    return fake(Bundle.class, answers);
  }

  private static BundleRevision revision(Bundle bundle) {
    return fake(BundleRevision.class, Map.of("getBundle", bundle, "hashCode", bundle.hashCode()));
  }

  private static BundleRequirement requirement(Bundle bundle) {
    return fake(BundleRequirement.class, Map.of("getRevision", revision(bundle)));
  }

  private static BundleCapability capability(Bundle bundle) {
    return export(bundle, "org.example.any");
  }

  private static BundleCapability export(Bundle bundle, String packageName) {
    return fake(
        BundleCapability.class,
        Map.of(
            "getRevision",
            revision(bundle),
            "getNamespace",
            "osgi.wiring.package",
            "getAttributes",
            Map.of("osgi.wiring.package", packageName)));
  }

  /** The store contract's export as the store bundle declares it. */
  private static BundleCapability storeExport(Bundle bundle) {
    return fake(
        BundleCapability.class,
        Map.of(
            "getRevision",
            revision(bundle),
            "getNamespace",
            "osgi.wiring.package",
            "getAttributes",
            Map.of("osgi.wiring.package", "nl.steunpunt.store", "steunpunt", "platform"),
            "getDirectives",
            Map.of("mandatory", "steunpunt")));
  }

  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    Object proxy =
        Proxy.newProxyInstance(
            TrustHookTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getName().equals("equals")) {
                return self == args[0];
              }
              if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
              }
              throw new UnsupportedOperationException(method.getName());
            });
    return type.cast(proxy);
  }
}
