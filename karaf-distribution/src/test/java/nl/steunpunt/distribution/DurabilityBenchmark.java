package nl.steunpunt.distribution;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.Test;

/**
 * The benchmark of issue 16: audited {@code GET /api/v1/families/{id}} over HTTP at 32 connections
 * with durable commits (the default) and with the old non-durable setting ({@code
 * durableCommit=false} in {@code etc/nl.steunpunt.store.cfg}), and {@code GET /api/v1/me} as the
 * ceiling, in one run per database. The platform runs as a process ({@link KarafProcess}) in demo
 * mode; the settings alternate (durable, non-durable, non-durable, durable), each slice on a fresh
 * start, and the ceiling is measured in every slice.
 *
 * <p>Not part of the test suite (no {@code IT} suffix): run by {@code
 * src/bench/durability-benchmark.sh}, which copies the tables into {@code docs/benchmarks.md}.
 * Sizes: {@code -Dsteunpunt.bench.families} (300), {@code .warmup} (5 s), {@code .seconds} (10 s
 * measured per slice and variant), {@code .connections} (32).
 */
public class DurabilityBenchmark {

  private static final int FAMILIES = Integer.getInteger("steunpunt.bench.families", 300);
  private static final Duration WARM_UP =
      Duration.ofSeconds(Integer.getInteger("steunpunt.bench.warmup", 5));
  private static final Duration MEASURED =
      Duration.ofSeconds(Integer.getInteger("steunpunt.bench.seconds", 10));
  private static final int CONNECTIONS = Integer.getInteger("steunpunt.bench.connections", 32);
  private static final String STORE = "nl.steunpunt.store.cfg";
  private static final double TARGET = 0.5;

  @Test
  public void measureOnH2() throws Exception {
    try (TestDatabase h2 = TestDatabase.h2()) {
      measure(h2);
    }
  }

  @Test
  public void measureOnPostgresql() throws Exception {
    try (TestDatabase postgres = TestDatabase.postgres("bench")) {
      measure(postgres);
    }
  }

  private static void measure(TestDatabase database) throws Exception {
    Path target = Path.of(System.getProperty("project.build.directory"));
    String name = database.name().toLowerCase(Locale.ROOT);
    Path folder = target.resolve("durability-bench-" + name + "-" + UUID.randomUUID());
    Map<String, ReadLoad.Result> results = new LinkedHashMap<>();
    results.put("durable", ReadLoad.Result.none());
    results.put("non-durable", ReadLoad.Result.none());
    results.put("ceiling", ReadLoad.Result.none());
    ReadLoad load = new ReadLoad(CONNECTIONS);
    boolean known;
    try (KarafProcess karaf = KarafProcess.unpack(folder, true)) {
      known = knowsDurableCommit(karaf.home());
      database.configure(karaf);
      karaf.start();
      List<String> families = createFamilies();
      for (boolean durable : new boolean[] {true, false, false, true}) {
        karaf.stop();
        if (durable) {
          karaf.unset(STORE, "durableCommit");
        } else {
          karaf.set(STORE, "durableCommit", "false");
        }
        karaf.start();
        Http.send("GET", "/api/v1/me", "counsellor", null, null);
        String variant = durable ? "durable" : "non-durable";
        ReadLoad.Result reads = load.run(ReadLoad.familyPaths(families), WARM_UP, MEASURED);
        results.merge(variant, reads, ReadLoad.Result::plus);
        ReadLoad.Result me = load.run(() -> "/api/v1/me", Duration.ofSeconds(2), MEASURED);
        results.merge("ceiling", me, ReadLoad.Result::plus);
        System.out.printf(
            Locale.ROOT,
            "[bench] %s %s: %.0f reads/s, /api/v1/me %.0f/s%n",
            database.name(),
            variant,
            reads.perSecond(),
            me.perSecond());
      }
      karaf.stop();
    }
    KarafProcess.remove(folder);
    String table = table(database.name(), results, known);
    System.out.println(table);
    Files.writeString(
        target.resolve("durability-benchmark-" + name + ".md"), table, StandardCharsets.UTF_8);
  }

  /** Families of the counsellor's to read, created through the API. */
  private static List<String> createFamilies() throws IOException {
    List<String> families = new ArrayList<>();
    for (int i = 0; i < FAMILIES; i++) {
      HttpResponse<String> created =
          Http.send(
              "POST",
              "/api/v1/families",
              "counsellor",
              "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"MIGRANT_BACKGROUND\"}",
              null);
      if (created.statusCode() != 201) {
        throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
      }
      families.add(Http.json(created).get("id").asText());
    }
    return Collections.unmodifiableList(families);
  }

  /**
   * Whether the store of this build describes {@code durableCommit} in its metatype; before it
   * does, the store ignores the setting and both variants run the same code.
   */
  private static boolean knowsDurableCommit(Path home) throws IOException {
    try (var jars = Files.walk(home.resolve("system/nl/steunpunt/nl.steunpunt.store.jdbc"))) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          for (var entry : Collections.list(zip.entries())) {
            if (entry.getName().startsWith("OSGI-INF/metatype/")
                && new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                    .contains("durableCommit")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static String table(
      String database, Map<String, ReadLoad.Result> results, boolean known) {
    ReadLoad.Result durable = results.get("durable");
    ReadLoad.Result nonDurable = results.get("non-durable");
    ReadLoad.Result ceiling = results.get("ceiling");
    double ratio = durable.perSecond() / nonDurable.perSecond();
    StringBuilder table = new StringBuilder();
    table.append("#### ").append(database).append("\n\n");
    table.append("| Variant | Reads/s | p50 (ms) | p99 (ms) | Answered 200 | Errors |\n");
    table.append("|---|---:|---:|---:|---:|---:|\n");
    row(table, "audited `GET /api/v1/families/{id}`, durable (default)", durable);
    row(table, "the same, non-durable (`durableCommit=false`)", nonDurable);
    row(table, "ceiling: `GET /api/v1/me` (no store)", ceiling);
    table.append(
        String.format(
            Locale.ROOT,
            "| **durable / non-durable** | **%.2fx** (target ≥ %.1fx: %s) | | | | |\n",
            ratio,
            TARGET,
            ratio >= TARGET ? "met" : "NOT met"));
    table.append(
        String.format(
            Locale.ROOT,
            "| durable / ceiling | %.2fx | | | | |\n",
            durable.perSecond() / ceiling.perSecond()));
    if (!known) {
      table.append(
          "\nThis build's store does not know `durableCommit` yet: both variants ran the same"
              + " (old) commit path.\n");
    }
    return table.toString();
  }

  private static void row(StringBuilder table, String variant, ReadLoad.Result result) {
    table.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f | %.1f | %.1f | %d | %d |\n",
            variant,
            result.perSecond(),
            Stats.quantile(result.latenciesMs(), 0.5),
            Stats.quantile(result.latenciesMs(), 0.99),
            result.reads(),
            result.errors()));
  }
}
