package nl.steunpunt.distribution;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

/**
 * {@code GET /health}, open to a load balancer, against the authenticated {@code GET /api/v1/me} as
 * the baseline, alternating in the same run: 16 clients on loopback, each sending its next request
 * when the last one is answered, for 5 s a round after 2 s of warm-up. Not part of the test suite
 * (no {@code IT} suffix): run by {@code src/bench/health-benchmark.sh}.
 */
public class HealthBenchmark {

  @ClassRule public static final PaxExamServer KARAF = new PaxExamServer();

  private static final int CLIENTS = 16;
  private static final Duration ROUND = Duration.ofSeconds(5);
  private static final int ROUNDS = Integer.getInteger("steunpunt.bench.rounds", 3);

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  @BeforeClass
  public static void awaitPlatform() throws Exception {
    Http.awaitHealthy();
  }

  /** Requests answered and their latencies (ms) in one round. */
  private record Round(int answered, double seconds, List<Double> latencies) {}

  @Test
  public void measure() throws Exception {
    HttpRequest health = Http.request("/health").build();
    HttpRequest me = Http.request("/api/v1/me", "counsellor", "demo").build();
    run(health, Duration.ofSeconds(2));
    run(me, Duration.ofSeconds(2));
    List<Round> healthRounds = new ArrayList<>();
    List<Round> meRounds = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      healthRounds.add(run(health, ROUND));
      meRounds.add(run(me, ROUND));
    }
    String table =
        String.join(
            "\n",
            "| endpoint | requests/s | p50 (ms) | p99 (ms) | max (ms) |",
            "|---|---:|---:|---:|---:|",
            row("`GET /health` (no login)", healthRounds),
            row("`GET /api/v1/me` (HTTP Basic, baseline)", meRounds));
    Files.writeString(
        Path.of(System.getProperty("project.build.directory"), "health-benchmark.md"),
        table + "\n");
    System.out.println(table);
  }

  private static Round run(HttpRequest request, Duration length) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + length.toNanos();
    long start = System.nanoTime();
    try {
      List<Future<List<Double>>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        futures.add(
            clients.submit(
                () -> {
                  List<Double> latencies = new ArrayList<>();
                  while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<Void> response =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                      throw new AssertionError(
                          request.uri() + " answered " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - sent) / 1e6);
                  }
                  return latencies;
                }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> future : futures) {
        all.addAll(future.get());
      }
      return new Round(all.size(), (System.nanoTime() - start) / 1e9, all);
    } finally {
      clients.shutdownNow();
    }
  }

  private static String row(String what, List<Round> rounds) {
    List<Double> latencies = new ArrayList<>();
    double rates = 0;
    for (Round round : rounds) {
      latencies.addAll(round.latencies());
      rates += round.answered() / round.seconds();
    }
    Collections.sort(latencies);
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.1f | %.1f | %.1f |",
        what,
        rates / rounds.size(),
        quantile(latencies, 0.5),
        quantile(latencies, 0.99),
        latencies.get(latencies.size() - 1));
  }

  private static double quantile(List<Double> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
