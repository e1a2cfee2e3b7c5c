package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.Test;

/**
 * Acknowledged means durable (issue 16): the platform is killed with SIGKILL, at a random moment
 * while clients create families, record events and read families, and started again, ten times;
 * after the last restart every write answered 2xx is there, every read that returned data has its
 * audit entry, and the audit log's hash chain verifies. On the embedded H2 and on PostgreSQL.
 *
 * <p>The distribution runs as a child process ({@code bin/karaf server}), not under Pax Exam, so
 * that the test can kill the JVM outright; it holds no knowledge of how the store makes commits
 * durable. Totals go to the output and to {@code target/crash-test-<database>.md}. Sizes: {@code
 * -Dsteunpunt.crash.kills} (10), {@code .clients} (6), {@code .seed} (random).
 */
public class CrashIT {

  private static final int KILLS = Integer.getInteger("steunpunt.crash.kills", 10);
  private static final int CLIENTS = Integer.getInteger("steunpunt.crash.clients", 6);
  private static final long SEED = Long.getLong("steunpunt.crash.seed", new Random().nextLong());

  /**
   * On H2 this found a rare loss (1 of 1,583 audited reads in one run of ten kills) until the store
   * began to scan a file not closed cleanly for its last commit before opening it ({@code
   * H2Recovery} in the store bundle): H2's own quick recovery can open at an older commit.
   */
  @Test
  public void acknowledgedWritesAndAuditedReadsSurviveKillsOnH2() throws Exception {
    try (TestDatabase h2 = TestDatabase.h2()) {
      assertNothingLost(crash(h2));
    }
  }

  @Test
  public void acknowledgedWritesAndAuditedReadsSurviveKillsOnPostgresql() throws Exception {
    try (TestDatabase postgres = TestDatabase.postgres("crash")) {
      assertNothingLost(crash(postgres));
    }
  }

  private static CrashTotals crash(TestDatabase database) throws Exception {
    long started = System.nanoTime();
    Random random = new Random(SEED);
    Path target = Path.of(System.getProperty("project.build.directory"));
    Path folder = target.resolve("crash-" + database.name().toLowerCase(Locale.ROOT) + "-" + id());
    Acknowledged acknowledged = new Acknowledged();
    try (KarafProcess karaf = KarafProcess.unpack(folder, true)) {
      database.configure(karaf);
      for (int kill = 1; kill <= KILLS; kill++) {
        karaf.start();
        // One login first, so that the load does not begin with six password checks at once.
        Http.send("GET", "/api/v1/me", "counsellor", null, null);
        CrashClients clients = CrashClients.start(acknowledged, CLIENTS);
        try {
          Thread.sleep(1000 + random.nextInt(2001));
          karaf.kill();
        } finally {
          clients.stop();
        }
        log(
            "%s kill %d/%d: %d families, %d events, %d reads acknowledged so far",
            database.name(),
            kill,
            KILLS,
            acknowledged.families().size(),
            acknowledged.eventCount(),
            acknowledged.readCount());
      }
      karaf.start();
      CrashCheck check = new CrashCheck(acknowledged);
      int unaudited = check.unauditedReads();
      int lostFamilies = check.lostFamilies();
      int lostEvents = check.lostEvents();
      var chain = check.chain();
      karaf.kill();
      CrashTotals totals =
          new CrashTotals(
              database.name(),
              KILLS,
              acknowledged.families().size(),
              acknowledged.eventCount(),
              acknowledged.readCount(),
              lostFamilies,
              lostEvents,
              unaudited,
              chain.get("intact").asBoolean(),
              chain.toString(),
              (System.nanoTime() - started) / 1e9);
      report(target, totals);
      if (totals.lost() == 0 && totals.chainIntact()) {
        KarafProcess.remove(folder);
      }
      return totals;
    }
  }

  private static void assertAcknowledged(CrashTotals totals) {
    assertThat(totals.families()).as("families acknowledged").isPositive();
    assertThat(totals.events()).as("events acknowledged").isPositive();
    assertThat(totals.reads()).as("reads answered").isPositive();
  }

  private static void assertNothingLost(CrashTotals totals) {
    assertAcknowledged(totals);
    assertThat(totals.lostFamilies()).as(totals + "; families lost").isZero();
    assertThat(totals.lostEvents()).as(totals + "; events lost").isZero();
    assertThat(totals.unauditedReads()).as(totals + "; reads without audit entry").isZero();
    assertThat(totals.chainIntact()).as(totals.chain()).isTrue();
  }

  private static void report(Path target, CrashTotals totals) throws IOException {
    log("%s (seed %d)", totals, SEED);
    Path file = target.resolve("crash-test-" + totals.database().toLowerCase(Locale.ROOT) + ".md");
    Files.writeString(
        file, CrashTotals.tableHeader() + "\n" + totals.tableRow() + "\n", StandardCharsets.UTF_8);
  }

  private static String id() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void log(String format, Object... arguments) {
    System.out.println("[crash] " + String.format(Locale.ROOT, format, arguments));
  }
}
