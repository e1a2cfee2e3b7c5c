package nl.steunpunt.distribution;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * An HTTP load generator for the benchmarks (wrk is not required): a fixed number of client threads
 * on keep-alive HTTP/1.1 connections, each sending GETs as the demo counsellor back to back, first
 * for a warm-up, then for the measured time. Only answers 200 count; latencies of the requests sent
 * and answered inside the measured time.
 */
final class ReadLoad {

  /** What one measured run gave. */
  record Result(long reads, double seconds, List<Double> latenciesMs, long errors) {

    double perSecond() {
      return reads / seconds;
    }

    /** This run and another, as one. */
    Result plus(Result other) {
      List<Double> all = new ArrayList<>(latenciesMs);
      all.addAll(other.latenciesMs);
      return new Result(reads + other.reads, seconds + other.seconds, all, errors + other.errors);
    }

    static Result none() {
      return new Result(0, 0, List.of(), 0);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String authorization =
      "Basic "
          + Base64.getEncoder().encodeToString("counsellor:demo".getBytes(StandardCharsets.UTF_8));
  private final int connections;
  private final int port;
  private final boolean login;

  ReadLoad(int connections) {
    this(connections, SteunpuntKaraf.HTTP_PORT, true);
  }

  /**
   * Load on the platform at {@code port} of the loopback address (a node, a balancer), as the
   * counsellor or, without {@code login}, anonymous.
   */
  ReadLoad(int connections, int port, boolean login) {
    this.connections = connections;
    this.port = port;
    this.login = login;
  }

  /** Reads {@code paths} for the warm-up, then for the measured time. */
  Result run(Supplier<String> paths, Duration warmUp, Duration measured)
      throws InterruptedException {
    long measureFrom = System.nanoTime() + warmUp.toNanos();
    long measureTo = measureFrom + measured.toNanos();
    AtomicLong reads = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
    List<List<Double>> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      List<Double> mine = new ArrayList<>();
      latencies.add(mine);
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < measureTo) {
                  long sent = System.nanoTime();
                  String answer = get(paths.get());
                  long answered = System.nanoTime();
                  if (sent >= measureFrom && answered <= measureTo) {
                    if (answer.equals("200")) {
                      reads.incrementAndGet();
                      mine.add((answered - sent) / 1e6);
                    } else {
                      errors.incrementAndGet();
                      kinds.computeIfAbsent(answer, k -> new LongAdder()).increment();
                    }
                  }
                }
              },
              "read-load-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!kinds.isEmpty()) {
      // What the errors were, for whoever reads the benchmark's output.
      System.out.println("[bench] errors by answer: " + new TreeMap<>(kinds));
    }
    List<Double> all = new ArrayList<>();
    latencies.forEach(all::addAll);
    return new Result(reads.get(), measured.toNanos() / 1e9, all, errors.get());
  }

  /** The answer's status code, or the class of what failed. */
  private String get(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.uri(port, path)).timeout(Duration.ofSeconds(20));
    if (login) {
      request.header("Authorization", authorization);
    }
    try {
      return Integer.toString(
          client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Paths of the given families, in random order. */
  static Supplier<String> familyPaths(List<String> families) {
    return () ->
        "/api/v1/families/" + families.get(ThreadLocalRandom.current().nextInt(families.size()));
  }
}
