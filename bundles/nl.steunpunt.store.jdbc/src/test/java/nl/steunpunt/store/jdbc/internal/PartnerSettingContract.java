package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.store.PartnerSettingRecords.Head;
import nl.steunpunt.store.PartnerSettingRecords.Key;
import nl.steunpunt.store.PartnerSettingRecords.Kind;
import nl.steunpunt.store.PartnerSettingRecords.PartnerSetting;
import org.junit.jupiter.api.Test;

/** The partner settings (grants, allow-list) as the store keeps them, on H2 and on PostgreSQL. */
abstract class PartnerSettingContract extends OnDatabase {

  static final Key AMSTERDAM = Key.grant("gm0363");
  static final Key PARTNER_1 = Key.allow("nl.example.partner", "[1.0.0,2.0.0)");
  static final Key PARTNER_2 = Key.allow("nl.example.partner", "[2.0.0,3.0.0)");

  long revision() {
    return store.read(s -> s.partnerSettings().head().revision());
  }

  List<PartnerSetting> all() {
    return store.read(s -> s.partnerSettings().all());
  }

  long put(Key key, String properties) {
    return store.<Long>write(s -> s.partnerSettings().put(key, properties, NOW));
  }

  @Test
  void aNewDatabaseHoldsNoSettingsAndWasNeverInitialised() {
    Head head = store.read(s -> s.partnerSettings().head());

    assertThat(head.revision()).isZero();
    assertThat(head.initialised()).isFalse();
    assertThat(all()).isEmpty();
  }

  @Test
  void everyChangeRaisesTheRevisionAndIsReadBackWithIt() {
    long first = put(AMSTERDAM, "kind=s:MUNICIPALITY\n");
    long second = put(PARTNER_1, "sha256=s:ab\n");
    long third = put(AMSTERDAM, "kind=s:OTHER\n");

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(third).isEqualTo(3);
    assertThat(revision()).isEqualTo(3);
    assertThat(all())
        .containsExactly(
            new PartnerSetting(AMSTERDAM, "kind=s:OTHER\n", 3, NOW),
            new PartnerSetting(PARTNER_1, "sha256=s:ab\n", 2, NOW));
    assertThat(store.<Optional<PartnerSetting>>read(s -> s.partnerSettings().find(PARTNER_1)))
        .map(PartnerSetting::properties)
        .contains("sha256=s:ab\n");
    assertThat(store.<Optional<PartnerSetting>>read(s -> s.partnerSettings().find(PARTNER_2)))
        .isEmpty();
  }

  @Test
  void deletingByNameRemovesEveryRangeAndRaisesTheRevisionOnlyWhenSomethingWent() {
    put(PARTNER_1, "a=s:1\n");
    put(PARTNER_2, "a=s:2\n");
    put(AMSTERDAM, "a=s:3\n");

    assertThat(
            store.<List<PartnerSetting>>read(
                s -> s.partnerSettings().named(Kind.ALLOW, "nl.example.partner")))
        .extracting(PartnerSetting::key)
        .containsExactly(PARTNER_1, PARTNER_2);
    int deleted =
        store.write(s -> s.partnerSettings().deleteNamed(Kind.ALLOW, "nl.example.partner"));
    assertThat(deleted).isEqualTo(2);
    assertThat(revision()).isEqualTo(4);
    assertThat(store.<Integer>write(s -> s.partnerSettings().deleteNamed(Kind.GRANT, "nobody")))
        .isZero();
    assertThat(revision()).as("nothing changed").isEqualTo(4);
    assertThat(all()).extracting(PartnerSetting::key).containsExactly(AMSTERDAM);
  }

  @Test
  void aChangeThatRollsBackLeavesTheRevisionAsItWas() {
    put(AMSTERDAM, "a=s:1\n");
    try {
      store.write(
          s -> {
            s.partnerSettings().put(PARTNER_1, "a=s:2\n", NOW);
            throw new IllegalStateException("the audit failed");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(revision()).isEqualTo(1);
    assertThat(all()).extracting(PartnerSetting::key).containsExactly(AMSTERDAM);
  }

  @Test
  void onlyTheFirstMarkCountsAndRaisesTheRevision() {
    assertThat(store.<Boolean>write(s -> s.partnerSettings().markInitialised(NOW, "node-a")))
        .isTrue();
    assertThat(store.<Boolean>write(s -> s.partnerSettings().markInitialised(NOW, "node-b")))
        .isFalse();

    Head head = store.read(s -> s.partnerSettings().head());
    assertThat(head.initialised()).isTrue();
    assertThat(head.initialisedAt()).contains(NOW);
    assertThat(head.initialisedBy()).contains("node-a");
    assertThat(head.revision()).isEqualTo(1);
  }

  /** Two nodes starting at once: the second waits for the first's import and then sees it done. */
  @Test
  void theHeadLockMakesASecondInitialiserWaitAndFindItDone() throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first =
          nodes.submit(
              () ->
                  store.write(
                      s -> {
                        boolean was = s.partnerSettings().lockHead().initialised();
                        locked.countDown();
                        await(release);
                        s.partnerSettings().put(AMSTERDAM, "a=s:1\n", NOW);
                        return !was && s.partnerSettings().markInitialised(NOW, "node-a");
                      }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Boolean> second =
          nodes.submit(
              () ->
                  store.write(
                      s -> {
                        if (s.partnerSettings().lockHead().initialised()) {
                          return false;
                        }
                        s.partnerSettings().put(AMSTERDAM, "a=s:2\n", NOW);
                        return s.partnerSettings().markInitialised(NOW, "node-b");
                      }));
      Thread.sleep(300);
      assertThat(second.isDone()).as("waits for the first").isFalse();
      release.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
      assertThat(all()).extracting(PartnerSetting::properties).containsExactly("a=s:1\n");
      assertThat(store.<Optional<String>>read(s -> s.partnerSettings().head().initialisedBy()))
          .contains("node-a");
    } finally {
      nodes.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
