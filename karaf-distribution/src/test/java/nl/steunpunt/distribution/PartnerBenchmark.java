package nl.steunpunt.distribution;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
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
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The partner plugins' benchmarks (issue 7), each beside a baseline measured in the same run:
 * feature install to the partner caught up and its page listed; event delivery latency from commit
 * to listener; replay of a 10,000-event backlog; memory across 200 redeploys of the partner's
 * feature. Runs inside the Karaf JVM (Pax Exam probe), so the listener's {@code System.nanoTime()}
 * and the benchmark's are the same clock; the operator's commands go over SSH.
 *
 * <p>Not part of the test suite (no {@code IT} suffix): run by {@code
 * src/bench/partner-benchmark.sh}, which copies the tables into {@code docs/benchmarks.md}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PartnerBenchmark {

  private static final String[] SETTINGS = {
    "steunpunt.bench.rounds",
    "steunpunt.bench.events",
    "steunpunt.bench.backlog",
    "steunpunt.bench.redeploys"
  };

  @Inject BundleContext context;
  @Inject ConfigurationAdmin configurations;

  @Configuration
  public Option[] config() throws IOException {
    Path target = Path.of(System.getProperty("project.build.directory"));
    Path jar = BenchPartnerBundle.write(target.resolve("bench-partner"));
    List<Option> options = new ArrayList<>();
    options.add(systemProperty("steunpunt.bench.partner.jar").value(jar.toString()));
    options.add(
        systemProperty("steunpunt.bench.partner.sha256").value(TestPartnerBundle.sha256(jar)));
    // The baseline bundle (a page-only partner) is allow-listed too: the trust boundary lets no
    // bundle run that the operator has not approved.
    options.add(
        systemProperty("steunpunt.bench.ui.sha256")
            .value(TestPartnerBundle.sha256(jar.resolveSibling("steunpunt-bench-ui.jar"))));
    options.add(
        systemProperty("steunpunt.bench.out")
            .value(target.resolve("partner-benchmark.md").toString()));
    for (String setting : SETTINGS) {
      if (System.getProperty(setting) != null) {
        options.add(systemProperty(setting).value(System.getProperty(setting)));
      }
    }
    return OptionUtils.combine(SteunpuntKaraf.options(true), options.toArray(new Option[0]));
  }

  @Test
  public void measure() throws Exception {
    Http.awaitHealthy();
    long start = System.nanoTime();
    StaffSession staff = StaffSession.login("counsellor");
    allowAndGrant();
    Path features =
        Path.of(System.getProperty("steunpunt.bench.partner.jar")).resolveSibling("features.xml");
    Ssh.run("operator", "demo", "feature:repo-add " + features.toUri());
    String trajectory = newTrajectory(staff);

    List<String> tables = new ArrayList<>();
    tables.add(new InstallMeasure(staff, trajectory).run(Integer.getInteger(SETTINGS[0], 10)));
    tables.add(latency(staff, trajectory, Integer.getInteger(SETTINGS[1], 500)));
    tables.add(replay(staff, Integer.getInteger(SETTINGS[2], 10_000)));
    tables.add(memory(staff, trajectory, Integer.getInteger(SETTINGS[3], 200)));
    tables.add(
        String.format(
            Locale.ROOT,
            "Benchmark run time (after boot): %.1f min.",
            (System.nanoTime() - start) / 60e9));
    String text = String.join("\n\n", tables) + "\n";
    Files.writeString(Path.of(System.getProperty("steunpunt.bench.out")), text);
    System.out.println(text);
  }

  // --- 2. delivery latency -------------------------------------------------------------------

  private String latency(StaffSession staff, String trajectory, int events) throws Exception {
    Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
    awaitDelivered(staff, trajectory);
    Latencies defaultPoll = commitToListener(staff, trajectory, events);
    var delivery = configurations.getConfiguration("nl.steunpunt.partners.delivery", "?");
    Dictionary<String, Object> fast = new Hashtable<>();
    fast.put("pollMillis", 50L);
    delivery.update(fast);
    awaitDelivered(staff, trajectory);
    Latencies fastPoll = commitToListener(staff, trajectory, events);
    delivery.delete();
    awaitDelivered(staff, trajectory);
    return String.join(
        "\n",
        "| delivery poll | events (10/s) | p50 (ms) | p99 (ms) | max (ms) | min (ms) | expected bound |",
        "|---|---:|---:|---:|---:|---:|---|",
        latencyRow(
            "200 ms (default), from the POST's return",
            defaultPoll.fromReturn(),
            "≤ 200 ms + one step"),
        latencyRow("… from the POST's start", defaultPoll.fromSend(), ""),
        latencyRow(
            "50 ms (`pollMillis=50` via ConfigurationAdmin), from the POST's return",
            fastPoll.fromReturn(),
            "≤ 50 ms + one step"),
        latencyRow("… from the POST's start", fastPoll.fromSend(), ""));
  }

  private static String latencyRow(String poll, List<Double> values, String bound) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |",
        poll,
        values.size(),
        Stats.quantile(values, 0.5),
        Stats.quantile(values, 0.99),
        Stats.quantile(values, 1),
        Stats.quantile(values, 0),
        bound);
  }

  /** Per event, ms to the listener from its POST's return (committed) and from its start. */
  private record Latencies(List<Double> fromReturn, List<Double> fromSend) {}

  /** Events at 10 per second, one after the other, each timed to the listener. */
  private static Latencies commitToListener(StaffSession staff, String trajectory, int events)
      throws Exception {
    long offset = ListenerLog.size();
    Map<Long, Long> committed = new LinkedHashMap<>();
    Map<Long, Long> sent = new LinkedHashMap<>();
    long next = System.nanoTime();
    for (int i = 0; i < events; i++) {
      long send = System.nanoTime();
      long sequence = recordEvent(staff, trajectory);
      committed.put(sequence, System.nanoTime());
      sent.put(sequence, send);
      next += TimeUnit.MILLISECONDS.toNanos(100);
      TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
    }
    long last = committed.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    await(() -> ListenerLog.lastSequence() >= last, 30, "the last event");
    Map<Long, Long> received = ListenerLog.receivedSince(offset);
    List<Double> fromReturn = new ArrayList<>();
    List<Double> fromSend = new ArrayList<>();
    committed.forEach((s, t) -> fromReturn.add((received.get(s) - t) / 1e6));
    sent.forEach((s, t) -> fromSend.add((received.get(s) - t) / 1e6));
    return new Latencies(fromReturn, fromSend);
  }

  // --- 3. replay of a backlog ----------------------------------------------------------------

  private String replay(StaffSession staff, int backlog) throws Exception {
    Ssh.run("operator", "demo", "feature:uninstall " + BenchPartnerBundle.PARTNER_FEATURE);
    String trajectory = newTrajectory(staff);
    long before = recordEvent(staff, trajectory);
    int threads = 4;
    long created = System.nanoTime();
    List<Long> sequences = createInParallel(trajectory, backlog, threads);
    double createSeconds = (System.nanoTime() - created) / 1e9;
    long last = sequences.stream().mapToLong(Long::longValue).max().orElseThrow();

    long offset = ListenerLog.size();
    long t0 = System.nanoTime();
    Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
    await(() -> ListenerLog.lastSequence() >= last, 600, "the backlog after install");
    double installSeconds = (System.nanoTime() - t0) / 1e9;
    Map<Long, Long> afterInstall = ListenerLog.receivedSince(offset);

    offset = ListenerLog.size();
    long offsetThen = offset;
    t0 = System.nanoTime();
    Ssh.run(
        "operator",
        "demo",
        "steunpunt:partner-replay " + BenchPartnerBundle.PARTNER_ID + " " + before);
    await(
        () -> ListenerLog.size() > offsetThen && ListenerLog.lastSequence() >= last,
        600,
        "the replayed backlog");
    double replaySeconds = (System.nanoTime() - t0) / 1e9;
    Map<Long, Long> afterReplay = ListenerLog.receivedSince(offset);

    t0 = System.nanoTime();
    int read = 0;
    for (int page = 0; ; page += 200) {
      HttpResponse<String> response =
          staff.get("/api/v1/trajectories/" + trajectory + "/events?offset=" + page + "&limit=200");
      int items = Http.json(response).get("items").size();
      read += items;
      if (items < 200) {
        break;
      }
    }
    double restSeconds = (System.nanoTime() - t0) / 1e9;

    return String.join(
        "\n",
        String.format(
            Locale.ROOT,
            "Backlog: %d events created by %d threads, each its own counsellor session, with"
                + " `POST /api/v1/trajectories/{id}/events` in %.1f s (%.0f events/s).",
            sequences.size(),
            threads,
            createSeconds,
            sequences.size() / createSeconds),
        "",
        "| how the listener got the backlog | events | total (s) | events/s | first → last event"
            + " at the listener (s) | events/s there |",
        "|---|---:|---:|---:|---:|---:|",
        replayRow(
            "partner's feature installed after the events (`feature:install` over SSH, from the"
                + " command)",
            afterInstall,
            before,
            last,
            installSeconds),
        replayRow(
            "`steunpunt:partner-replay bench-partner <seq before the backlog>` over SSH, partner"
                + " running",
            afterReplay,
            before,
            last,
            replaySeconds),
        String.format(
            Locale.ROOT,
            "| **baseline**: the same trajectory's events read by `GET"
                + " /api/v1/trajectories/{id}/events?offset&limit=200`, one session | %d | %.2f |"
                + " %.0f | | |",
            read,
            restSeconds,
            read / restSeconds));
  }

  private static String replayRow(
      String how, Map<Long, Long> received, long before, long last, double seconds) {
    List<Long> times = new ArrayList<>();
    received.forEach(
        (s, t) -> {
          if (s > before && s <= last) {
            times.add(t);
          }
        });
    double span =
        (times.stream().mapToLong(Long::longValue).max().orElse(0)
                - times.stream().mapToLong(Long::longValue).min().orElse(0))
            / 1e9;
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.2f | %.0f | %.2f | %.0f |",
        how,
        times.size(),
        seconds,
        times.size() / seconds,
        span,
        (times.size() - 1) / span);
  }

  private static List<Long> createInParallel(String trajectory, int count, int threads)
      throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    List<Long> sequences = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> refused = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                StaffSession session = StaffSession.login("counsellor");
                while (left.getAndDecrement() > 0) {
                  HttpResponse<String> r = session.post(eventsPath(trajectory), eventJson());
                  if (r.statusCode() == 201) {
                    sequences.add(Http.json(r).get("sequence").asLong());
                  } else {
                    refused.merge(r.statusCode() + "", 1, Integer::sum);
                    left.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    if (!refused.isEmpty()) {
      System.out.println("Backlog: refused and retried " + refused);
    }
    return sequences;
  }

  // --- 4. memory across redeploys ------------------------------------------------------------

  private String memory(StaffSession staff, String trajectory, int redeploys) throws Exception {
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    Thread load = new Thread(() -> lightLoad(staff, trajectory, running, requests, failures));
    load.start();
    List<JvmSample> redeploying = new ArrayList<>();
    List<Double> sampleTimes = new ArrayList<>();
    int step = Math.max(1, redeploys / 4);
    long t0 = System.nanoTime();
    redeploying.add(JvmSample.take(0, 0, loaders));
    for (int i = 1; i <= redeploys; i++) {
      Ssh.run("operator", "demo", "feature:uninstall " + BenchPartnerBundle.PARTNER_FEATURE);
      Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
      Bundle partner = bundle(BenchPartnerBundle.PARTNER_NAME);
      loaders.add(new WeakReference<>(partner.adapt(BundleWiring.class).getClassLoader()));
      if (i % step == 0) {
        double at = (System.nanoTime() - t0) / 1e9;
        sampleTimes.add(at);
        redeploying.add(JvmSample.take(i, at, loaders));
      }
    }
    double redeploySeconds = (System.nanoTime() - t0) / 1e9;

    List<JvmSample> idle = new ArrayList<>();
    long t1 = System.nanoTime();
    idle.add(JvmSample.take(0, 0, loaders));
    for (double at : sampleTimes) {
      TimeUnit.NANOSECONDS.sleep(Math.max(0, (long) (at * 1e9) - (System.nanoTime() - t1)));
      idle.add(JvmSample.take(0, (System.nanoTime() - t1) / 1e9, loaders));
    }
    running.set(false);
    load.join();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;

    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%d redeploys (`feature:uninstall` + `feature:install` over SSH) in %.0f s (%.2f s"
                + " each); then the idle baseline for as long. Light load throughout: %d requests"
                + " (%.1f/s; a family search every 200 ms, an event every second), %d failed.",
            redeploys,
            redeploySeconds,
            redeploySeconds / redeploys,
            requests.get(),
            requests.get() / loadSeconds,
            failures.get()));
    lines.add("");
    lines.add(
        "| phase | redeploys | at (s) | RSS (MiB) | heap after GC (MiB) | heap committed (MiB) | metaspace (MiB) |"
            + " loaded classes | classes unloaded (total) | class loaders of old partner revisions"
            + " still reachable |");
    lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (JvmSample s : redeploying) {
      lines.add(memoryRow("redeploying", s, true));
    }
    for (JvmSample s : idle) {
      lines.add(memoryRow("**baseline**: idle", s, false));
    }
    return String.join("\n", lines);
  }

  private static String memoryRow(String phase, JvmSample s, boolean redeploying) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.0f | %.0f | %.1f | %.0f | %.1f | %d | %d | %s |",
        phase,
        redeploying ? String.valueOf(s.redeploys()) : "–",
        s.seconds(),
        s.rssKib() / 1024.0,
        s.heapBytes() / 1048576.0,
        s.heapCommittedBytes() / 1048576.0,
        s.metaspaceBytes() / 1048576.0,
        s.loadedClasses(),
        s.unloadedClasses(),
        redeploying
            ? Math.max(0, s.liveLoaders() - 1) + " of " + Math.max(0, s.redeploys() - 1)
            : s.liveLoaders() - 1 + " (1 is the installed one)");
  }

  /** A family search every 200 ms and an event every second, until told to stop. */
  private static void lightLoad(
      StaffSession staff,
      String trajectory,
      AtomicBoolean running,
      AtomicInteger requests,
      AtomicInteger failures) {
    long next = System.nanoTime();
    for (int i = 0; running.get(); i++) {
      try {
        HttpResponse<String> r =
            i % 5 == 0
                ? staff.post(eventsPath(trajectory), eventJson())
                : staff.get("/api/v1/families?limit=5");
        if (r.statusCode() >= 300) {
          failures.incrementAndGet();
        }
      } catch (IOException e) {
        failures.incrementAndGet();
      }
      requests.incrementAndGet();
      next += TimeUnit.MILLISECONDS.toNanos(200);
      try {
        TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private Bundle bundle(String symbolicName) {
    for (Bundle bundle : context.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    throw new AssertionError(symbolicName + " is not installed");
  }

  private void allowAndGrant() {
    Boundary.allow(
        BenchPartnerBundle.PARTNER_NAME,
        "[1.0.0,2.0.0)",
        System.getProperty("steunpunt.bench.partner.sha256"));
    Boundary.allow(
        BenchPartnerBundle.UI_NAME,
        "[1.0.0,2.0.0)",
        System.getProperty("steunpunt.bench.ui.sha256"));
    // The timeline is disclosed only with the category EVENTS.
    Boundary.grant(
        "--kind OTHER --purpose EVALUATION --organisation evaluation"
            + " --category EVALUATION_AGGREGATES --category EVENTS --timeline "
            + BenchPartnerBundle.PARTNER_ID);
    Boundary.grant(
        "--kind OTHER --purpose EVALUATION --organisation evaluation"
            + " --category EVALUATION_AGGREGATES "
            + BenchPartnerBundle.UI_PARTNER_ID);
  }

  /** Records an event and waits until the listener has it (delivery is running). */
  private static void awaitDelivered(StaffSession staff, String trajectory) throws Exception {
    long sequence = recordEvent(staff, trajectory);
    await(() -> ListenerLog.lastSequence() >= sequence, 60, "event " + sequence);
  }

  static String newTrajectory(StaffSession staff) throws IOException {
    HttpResponse<String> family =
        staff.post(
            "/api/v1/families",
            "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"NOT_RECORDED\"}");
    check(family, 201);
    String id = Http.json(family).get("id").asText();
    HttpResponse<String> trajectory = staff.get("/api/v1/families/" + id + "/trajectory");
    check(trajectory, 200);
    return Http.json(trajectory).get("id").asText();
  }

  /** Records a SESSION_HELD event as the counsellor; returns its sequence once committed. */
  static long recordEvent(StaffSession staff, String trajectory) throws IOException {
    HttpResponse<String> event = staff.post(eventsPath(trajectory), eventJson());
    check(event, 201);
    return Http.json(event).get("sequence").asLong();
  }

  private static String eventsPath(String trajectory) {
    return "/api/v1/trajectories/" + trajectory + "/events";
  }

  private static String eventJson() {
    return "{\"type\":\"SESSION_HELD\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}";
  }

  static boolean listed(StaffSession staff, String id) throws IOException {
    JsonNode items = Http.json(staff.get("/api/v1/ui/extensions")).get("items");
    for (JsonNode item : items) {
      if (item.get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static void check(HttpResponse<String> response, int status) throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(response.statusCode() + " " + response.body());
    }
  }

  static void await(Check condition, int seconds, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + seconds + " s for " + what);
      }
      Thread.sleep(2);
    }
  }

  /** A condition to wait for. */
  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }
}
