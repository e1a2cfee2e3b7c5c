package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.steunpunt.distribution.benchpartner.BenchPartnerActivator;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Two nodes on one PostgreSQL schema behind HAProxy, as {@code cluster.sh} runs them (issue 19):
 * each node a distribution unpacked on its own ports and run as a child process in cluster mode,
 * HAProxy with the script's configuration in front. The nodes share nothing but the database:
 * sessions, throttle counts, reminders and delivery leases are there.
 *
 * <p>The methods run in name order on the same cluster; the last kills node A under load.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterIT {

  private static final KarafProcess.Ports A_PORTS = TestCluster.A_PORTS;
  private static final KarafProcess.Ports B_PORTS = TestCluster.B_PORTS;
  private static final int BALANCER = SteunpuntKaraf.HTTP_PORT - 1;
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String ALLOW_PID = "nl.steunpunt.partners.allow";
  private static final String GRANT_PID = "nl.steunpunt.partners.grant";

  private static TestCluster cluster;
  private static TestDatabase database;
  private static Path bench;
  private static KarafProcess a;
  private static KarafProcess b;

  @BeforeClass
  public static void startCluster() throws Exception {
    cluster =
        TestCluster.start(
            "cluster",
            (name, node) -> {
              // Reminders looked for every second on both nodes, none due until a test says so.
              node.set("nl.steunpunt.reports.cfg", "reminderHours", "1000000");
              node.set("nl.steunpunt.reports.cfg", "reminderCheckSeconds", "1");
              node.set("nl.steunpunt.partners.delivery.cfg", "leaseSeconds", "5");
            });
    database = cluster.database();
    a = cluster.a();
    b = cluster.b();
    bench = BenchPartnerBundle.write(cluster.folder().resolve("bench"));
    cluster.balance("haproxy", BALANCER, List.of(A_PORTS.http(), B_PORTS.http()));
  }

  @AfterClass
  public static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  public void a1_theDemoDataIsWrittenOnceThoughBothNodesStartOnIt() throws Exception {
    assertThat(count("SELECT count(*) FROM family")).isEqualTo(90);
  }

  @Test
  public void a2_aSessionCreatedThroughOneNodeWorksThroughTheOtherAndEndsOnBoth() throws Exception {
    StaffSession onA = StaffSession.login(A_PORTS.http(), "counsellor");
    StaffSession onB = onA.at(B_PORTS.http());

    HttpResponse<String> me = onB.get("/api/v1/me");
    assertThat(me.statusCode()).as(() -> me.body() + b.diagnosis()).isEqualTo(200);
    assertThat(Http.json(me).get("user").asText()).isEqualTo("counsellor");
    HttpResponse<String> created =
        onB.post(
            "/api/v1/families",
            "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"NOT_RECORDED\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String family = Http.json(created).get("id").asText();
    assertThat(onA.get("/api/v1/families/" + family).statusCode()).isEqualTo(200);

    String cookie = Http.formLogin(A_PORTS.http(), "teamlead", "demo");
    String token = Http.json(Http.meWithCookie(B_PORTS.http(), cookie)).get("csrfToken").asText();
    HttpResponse<String> out =
        Http.send(
            Http.request(B_PORTS.http(), "/logout")
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token)));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(Http.meWithCookie(A_PORTS.http(), cookie).statusCode()).isEqualTo(401);
  }

  @Test
  public void b_aReminderIsMadeOnceWhileBothNodesLookEverySecond() throws Exception {
    int due =
        count(
            "SELECT count(*) FROM security_report WHERE state = 'REPORTED'"
                + " AND ds_family_reference IS NOT NULL AND acknowledged_at IS NULL");
    assertThat(due).as("reports the demo made that wait for acknowledgement").isPositive();
    assertThat(reminderTasks()).isZero();

    // Both nodes at once: each reads the new setting, restarts its reminders and looks every
    // second, so both see the same reports due.
    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> set = new ArrayList<>();
      for (KarafProcess.Ports node : List.of(A_PORTS, B_PORTS)) {
        set.add(
            both.submit(
                () ->
                    Ssh.run(
                        node.ssh(),
                        "operator",
                        "demo",
                        "config:property-set -p nl.steunpunt.reports reminderHours 1")));
      }
      for (Future<String> done : set) {
        done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      both.shutdownNow();
    }
    await(() -> count("SELECT count(*) FROM security_report WHERE reminded_at IS NOT NULL") == due);
    // Several more looks by both nodes.
    Thread.sleep(3000);

    assertThat(reminderTasks()).isEqualTo(due);
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT trajectory_id FROM task WHERE title LIKE"
                    + " '%not acknowledged, follow up' GROUP BY trajectory_id, title"
                    + " HAVING count(*) > 1) twice"))
        .isZero();
  }

  @Test
  public void c_aUiExtensionInstalledOnEitherNodeIsAnnouncedOnBothAndShowsThroughEither()
      throws Exception {
    allowAndGrant();
    StaffSession onA = StaffSession.login(A_PORTS.http(), "counsellor");
    StaffSession onB = StaffSession.login(B_PORTS.http(), "counsellor");
    try (UiEvents eventsA = new UiEvents(A_PORTS.http(), onA.cookie());
        UiEvents eventsB = new UiEvents(B_PORTS.http(), onB.cookie())) {
      eventsA.await("data: {\"version\":");
      eventsB.await("data: {\"version\":");

      // Installed on node B first: a page whose event stream is on node A is told to ask again.
      install(B_PORTS);
      eventsB.await("data: {\"version\":");
      eventsA.await("data: {}");
      install(A_PORTS);
      eventsA.await("data: {\"version\":");
      eventsB.await("data: {}");
    }

    for (int port : List.of(A_PORTS.http(), B_PORTS.http(), BALANCER, BALANCER)) {
      StaffSession staff = StaffSession.login(port, "counsellor");
      await(() -> listed(staff, BenchPartnerBundle.UI_PAGE));
    }
  }

  private static void install(KarafProcess.Ports node) throws IOException {
    Ssh.run(node.ssh(), "operator", "demo", "feature:repo-add " + features().toUri());
    Ssh.run(node.ssh(), "operator", "demo", "feature:install " + BenchPartnerBundle.UI_FEATURE);
  }

  /** A session's open {@code /api/v1/ui/events} stream, as the shell holds it; its lines. */
  private static final class UiEvents implements AutoCloseable {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> stream;

    UiEvents(int port, String cookie) {
      HttpRequest request =
          HttpRequest.newBuilder(Http.uri(port, "/api/v1/ui/events"))
              .header("Cookie", cookie)
              .header("Accept", "text/event-stream")
              .build();
      reader =
          new Thread(
              () -> {
                try {
                  stream =
                      HttpClient.newHttpClient()
                          .send(request, HttpResponse.BodyHandlers.ofLines())
                          .body();
                  stream.forEach(lines::add);
                } catch (IOException | InterruptedException | RuntimeException ended) {
                  // closed
                }
              },
              "ui-events-" + port);
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for a line that starts so; the lines before it are passed over. */
    void await(String start) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && line.startsWith(start)) {
          return;
        }
      }
      throw new AssertionError("no event line " + start + " in " + WAIT);
    }

    @Override
    public void close() {
      if (stream != null) {
        stream.close();
      }
      reader.interrupt();
    }
  }

  @Test
  public void d_partnerEventsAreDeliveredOnceAndInOrderAcrossNodes() throws Exception {
    for (KarafProcess.Ports node : List.of(A_PORTS, B_PORTS)) {
      Ssh.run(
          node.ssh(), "operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
    }
    StaffSession staff = StaffSession.login(BALANCER, "counsellor");
    String trajectory = PartnerBenchmark.newTrajectory(staff);
    List<Long> recorded = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      recorded.add(PartnerBenchmark.recordEvent(staff, trajectory));
    }
    await(() -> delivered().containsAll(recorded));
    KarafProcess holder = received(a).isEmpty() ? b : a;
    assertThat(received(holder == a ? b : a)).as("delivered by one node only").isEmpty();

    // The node that delivers stops (and gives its lease up); the other takes over. The events
    // go to the other node directly, so that none meets the stopping one.
    holder.stop();
    StaffSession other = staff.at((holder == a ? B_PORTS : A_PORTS).http());
    for (int i = 0; i < 20; i++) {
      recorded.add(PartnerBenchmark.recordEvent(other, trajectory));
    }
    await(() -> delivered().containsAll(recorded));
    holder.start();

    List<Long> first = received(holder);
    List<Long> second = received(holder == a ? b : a);
    assertThat(first).as("in order on the first node").isSorted().doesNotHaveDuplicates();
    assertThat(second).as("in order on the second node").isSorted().doesNotHaveDuplicates();
    assertThat(second).as("the second node delivered after the first").isNotEmpty();
    assertThat(second.get(0)).isGreaterThan(first.get(first.size() - 1));
    List<Long> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(all).as("each event once").containsExactlyInAnyOrderElementsOf(recorded);
  }

  @Test
  public void e_aGrantChangedThroughNodeATakesEffectOnNodeBWithinSeconds() throws Exception {
    StaffSession onB = StaffSession.login(B_PORTS.http(), "counsellor");
    assertThat(listed(onB, BenchPartnerBundle.UI_PAGE)).isTrue();

    console(A_PORTS, "steunpunt:partner-revoke %s", BenchPartnerBundle.UI_PARTNER_ID);
    long revoked = System.nanoTime();
    await(() -> !listed(onB, BenchPartnerBundle.UI_PAGE));
    double revokeMs = (System.nanoTime() - revoked) / 1e6;

    console(
        A_PORTS,
        "steunpunt:partner-grant --kind OTHER --purpose EVALUATION --organisation evaluation"
            + " --category EVALUATION_AGGREGATES %s",
        BenchPartnerBundle.UI_PARTNER_ID);
    long granted = System.nanoTime();
    await(() -> listed(onB, BenchPartnerBundle.UI_PAGE));
    double grantMs = (System.nanoTime() - granted) / 1e6;
    log(
        "a grant revoked through node A took effect on node B after %.0f ms, granted again after"
            + " %.0f ms",
        revokeMs, grantMs);
    assertThat(revokeMs).as("revoked on B within seconds").isLessThan(10_000);
    assertThat(grantMs).as("granted on B within seconds").isLessThan(10_000);
  }

  @Test
  public void z_killingANodeUnderLoadLosesNoAcknowledgedWriteAndUsersStayLoggedIn()
      throws Exception {
    StaffSession user = StaffSession.login(BALANCER, "teamlead");
    Acknowledged acknowledged = new Acknowledged();
    CrashClients clients = CrashClients.start(acknowledged, 4, BALANCER);
    long killed;
    long back;
    int failed = 0;
    try {
      Thread.sleep(3000);
      a.kill();
      killed = System.nanoTime();
      while (true) {
        if (answers(user)) {
          back = System.nanoTime();
          break;
        }
        failed++;
        assertThat(System.nanoTime() - killed).isLessThan(WAIT.toNanos());
        Thread.sleep(20);
      }
      Thread.sleep(3000);
    } finally {
      clients.stop();
    }
    log(
        "node A killed under load: the logged-in user's first answer through HAProxy after %.0f"
            + " ms (%d failed before); %d families, %d events, %d reads acknowledged",
        (back - killed) / 1e6,
        failed,
        acknowledged.families().size(),
        acknowledged.eventCount(),
        acknowledged.readCount());

    HttpResponse<String> me = user.get("/api/v1/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(Http.json(me).get("user").asText()).isEqualTo("teamlead");
    assertThat(acknowledged.families()).isNotEmpty();
    assertThat(acknowledged.eventCount()).isPositive();
    CrashCheck check = new CrashCheck(acknowledged, B_PORTS.http());
    assertThat(check.lostFamilies()).as("families lost").isZero();
    assertThat(check.lostEvents()).as("events lost").isZero();
    assertThat(check.unauditedReads()).as("reads without audit entry").isZero();
    JsonNode chain = check.chain();
    assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();
    cluster.passed();
  }

  // --- helpers -------------------------------------------------------------------------------

  private static boolean answers(StaffSession user) {
    try {
      return user.get("/api/v1/me").statusCode() == 200;
    } catch (IOException failed) {
      return false;
    }
  }

  private static Path features() {
    return bench.resolveSibling("features.xml");
  }

  /**
   * What the operator does over SSH, once, on node A: allow-lists both jars and grants both
   * partners; then waits until node B has them in its Configuration Admin (from the database).
   */
  private static void allowAndGrant() throws Exception {
    for (KarafProcess.Ports node : List.of(A_PORTS)) {
      console(
          node,
          "steunpunt:partner-allow --symbolic-name %s --version-range [1.0.0,1.0.0] --sha256 %s",
          BenchPartnerBundle.PARTNER_NAME,
          TestPartnerBundle.sha256(bench));
      console(
          node,
          "steunpunt:partner-allow --symbolic-name %s --version-range [1.0.0,1.0.0] --sha256 %s",
          BenchPartnerBundle.UI_NAME,
          TestPartnerBundle.sha256(bench.resolveSibling("steunpunt-bench-ui.jar")));
      console(
          node,
          "steunpunt:partner-grant --kind OTHER --purpose EVALUATION --organisation evaluation"
              + " --category EVALUATION_AGGREGATES --category EVENTS --timeline %s",
          BenchPartnerBundle.PARTNER_ID);
      console(
          node,
          "steunpunt:partner-grant --kind OTHER --purpose EVALUATION --organisation evaluation"
              + " --category EVALUATION_AGGREGATES %s",
          BenchPartnerBundle.UI_PARTNER_ID);
    }
    await(
        () -> {
          String allowed = console(B_PORTS, "config:list '(service.factoryPid=%s)'", ALLOW_PID);
          String granted = console(B_PORTS, "config:list '(service.factoryPid=%s)'", GRANT_PID);
          return allowed.contains(BenchPartnerBundle.PARTNER_NAME)
              && allowed.contains(BenchPartnerBundle.UI_NAME)
              && granted.contains("= " + BenchPartnerBundle.PARTNER_ID)
              && granted.contains("= " + BenchPartnerBundle.UI_PARTNER_ID);
        });
  }

  private static String console(KarafProcess.Ports node, String format, Object... arguments)
      throws IOException {
    return Ssh.run(node.ssh(), "operator", "demo", String.format(Locale.ROOT, format, arguments));
  }

  /** Whether the page is listed; any answer but 200 fails the test (it would pass a wait). */
  private static boolean listed(StaffSession staff, String id) throws IOException {
    HttpResponse<String> extensions = staff.get("/api/v1/ui/extensions");
    assertThat(extensions.statusCode()).as(extensions.body()).isEqualTo(200);
    for (JsonNode item : Http.json(extensions).get("items")) {
      if (item.get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The sequences the benchmark partner's listener wrote on a node, in the order received. */
  private static List<Long> received(KarafProcess node) throws IOException {
    return ListenerLog.sequences(
        node.home().resolve("data").resolve(BenchPartnerActivator.LOG_FILE));
  }

  private static Set<Long> delivered() throws IOException {
    Set<Long> all = new HashSet<>(received(a));
    all.addAll(received(b));
    return all;
  }

  private static int reminderTasks() throws SQLException {
    return count("SELECT count(*) FROM task WHERE title LIKE '%not acknowledged, follow up'");
  }

  private static int count(String sql) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static void log(String format, Object... arguments) {
    System.out.println(
        "[cluster] " + Instant.now() + " " + String.format(Locale.ROOT, format, arguments));
  }
}
