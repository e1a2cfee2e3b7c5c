package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.distribution.testpartner.TestPartnerActivator;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A partner bundle in the real distribution: packed at test time from code that imports only the
 * public API ({@code TestPartnerBundle}), trusted or not by the operator's allow-list and grants,
 * deployed and redeployed while staff keep working.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PartnerPlatformIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHANNEL = "bundle:" + TestPartnerBundle.SYMBOLIC_NAME + "/1.0.0";

  @Inject BundleContext context;
  @Inject ConfigurationAdmin configurations;
  @Inject PlatformStatus platform;

  @Configuration
  public Option[] config() throws IOException {
    Path jar =
        TestPartnerBundle.write(
            Path.of(System.getProperty("project.build.directory"), "test-partner"));
    return OptionUtils.combine(
        SteunpuntKaraf.options(true),
        systemProperty("steunpunt.test.partner.jar").value(jar.toString()),
        systemProperty("steunpunt.test.partner.sha256").value(TestPartnerBundle.sha256(jar)));
  }

  @After
  public void removeThePartner() throws Exception {
    for (Bundle bundle : context.getBundles()) {
      if (TestPartnerBundle.SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
        bundle.uninstall();
      }
    }
    Boundary.revokeEvery(configurations);
    Boundary.disallowEvery(configurations);
    Files.deleteIfExists(eventLog());
  }

  @Test
  public void anUnlistedPartnerBundleFindsNoContextGetsNoEventsAndRaisesAnAlert() throws Exception {
    Http.awaitHealthy();
    Bundle partner = installPartner();
    grant();

    await(
        () -> platform.alerts().stream().anyMatch(a -> a.contains(TestPartnerBundle.SYMBOLIC_NAME)),
        "an alert about the unlisted bundle");
    recordEvent(newTrajectory());
    Thread.sleep(1500);

    // The trust boundary does not let it resolve: none of its code runs.
    assertThat(partner.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(contextsSeenBy(partner)).isEmpty();
    assertThat(eventLog()).doesNotExist();
    assertThat(health().get("alerts").asInt()).isPositive();
    assertThat(health().has("alertDetails")).isFalse();
    assertThat(auditOfTheBundle())
        .anySatisfy(entry -> assertThat(entry.get("outcome").asText()).isEqualTo("DENIED"));
  }

  @Test
  public void aPartnerBundleNeverSeesTheStaffServicesEvenWhenTrusted() throws Exception {
    Http.awaitHealthy();
    allowAndGrant();
    Bundle partner = installPartner();
    await(() -> !contextsSeenBy(partner).isEmpty(), "the partner's context");

    BundleContext its = partner.getBundleContext();
    assertThat(its.getServiceReferences(FamilyService.class.getName(), null)).isNull();
    assertThat(its.getServiceReferences(AccessService.class.getName(), null)).isNull();
    // Its own context, and only one: another bundle does not see it.
    assertThat(contextsSeenBy(partner)).hasSize(1);
    assertThat(context.getServiceReferences(PartnerContext.class.getName(), null)).isNull();
  }

  @Test
  public void eventsRaisedWhileThePartnerWasUninstalledArriveInOrderAfterItIsBack()
      throws Exception {
    Http.awaitHealthy();
    allowAndGrant();
    String trajectory = newTrajectory();
    Bundle partner = installPartner();
    await(() -> !contextsSeenBy(partner).isEmpty(), "the partner's context");
    long first = recordEvent(trajectory);
    await(() -> received().contains(first), "the first event");

    partner.uninstall();
    List<Long> whileAway = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      whileAway.add(recordEvent(trajectory));
    }
    Thread.sleep(500);
    assertThat(received()).doesNotContainAnyElementsOf(whileAway);

    installPartner();
    await(() -> received().containsAll(whileAway), "the events raised while it was away");
    List<Long> order = firstSightings(received());
    assertThat(order).isSorted();
    assertThat(order).containsSubsequence(whileAway);
    assertThat(order.indexOf(first)).isLessThan(order.indexOf(whileAway.get(0)));
  }

  @Test
  public void revokingTheGrantStopsDeliveryAtOnceAndRestoringItCatchesUp() throws Exception {
    Http.awaitHealthy();
    allowAndGrant();
    String trajectory = newTrajectory();
    Bundle partner = installPartner();
    await(() -> !contextsSeenBy(partner).isEmpty(), "the partner's context");

    ReferencePartner.operator("steunpunt:partner-revoke " + TestPartnerBundle.PARTNER_ID);
    await(() -> contextsSeenBy(partner).isEmpty(), "the context withdrawn");
    long meanwhile = recordEvent(trajectory);
    Thread.sleep(1500);
    assertThat(received()).doesNotContain(meanwhile);

    grant();
    await(() -> received().contains(meanwhile), "the event recorded while revoked");
  }

  /**
   * While a client sends core requests at more than 20 per second, the partner's feature is
   * uninstalled and installed again 50 times from the console: no core request fails, no core
   * bundle is stopped or refreshed, and the partner's listener has every event recorded meanwhile,
   * in order.
   */
  @Test
  public void redeployingThePartnerFiftyTimesUnderLoadDisturbsNothing() throws Exception {
    Http.awaitHealthy();
    allowAndGrant();
    String trajectory = newTrajectory();
    Path features =
        Path.of(System.getProperty("steunpunt.test.partner.jar")).resolveSibling("features.xml");
    Ssh.run("operator", "demo", "feature:repo-add " + features.toUri());
    Ssh.run("operator", "demo", "feature:install " + TestPartnerBundle.FEATURE);
    await(() -> partnerBundle() != null && !contextsSeenBy(partnerBundle()).isEmpty(), "context");

    Map<Long, Long> coreBefore =
        Boundary.activeBundlesBut(context, TestPartnerBundle.SYMBOLIC_NAME);
    ConcurrentLinkedQueue<String> coreEvents = new ConcurrentLinkedQueue<>();
    BundleListener watcher =
        event -> {
          if (coreBefore.containsKey(event.getBundle().getBundleId())) {
            coreEvents.add(event.getBundle().getSymbolicName() + " " + event.getType());
          }
        };
    context.addBundleListener(watcher);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger requests = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> recorded = new ConcurrentLinkedQueue<>();
    ExecutorService load = Executors.newFixedThreadPool(3);
    Instant start = Instant.now();
    for (int t = 0; t < 3; t++) {
      int thread = t;
      load.execute(
          () -> {
            long next = System.nanoTime();
            while (running.get()) {
              try {
                if (thread == 0 && requests.get() % 5 == 0) {
                  recorded.add(recordEvent(trajectory));
                } else {
                  HttpResponse<String> response =
                      Http.send(Http.request("/api/v1/families?limit=5", "counsellor", "demo"));
                  if (response.statusCode() != 200) {
                    failures.add("status " + response.statusCode());
                  }
                }
              } catch (Exception | AssertionError e) {
                failures.add(e.toString());
              }
              requests.incrementAndGet();
              next += TimeUnit.MILLISECONDS.toNanos(100);
              long wait = next - System.nanoTime();
              if (wait > 0) {
                try {
                  TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                  return;
                }
              }
            }
          });
    }
    int redeploys = 50;
    try {
      for (int i = 0; i < redeploys; i++) {
        Ssh.run("operator", "demo", "feature:uninstall " + TestPartnerBundle.FEATURE);
        Ssh.run("operator", "demo", "feature:install " + TestPartnerBundle.FEATURE);
      }
    } finally {
      running.set(false);
      load.shutdown();
      load.awaitTermination(30, TimeUnit.SECONDS);
      context.removeBundleListener(watcher);
    }
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    System.out.printf(
        "Redeploy under load: %d redeploys in %.1f s, %d core requests (%.1f/s), %d failed,"
            + " %d events recorded%n",
        redeploys,
        seconds,
        requests.get(),
        requests.get() / seconds,
        failures.size(),
        recorded.size());

    assertThat(failures).isEmpty();
    assertThat(requests.get() / seconds).as("core requests per second").isGreaterThan(20);
    assertThat(coreEvents).isEmpty();
    assertThat(Boundary.activeBundlesBut(context, TestPartnerBundle.SYMBOLIC_NAME))
        .isEqualTo(coreBefore);
    await(() -> received().containsAll(recorded), "every event recorded under load");
    List<Long> order = firstSightings(received());
    assertThat(order).isSorted();
    assertThat(order).containsSubsequence(List.copyOf(recorded).stream().sorted().toList());
    Ssh.run("operator", "demo", "feature:uninstall " + TestPartnerBundle.FEATURE);
    Ssh.run("operator", "demo", "feature:repo-remove " + features.toUri());
  }

  // --- helpers -------------------------------------------------------------------------------

  private Bundle installPartner() throws Exception {
    Bundle bundle =
        context.installBundle(
            Path.of(System.getProperty("steunpunt.test.partner.jar")).toUri().toString());
    try {
      bundle.start();
    } catch (BundleException notAllowed) {
      // Unlisted: the trust boundary does not let it resolve; it stays INSTALLED, marked to start.
    }
    return bundle;
  }

  private Bundle partnerBundle() {
    for (Bundle bundle : context.getBundles()) {
      if (TestPartnerBundle.SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    return null;
  }

  private static List<ServiceReference<?>> contextsSeenBy(Bundle bundle) throws Exception {
    BundleContext its = bundle.getBundleContext();
    if (its == null) {
      return List.of();
    }
    ServiceReference<?>[] found = its.getServiceReferences(PartnerContext.class.getName(), null);
    return found == null ? List.of() : List.of(found);
  }

  private void allowAndGrant() {
    Boundary.allow(
        TestPartnerBundle.SYMBOLIC_NAME,
        "[1.0.0,2.0.0)",
        System.getProperty("steunpunt.test.partner.sha256"));
    grant();
  }

  private void grant() {
    // The timeline is disclosed only with the category EVENTS.
    Boundary.grant(
        "--kind OTHER --purpose EVALUATION --organisation evaluation"
            + " --category EVALUATION_AGGREGATES --category EVENTS --timeline "
            + TestPartnerBundle.PARTNER_ID);
  }

  private static String newTrajectory() throws IOException {
    HttpResponse<String> family =
        Http.send(
            Http.request("/api/v1/families", "counsellor", "demo")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"municipality\":\"0363\",\"languages\":[\"nl\"],"
                            + "\"background\":\"NOT_RECORDED\"}")));
    assertThat(family.statusCode()).as(family.body()).isEqualTo(201);
    String id = JSON.readTree(family.body()).get("id").asText();
    HttpResponse<String> trajectory =
        Http.send(Http.request("/api/v1/families/" + id + "/trajectory", "counsellor", "demo"));
    assertThat(trajectory.statusCode()).as(trajectory.body()).isEqualTo(200);
    return JSON.readTree(trajectory.body()).get("id").asText();
  }

  private static long recordEvent(String trajectory) throws IOException {
    HttpResponse<String> event =
        Http.send(
            Http.request("/api/v1/trajectories/" + trajectory + "/events", "counsellor", "demo")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"SESSION_HELD\",\"occurredAt\":\""
                            + Instant.now().minusSeconds(60)
                            + "\"}")));
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
    return JSON.readTree(event.body()).get("sequence").asLong();
  }

  private static JsonNode health() throws IOException {
    return JSON.readTree(Http.send(Http.request("/health")).body());
  }

  private static List<JsonNode> auditOfTheBundle() throws IOException {
    HttpResponse<String> response =
        Http.send(Http.request("/api/v1/audit?user=platform&limit=200", "privacy", "demo"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode entry : JSON.readTree(response.body()).get("items")) {
      if (entry.get("channel").asText().equals(CHANNEL)) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Path eventLog() {
    return Path.of(System.getProperty("karaf.data"), TestPartnerActivator.LOG_FILE);
  }

  /** Every sequence the test partner's listener was given, in the order given. */
  private static List<Long> received() throws IOException {
    Path log = eventLog();
    if (!Files.exists(log)) {
      return List.of();
    }
    List<Long> sequences = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        sequences.add(Long.parseLong(line.substring(0, line.indexOf(' '))));
      }
    }
    return sequences;
  }

  /** The sequences in the order first given: at least once allows a repeat, not a reordering. */
  private static List<Long> firstSightings(List<Long> sequences) {
    return List.copyOf(new LinkedHashSet<>(sequences));
  }

  private static void await(Check condition, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 30 s for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** A condition to wait for. */
  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }
}
