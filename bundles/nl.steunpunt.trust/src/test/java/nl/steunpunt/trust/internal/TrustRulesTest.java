package nl.steunpunt.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.steunpunt.trust.InstalledDigest;
import nl.steunpunt.trust.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class TrustRulesTest {

  private static final String SHIPPED = "a".repeat(64);
  private static final String PINNED = "b".repeat(64);
  private static final String OTHER = "c".repeat(64);
  private static final Version V1 = Version.parseVersion("1.0.0");

  private static final PlatformList PLATFORM =
      PlatformList.parse(
          List.of(
              "# comment",
              SHIPPED + " org.apache.karaf.shell.core 4.4.10 org/apache/karaf/x.jar",
              SHIPPED + " nl.steunpunt.core 0.1.0.SNAPSHOT nl/steunpunt/core.jar",
              SHIPPED + " nl.steunpunt.demo 0.1.0.SNAPSHOT nl/steunpunt/demo.jar demo"));
  private static final Version SNAPSHOT = Version.parseVersion("0.1.0.SNAPSHOT");
  private static final List<AllowEntry> ALLOWED =
      List.of(AllowEntry.of("nl.example.partner", "[1.0.0,2.0.0)", PINNED).orElseThrow());
  private static final Harness NO_HARNESS = Harness.parse(null);

  private static Decision decide(long id, String name, Version version, String sha) {
    return TrustRules.decide(
        id, name, version, () -> InstalledDigest.of(sha), PLATFORM, () -> ALLOWED, NO_HARNESS);
  }

  @Test
  public void theSystemBundleAlwaysResolves() {
    assertThat(decide(0, "org.apache.felix.framework", V1, OTHER).ground())
        .hasValue("system bundle");
  }

  @Test
  public void aJarThePlatformShippedResolves() {
    assertThat(
            decide(5, "nl.steunpunt.core", Version.parseVersion("0.1.0.SNAPSHOT"), SHIPPED)
                .ground())
        .hasValue("platform");
  }

  @Test
  public void thePlatformsOwnBundlesAreDecidedWithoutReadingTheAllowList() {
    Decision decision =
        TrustRules.decide(
            5,
            "nl.steunpunt.core",
            Version.parseVersion("0.1.0.SNAPSHOT"),
            () -> InstalledDigest.of(SHIPPED),
            PLATFORM,
            () -> {
              throw new AssertionError("the allow-list was read");
            },
            NO_HARNESS);
    assertThat(decision.ground()).hasValue("platform");
  }

  @Test
  public void theShippedDemoBundleIsThePlatformsInDemoMode() {
    Decision decision =
        TrustRules.decide(
            6,
            "nl.steunpunt.demo",
            SNAPSHOT,
            () -> InstalledDigest.of(SHIPPED),
            PLATFORM,
            () -> ALLOWED,
            NO_HARNESS,
            true);
    assertThat(decision.ground()).hasValue("platform");
    assertThat(decision.platform()).isTrue();
  }

  @Test
  public void theShippedDemoBundleIsRefusedOutsideDemoModeEvenWhenAllowListed() {
    List<AllowEntry> allowingTheDemo =
        List.of(AllowEntry.of("nl.steunpunt.demo", "[0.1.0,1.0.0)", SHIPPED).orElseThrow());
    Decision decision =
        TrustRules.decide(
            6,
            "nl.steunpunt.demo",
            SNAPSHOT,
            () -> InstalledDigest.of(SHIPPED),
            PLATFORM,
            () -> allowingTheDemo,
            NO_HARNESS,
            false);
    assertThat(decision.refusal()).hasValue(Reason.DEMO_ONLY);
    assertThat(decision.mayResolve()).isFalse();
  }

  @Test
  public void aPlatformBundleUpdatedWithOtherBytesIsRefusedForItsDigest() {
    assertThat(
            decide(5, "org.apache.karaf.shell.core", Version.parseVersion("4.4.10"), OTHER)
                .refusal())
        .hasValue(Reason.DIGEST_DIFFERS);
  }

  @Test
  public void anAllowListedJarResolvesWithoutThePartnerHeaderToo() {
    assertThat(decide(70, "nl.example.partner", Version.parseVersion("1.2.0"), PINNED).ground())
        .hasValue("allowed");
  }

  @Test
  public void anAllowListedNameWithOtherBytesIsRefusedForItsDigest() {
    assertThat(decide(70, "nl.example.partner", V1, OTHER).refusal())
        .hasValue(Reason.DIGEST_DIFFERS);
  }

  @Test
  public void aVersionOutsideTheEntrysRangeIsNotAllowed() {
    assertThat(decide(70, "nl.example.partner", Version.parseVersion("2.0.0"), PINNED).refusal())
        .hasValue(Reason.NOT_ALLOWED);
  }

  @Test
  public void anUnknownBundleIsRefusedWithoutReadingItsContent() {
    AtomicInteger reads = new AtomicInteger();
    Supplier<InstalledDigest> digest =
        () -> {
          reads.incrementAndGet();
          return InstalledDigest.of(SHIPPED);
        };
    Decision decision =
        TrustRules.decide(71, "nl.example.rogue", V1, digest, PLATFORM, () -> ALLOWED, NO_HARNESS);
    assertThat(decision.refusal()).hasValue(Reason.NOT_ALLOWED);
    assertThat(decision.mayResolve()).isFalse();
    assertThat(reads).hasValue(0);
  }

  @Test
  public void aNamedBundleWhoseContentCannotBeReadIsRefused() {
    Decision decision =
        TrustRules.decide(
            70,
            "nl.example.partner",
            V1,
            () -> InstalledDigest.unreadable("no stored jar"),
            PLATFORM,
            () -> ALLOWED,
            NO_HARNESS);
    assertThat(decision.refusal()).hasValue(Reason.CONTENT_UNREADABLE);
  }

  @Test
  public void aFragmentIsDecidedLikeAnyBundleByNameVersionAndBytes() {
    // The hook asks the same question for a fragment's revision: no special case lets one in.
    assertThat(decide(72, "nl.example.partner.fragment", V1, PINNED).refusal())
        .hasValue(Reason.NOT_ALLOWED);
  }

  @Test
  public void theHarnessGlobsCountAsPlatformWhateverTheContent() {
    Harness harness = Harness.parse("PAXEXAM-PROBE-*, org.ops4j.pax.exam*,assertj-core");
    for (String name :
        List.of("PAXEXAM-PROBE-1f2e", "org.ops4j.pax.exam.invoker.junit", "assertj-core")) {
      assertThat(
              TrustRules.decide(
                      80,
                      name,
                      V1,
                      () -> InstalledDigest.unreadable("reference"),
                      PLATFORM,
                      () -> ALLOWED,
                      harness)
                  .ground())
          .as(name)
          .hasValue("harness");
    }
    assertThat(
            TrustRules.decide(
                    81,
                    "assertj-core-evil",
                    V1,
                    () -> InstalledDigest.of(OTHER),
                    PLATFORM,
                    () -> ALLOWED,
                    harness)
                .refusal())
        .hasValue(Reason.NOT_ALLOWED);
  }

  @Test
  public void withoutTheHarnessSettingNoTestBundleIsSpecial() {
    assertThat(decide(80, "PAXEXAM-PROBE-1f2e", V1, OTHER).refusal()).hasValue(Reason.NOT_ALLOWED);
    assertThat(Harness.parse("  ").globs()).isEmpty();
  }

  @Test
  public void anInvalidAllowListEntryAllowsNothing() {
    assertThat(AllowEntry.of("nl.example.partner", "[1,2)", "not-hex")).isEmpty();
    assertThat(AllowEntry.of("nl.example.partner", "(,", PINNED)).isEmpty();
    assertThat(AllowEntry.of(" ", "1.0.0", PINNED)).isEmpty();
    assertThat(AllowEntry.of("nl.example.partner", "1.0.0", PINNED.toUpperCase()))
        .get()
        .extracting(AllowEntry::sha256)
        .isEqualTo(PINNED);
  }

  @Test
  public void aDevLoopEntryLetsAnyBytesOfTheNamedBundleRunButNotAsPlatform() {
    List<AllowEntry> dev = List.of(AllowEntry.dev("nl.example.partner", "[1.0.0,2.0.0)").get());

    Decision decision =
        TrustRules.decide(
            70,
            "nl.example.partner",
            V1,
            () -> InstalledDigest.of(OTHER),
            PLATFORM,
            () -> dev,
            NO_HARNESS);

    assertThat(decision.ground()).hasValue(TrustRules.DEV);
    assertThat(decision.platform()).isFalse();
    assertThat(
            TrustRules.decide(
                    70,
                    "nl.example.partner",
                    Version.parseVersion("2.0.0"),
                    () -> InstalledDigest.of(OTHER),
                    PLATFORM,
                    () -> dev,
                    NO_HARNESS)
                .refusal())
        .hasValue(Reason.NOT_ALLOWED);
  }

  @Test
  public void aDevLoopEntryNeverLetsOtherBytesOfAShippedBundleRun() {
    List<AllowEntry> dev = List.of(AllowEntry.dev("nl.steunpunt.core", "0.0.0").get());

    Decision decision =
        TrustRules.decide(
            5,
            "nl.steunpunt.core",
            Version.parseVersion("0.1.0.SNAPSHOT"),
            () -> InstalledDigest.of(OTHER),
            PLATFORM,
            () -> dev,
            NO_HARNESS);

    assertThat(decision.refusal()).hasValue(Reason.DIGEST_DIFFERS);
  }
}
