package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * Issue 19's benchmark, on two nodes in cluster mode on one PostgreSQL schema ({@link
 * TestCluster}): audited family reads through HAProxy at 32 connections, with one node behind it
 * against two nodes behind it, alternating in the same run (two HAProxy frontends on the same
 * nodes); {@code /health} against {@code /api/v1/me} through the two-node frontend; and failover:
 * node A killed under that load, until the first request through HAProxy succeeds. Not part of the
 * test suite (no {@code IT} suffix): run by {@code src/bench/cluster-benchmark.sh}.
 */
public class ClusterBenchmark {

  private static final int CONNECTIONS = 32;
  private static final Duration WARM_UP = Duration.ofSeconds(3);
  private static final Duration ROUND = Duration.ofSeconds(10);
  private static final int ROUNDS = Integer.getInteger("steunpunt.bench.rounds", 3);
  private static final int FAILOVERS = Integer.getInteger("steunpunt.bench.failovers", 3);
  private static final int ONE_NODE = SteunpuntKaraf.HTTP_PORT - 2;
  private static final int TWO_NODES = SteunpuntKaraf.HTTP_PORT - 1;

  @Test
  public void measure() throws Exception {
    try (TestCluster cluster = TestCluster.start("clusterbench", (name, node) -> {})) {
      int a = TestCluster.A_PORTS.http();
      int b = TestCluster.B_PORTS.http();
      cluster.balance("one-node", ONE_NODE, List.of(a));
      cluster.balance("two-nodes", TWO_NODES, List.of(a, b));
      Supplier<String> families = ReadLoad.familyPaths(families(a));

      ReadLoad.Result one = ReadLoad.Result.none();
      ReadLoad.Result two = ReadLoad.Result.none();
      for (int round = 0; round < ROUNDS; round++) {
        one = one.plus(new ReadLoad(CONNECTIONS, ONE_NODE, true).run(families, WARM_UP, ROUND));
        two = two.plus(new ReadLoad(CONNECTIONS, TWO_NODES, true).run(families, WARM_UP, ROUND));
      }
      ReadLoad.Result health =
          new ReadLoad(CONNECTIONS, TWO_NODES, false).run(() -> "/health", WARM_UP, ROUND);
      ReadLoad.Result me =
          new ReadLoad(CONNECTIONS, TWO_NODES, true).run(() -> "/api/v1/me", WARM_UP, ROUND);

      List<Double> failovers = new ArrayList<>();
      long failedReads = 0;
      for (int i = 0; i < FAILOVERS; i++) {
        Failover failover = failover(cluster.a(), families);
        failovers.add(failover.ms());
        failedReads += failover.failedReads();
        cluster.a().start();
        // HAProxy takes node A back after two good health checks, 500 ms apart.
        Thread.sleep(2000);
      }
      Collections.sort(failovers);

      String table =
          String.join(
              "\n",
              "| through HAProxy, 32 connections | requests/s | p50 (ms) | p99 (ms) | errors |",
              "|---|---:|---:|---:|---:|",
              row("audited family reads, **one node** (baseline)", one),
              row("audited family reads, two nodes", two),
              row("`GET /health` (no login), two nodes", health),
              row("`GET /api/v1/me` (HTTP Basic), two nodes", me),
              "",
              String.format(
                  Locale.ROOT,
                  "Failover, node A killed (`kill -9`) under the two-node read load, %d times:"
                      + " first successful request through HAProxy after %s ms (median %.0f);"
                      + " %d reads failed in all (answered 502/503 or cut off while A died).",
                  FAILOVERS,
                  failovers.stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList(),
                  failovers.get(failovers.size() / 2),
                  failedReads));
      Files.writeString(
          Path.of(System.getProperty("project.build.directory"), "cluster-benchmark.md"),
          table + "\n");
      System.out.println(table);
      cluster.passed();
    }
  }

  private record Failover(double ms, long failedReads) {}

  /** Kills node A under the read load; ms until a probe's request through HAProxy succeeds. */
  private static Failover failover(KarafProcess a, Supplier<String> families) throws Exception {
    ExecutorService load = Executors.newSingleThreadExecutor();
    try {
      Future<ReadLoad.Result> reads =
          load.submit(
              () ->
                  new ReadLoad(CONNECTIONS, TWO_NODES, true)
                      .run(families, Duration.ZERO, Duration.ofSeconds(6)));
      Thread.sleep(2000);
      a.kill();
      long killed = System.nanoTime();
      double ms;
      while (true) {
        HttpResponse<String> me;
        try {
          me = Http.send(Http.request(TWO_NODES, "/api/v1/me", "counsellor", "demo"));
        } catch (java.io.IOException cutOff) {
          me = null;
        }
        if (me != null && me.statusCode() == 200) {
          ms = (System.nanoTime() - killed) / 1e6;
          break;
        }
        assertThat(System.nanoTime() - killed).isLessThan(Duration.ofSeconds(60).toNanos());
        Thread.sleep(5);
      }
      return new Failover(ms, reads.get().errors());
    } finally {
      load.shutdownNow();
    }
  }

  private static List<String> families(int port) throws Exception {
    HttpResponse<String> page =
        Http.send(port, "GET", "/api/v1/families?limit=50", "counsellor", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode family : Http.json(page).get("items")) {
      ids.add(family.get("id").asText());
    }
    assertThat(ids).isNotEmpty();
    return ids;
  }

  private static String row(String what, ReadLoad.Result result) {
    List<Double> latencies = new ArrayList<>(result.latenciesMs());
    Collections.sort(latencies);
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.1f | %.1f | %d |",
        what,
        result.perSecond(),
        quantile(latencies, 0.5),
        quantile(latencies, 0.99),
        result.errors());
  }

  private static double quantile(List<Double> sorted, double q) {
    return sorted.isEmpty()
        ? Double.NaN
        : sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
