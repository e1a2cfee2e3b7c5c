package nl.steunpunt.core.internal.partner.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.InstalledDigest;
import nl.steunpunt.trust.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The trust boundary's refusals as alerts and audit entries, on the real H2 store. */
class TrustRefusalsTest {

  /** The trust bundle's decisions as plain values. */
  static final class Decisions implements BundleTrust {
    boolean current;

    @Override
    public void allowListCurrent(java.util.Set<String> sha256s) {
      current = true;
    }

    @Override
    public void allowListCurrent(
        java.util.Set<String> sha256s, java.util.Set<nl.steunpunt.trust.DevEntry> devEntries) {
      current = true;
    }

    final List<Refusal> journal = new ArrayList<>();
    final List<Refusal> refused = new ArrayList<>();
    final List<String> harness = new ArrayList<>();
    final List<Runnable> watchers = new CopyOnWriteArrayList<>();

    void refuse(Refusal refusal) {
      journal.add(refusal);
      refused.removeIf(r -> r.bundleId() == refusal.bundleId());
      refused.add(refusal);
      watchers.forEach(Runnable::run);
    }

    @Override
    public InstalledDigest digest(Bundle bundle) {
      return InstalledDigest.unreadable("not in this test");
    }

    @Override
    public boolean platform(Bundle bundle) {
      return false;
    }

    @Override
    public List<Refusal> refused() {
      return List.copyOf(refused);
    }

    @Override
    public List<Refusal> refusalsAfter(long sequence) {
      return journal.stream().filter(r -> r.sequence() > sequence).toList();
    }

    @Override
    public List<String> harness() {
      return harness;
    }

    @Override
    public void watch(Runnable onChange) {
      watchers.add(onChange);
    }

    @Override
    public void unwatch(Runnable onChange) {
      watchers.remove(onChange);
    }
  }

  @TempDir Path folder;
  CoreServices services;
  Decisions trust = new Decisions();

  @BeforeEach
  void open() throws Exception {
    services = new CoreServices(folder);
  }

  @AfterEach
  void close() throws Exception {
    services.close();
  }

  List<AuditEntry> denied() {
    return services
        .store
        .read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)).items())
        .stream()
        .filter(e -> e.action() == Action.BUNDLE_LIFECYCLE && e.outcome() == Outcome.DENIED)
        .toList();
  }

  @Test
  void aRefusalDecidedBeforeTheCoreCameUpIsAuditedOnceAndEveryRefusedBundleIsAnAlert()
      throws Exception {
    trust.refuse(new Refusal(1, 70, "nl.example.rogue", "1.0.0", Refusal.Reason.NOT_ALLOWED));
    TrustRefusals refusals = new TrustRefusals(trust, services.store);
    refusals.open();
    trust.refuse(new Refusal(2, 71, "nl.example.updated", "1.0.0", Refusal.Reason.DIGEST_DIFFERS));
    trust.watchers.forEach(Runnable::run);
    refusals.close();

    assertThat(denied())
        .extracting(AuditEntry::channel, e -> e.detail().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "bundle:nl.example.rogue/1.0.0",
                "may not resolve: not platform and not on the allow-list"),
            org.assertj.core.groups.Tuple.tuple(
                "bundle:nl.example.updated/1.0.0",
                "may not resolve: installed content differs from the SHA-256 on the allow-list"));
    assertThat(refusals.alerts())
        .containsExactly(
            "bundle nl.example.rogue 1.0.0 may not run: not platform and not on the allow-list",
            "bundle nl.example.updated 1.0.0 may not run: installed content differs from the"
                + " SHA-256 on the allow-list");
  }

  @Test
  void theTestHarnessSettingIsAlwaysAnAlert() {
    TrustRefusals refusals = new TrustRefusals(trust, services.store);
    assertThat(refusals.alerts()).isEmpty();
    trust.harness.add("PAXEXAM-PROBE-*");
    assertThat(refusals.alerts())
        .singleElement()
        .asString()
        .contains("steunpunt.trust.harness", "PAXEXAM-PROBE-*", "never in production");
  }
}
