package nl.steunpunt.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.AuditSink;
import nl.steunpunt.core.internal.access.Callers;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreFamilyService;
import nl.steunpunt.core.internal.municipality.CsvMunicipalityRegister;
import nl.steunpunt.demo.internal.GeneratedFamilies;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.jdbc.internal.JdbcStore;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * What auditing costs a family read: {@code familyService.find} by a team lead on N generated
 * families, through services with the audit log ({@link AuditSink#LOG}) and without ({@link
 * AuditBenchmark#NO_AUDIT}) over the same store in the same run, at 1 and 32 client threads, on H2
 * and (when reachable) PostgreSQL. The two variants run in alternating slices (ABBA) after a common
 * warm-up, so that neither has the warmer JIT or caches. Prints a Markdown table. Run by
 * src/bench/audit-benchmark.sh.
 *
 * <p>Arguments: families [warm-up seconds] [measured seconds] (defaults 10000, 5, 10).
 */
public final class AuditBenchmark {

  /** The benchmark's baseline: the same work with the audit entries dropped. Test code only. */
  static final AuditSink NO_AUDIT = (session, entry) -> {};

  /** A team lead may read every family, so every read is an allowed access. */
  static final Actor TEAM_LEAD =
      TestActors.actor("bench", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);

  static final int POOL_SIZE = 16;

  /**
   * The platform's check of the code on the stack, as in Karaf: outside a framework no frame has a
   * bundle, so every read walks its whole stack (the most it costs). With {@code
   * STEUNPUNT_BENCH_CALLERS=off} the reads skip it, to measure what it costs beside a run with it.
   */
  static final Callers CALLERS =
      "off".equals(System.getenv("STEUNPUNT_BENCH_CALLERS"))
          ? Callers.PLATFORM
          : new Callers(bundle -> true);

  static final int[] CLIENTS = {1, 32};
  static final double SLICE_SECONDS = 2.0;

  public static void main(String[] args) throws Exception {
    int families = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    double measured = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    List<String> rows = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();

    Path h2 = Files.createTempDirectory("steunpunt-audit-bench");
    run(
        "H2 (embedded file)",
        new org.h2.util.OsgiDataSourceFactory(org.h2.Driver.load()),
        "jdbc:h2:file:" + h2.resolve("db"),
        "sa",
        "",
        families,
        warmUp,
        measured,
        rows,
        verdicts);

    String pgUrl =
        System.getenv()
            .getOrDefault(
                "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
    String schema = "audit_bench_" + System.currentTimeMillis();
    boolean pg;
    try (Connection c = DriverManager.getConnection(pgUrl, "steunpunt_test", "steunpunt_test");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      pg = true;
    } catch (SQLException e) {
      System.err.println("PostgreSQL not reachable, skipped: " + e.getMessage());
      pg = false;
    }
    if (pg) {
      try {
        run(
            "PostgreSQL (localhost)",
            new org.postgresql.osgi.PGDataSourceFactory(),
            pgUrl + "?currentSchema=" + schema,
            "steunpunt_test",
            "steunpunt_test",
            families,
            warmUp,
            measured,
            rows,
            verdicts);
      } finally {
        try (Connection c = DriverManager.getConnection(pgUrl, "steunpunt_test", "steunpunt_test");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }

    System.out.println(
        "| Database | Clients | Audit | reads/s | p50 ms | p99 ms | audited / unaudited reads/s |");
    System.out.println("|---|---:|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
    System.out.println();
    verdicts.forEach(System.out::println);
  }

  static void run(
      String name,
      DataSourceFactory driver,
      String url,
      String user,
      String password,
      int families,
      double warmUp,
      double measured,
      List<String> rows,
      List<String> verdicts)
      throws Exception {
    // STEUNPUNT_BENCH_SEAL_MILLIS: how often the audit sealer runs (default as in production), so
    // the request path can be measured without the sealer's share of the CPU.
    int sealMillis =
        Integer.parseInt(System.getenv().getOrDefault("STEUNPUNT_BENCH_SEAL_MILLIS", "200"));
    JdbcStore store = new JdbcStore(driver, url, user, password, POOL_SIZE, "", "", sealMillis);
    try {
      long start = System.nanoTime();
      GeneratedFamilies.write(store, families, 2015, Instant.now());
      System.err.printf(
          "%s: %d families generated in %.1f s%n",
          name, families, (System.nanoTime() - start) / 1e9);
      CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();
      AccessPolicy policy = new AccessPolicy(register);
      Variant audited =
          new Variant(
              "on",
              new CoreFamilyService(
                  new Cases(
                      store, policy, Clock.systemUTC(), AuditSink.LOG, TestActors.ACTORS, CALLERS),
                  register));
      Variant unaudited =
          new Variant(
              "off",
              new CoreFamilyService(
                  new Cases(store, policy, Clock.systemUTC(), NO_AUDIT, TestActors.ACTORS, CALLERS),
                  register));
      UUID[] ids = allFamilyIds(store);
      for (int clients : CLIENTS) {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
          // Warm-up, alternating, not recorded.
          int warmSlices = Math.max(1, (int) Math.round(warmUp / SLICE_SECONDS));
          for (int i = 0; i < warmSlices; i++) {
            for (Variant v : order(i, audited, unaudited)) {
              slice(threads, clients, v, ids, warmUp / warmSlices, null);
            }
          }
          // Measured in ABBA slices.
          int slices = Math.max(1, (int) Math.round(measured / SLICE_SECONDS));
          Recorder a = new Recorder();
          Recorder u = new Recorder();
          for (int i = 0; i < slices; i++) {
            for (Variant v : order(i, audited, unaudited)) {
              slice(threads, clients, v, ids, measured / slices, v == audited ? a : u);
            }
          }
          double ratio = a.throughput() / u.throughput();
          rows.add(
              a.row(name, clients, audited.audit(), String.format(Locale.ROOT, "**%.2f**", ratio)));
          rows.add(u.row(name, clients, unaudited.audit(), ""));
          verdicts.add(
              String.format(
                  Locale.ROOT,
                  "- %s, %d client%s: audited %.0f reads/s = %.2f x unaudited %.0f reads/s: target"
                      + " audited >= 0.5 x unaudited %s.%s",
                  name,
                  clients,
                  clients == 1 ? "" : "s",
                  a.throughput(),
                  ratio,
                  u.throughput(),
                  ratio >= 0.5 ? "met" : "NOT met",
                  a.errors + u.errors == 0
                      ? ""
                      : " Failed reads (not counted): "
                          + a.errors
                          + " audited, "
                          + u.errors
                          + " unaudited."));
          System.err.printf(
              Locale.ROOT,
              "%s, %d clients: audited %.0f/s, unaudited %.0f/s, ratio %.2f (errors %d/%d)%n",
              name,
              clients,
              a.throughput(),
              u.throughput(),
              ratio,
              a.errors,
              u.errors);
        } finally {
          threads.shutdownNow();
        }
      }
    } finally {
      store.close();
    }
  }

  /** ABBA: audited first in even slices, unaudited first in odd ones. */
  static List<Variant> order(int slice, Variant audited, Variant unaudited) {
    return slice % 2 == 0 ? List.of(audited, unaudited) : List.of(unaudited, audited);
  }

  /** Every family's id, page by page. */
  static UUID[] allFamilyIds(JdbcStore store) {
    List<UUID> ids = new ArrayList<>();
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      int from = offset;
      Page<Family> page =
          store.read(
              s ->
                  s.families()
                      .search(FamilyFilter.ALL, new PageRequest(from, PageRequest.MAX_LIMIT)));
      page.items().forEach(f -> ids.add(f.id()));
      if (page.items().size() < PageRequest.MAX_LIMIT) {
        return ids.toArray(UUID[]::new);
      }
    }
  }

  /**
   * Runs the clients for a while against one variant; records into the recorder when one is given.
   */
  static void slice(
      ExecutorService threads,
      int clients,
      Variant variant,
      UUID[] ids,
      double seconds,
      Recorder recorder)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    List<Future<Samples>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          threads.submit(
              () -> {
                Samples samples = new Samples();
                go.await();
                long end = window[1];
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (true) {
                  long t = System.nanoTime();
                  if (t >= end) {
                    return samples;
                  }
                  UUID id = ids[random.nextInt(ids.length)];
                  boolean found;
                  try {
                    found = variant.service().find(TEAM_LEAD, id).isPresent();
                  } catch (RuntimeException e) {
                    found = false;
                  }
                  long took = System.nanoTime() - t;
                  if (found) {
                    samples.add(took);
                  } else {
                    samples.errors++;
                  }
                }
              }));
    }
    window[0] = System.nanoTime();
    window[1] = window[0] + (long) (seconds * 1e9);
    go.countDown(); // publishes the window to the clients
    List<Samples> all = new ArrayList<>();
    for (Future<Samples> f : futures) {
      all.add(f.get());
    }
    long elapsed = System.nanoTime() - window[0];
    if (recorder != null) {
      recorder.add(all, elapsed);
    }
  }

  record Variant(String audit, CoreFamilyService service) {}

  /** One client's latencies in one slice. */
  static final class Samples {
    long[] nanos = new long[4096];
    int size;
    long errors;

    void add(long value) {
      if (size == nanos.length) {
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      nanos[size++] = value;
    }
  }

  /** The measured slices of one variant at one number of clients. */
  static final class Recorder {
    private final List<Samples> samples = new ArrayList<>();
    private long elapsedNanos;
    long errors;

    void add(List<Samples> slice, long elapsed) {
      samples.addAll(slice);
      elapsedNanos += elapsed;
      slice.forEach(s -> errors += s.errors);
    }

    long reads() {
      return samples.stream().mapToLong(s -> s.size).sum();
    }

    double throughput() {
      return reads() / (elapsedNanos / 1e9);
    }

    String row(String database, int clients, String audit, String ratio) {
      long[] all = new long[(int) reads()];
      int at = 0;
      for (Samples s : samples) {
        System.arraycopy(s.nanos, 0, all, at, s.size);
        at += s.size;
      }
      Arrays.sort(all);
      return String.format(
          Locale.ROOT,
          "| %s | %d | %s | %.0f | %.2f | %.2f | %s |",
          database,
          clients,
          audit,
          throughput(),
          percentile(all, 50) / 1e6,
          percentile(all, 99) / 1e6,
          ratio);
    }
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
