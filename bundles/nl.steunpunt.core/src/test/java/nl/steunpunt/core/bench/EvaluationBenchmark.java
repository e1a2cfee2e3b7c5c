package nl.steunpunt.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.AuditSink;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.evaluation.CoreEvaluationService;
import nl.steunpunt.core.internal.family.CoreFamilyService;
import nl.steunpunt.core.internal.municipality.CsvMunicipalityRegister;
import nl.steunpunt.store.jdbc.internal.JdbcStore;

/**
 * How long an evaluator waits for the indicators on N generated families ({@link
 * EvaluationFamilies}), on PostgreSQL and H2 in the same run, through {@link CoreEvaluationService}
 * with the access policy and the audit log, as a real evaluator calls it: all indicators of the
 * busiest calendar year, of the whole period the data spans, and {@code yearly} over ten years in
 * one call. Beside them, as baselines, a plain {@code SELECT COUNT(*)} over the event table (the
 * floor of touching the events once) and one family read through {@link CoreFamilyService}. The
 * target (p95 at most 1000 ms on PostgreSQL) is reported as a fact per row, not asserted. Prints
 * Markdown: the data volumes and the figures. Run by src/bench/evaluation-benchmark.sh.
 *
 * <p>The families are generated into H2 through the store and copied to PostgreSQL ({@link
 * TableCopy}), so both hold the same rows. Arguments: families samples [file to write the Markdown
 * to] (defaults 100000, 30). Environment: {@code STEUNPUNT_BENCH_H2_DB}, a path for the H2 database
 * that is kept, and reused when it already holds the families (generating 100,000 takes long);
 * {@code STEUNPUNT_BENCH_KEEP_SCHEMA=1} keeps the PostgreSQL schema for EXPLAIN ANALYZE.
 */
public final class EvaluationBenchmark {

  static final Actor EVALUATOR =
      TestActors.actor(
          "bench-evaluator", Set.of(Role.EVALUATOR), new Organisation("evaluation"), Channel.WEB);

  /** A team lead may read every family: the family read baseline is an allowed, audited access. */
  static final Actor TEAM_LEAD =
      TestActors.actor("bench", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);

  static final String PG_USER = "steunpunt_test";
  static final double TARGET_MILLIS = 1000;
  static final int WARM_UP = 3;
  static final int MIN_SAMPLES = 5;
  static final double BUDGET_SECONDS = 120;

  /** A call slower than this is timed once, cold, and not repeated (H2 on large data). */
  static final double ONCE_SECONDS = 15;

  /**
   * H2 cancels a statement of the measured calls after this ({@code QUERY_TIMEOUT}), so one slow
   * query cannot hold the run for an hour; the row then says so instead of a figure.
   */
  static final int H2_STATEMENT_SECONDS = 120;

  static final int YEARS = 10;

  public static void main(String[] args) throws Exception {
    int families = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path h2Path =
        Path.of(
            System.getenv()
                .getOrDefault(
                    "STEUNPUNT_BENCH_H2_DB",
                    Files.createTempDirectory("steunpunt-evaluation-bench")
                        .resolve("db")
                        .toString()));
    // H2 would otherwise hand back the previous result of an unchanged query, not compute it.
    String h2 = "jdbc:h2:file:" + h2Path + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    JdbcStore h2Store =
        new JdbcStore(new org.h2.util.OsgiDataSourceFactory(org.h2.Driver.load()), h2, "sa", "", 4);
    try (Connection h2Raw = DriverManager.getConnection(h2, "sa", "")) {
      long start = System.nanoTime();
      long stored = count(h2Raw, "SELECT COUNT(*) FROM family");
      String h2Load;
      if (stored == families) {
        h2Load = "reused";
      } else if (stored == 0) {
        EvaluationFamilies.write(h2Store, families, 2015, now);
        h2Load = analyze(h2Raw, start);
      } else {
        throw new IllegalStateException(h2Path + " holds " + stored + " families, not " + families);
      }
      String pgUrl =
          System.getenv()
              .getOrDefault(
                  "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
      String schema = "eval_bench_" + System.currentTimeMillis();
      JdbcStore h2Timed =
          new JdbcStore(
              new org.h2.util.OsgiDataSourceFactory(org.h2.Driver.load()),
              h2 + ";QUERY_TIMEOUT=" + H2_STATEMENT_SECONDS * 1000,
              "sa",
              "",
              4);
      try (Connection c = DriverManager.getConnection(pgUrl, PG_USER, PG_USER);
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      String url = pgUrl + "?currentSchema=" + schema;
      JdbcStore pgStore =
          new JdbcStore(new org.postgresql.osgi.PGDataSourceFactory(), url, PG_USER, PG_USER, 4);
      List<Run> runs = new ArrayList<>();
      try (Connection pgRaw =
          DriverManager.getConnection(url + "&reWriteBatchedInserts=true", PG_USER, PG_USER)) {
        start = System.nanoTime();
        TableCopy.copy(h2Raw, pgRaw);
        String pgLoad = "copied from H2, " + analyze(pgRaw, start);
        Run pg = run("PostgreSQL (localhost)", pgStore, pgRaw, pgLoad, samples, now, null);
        runs.add(pg);
        runs.add(run("H2 (embedded file)", h2Timed, h2Raw, h2Load, samples, now, pg));
      } finally {
        pgStore.close();
        h2Timed.close();
        if (System.getenv("STEUNPUNT_BENCH_KEEP_SCHEMA") == null) {
          try (Connection c = DriverManager.getConnection(pgUrl, PG_USER, PG_USER);
              Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
          }
        } else {
          System.err.println("kept PostgreSQL schema " + schema);
        }
      }
      String markdown = EvaluationReport.markdown(runs);
      System.out.println(markdown);
      if (args.length > 2) {
        Files.writeString(Path.of(args[2]), markdown);
      }
    } finally {
      h2Store.close();
    }
  }

  /** Updates the planner's statistics; says how long loading took with it. */
  static String analyze(Connection raw, long start) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("ANALYZE");
    }
    return String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9);
  }

  /** What one database measured, and the indicators it computed in the measured calls. */
  record Run(
      String database,
      Map<String, Long> volumes,
      String load,
      int busiestYear,
      List<Indicators> yearly,
      List<Object> results,
      List<Timed> rows) {}

  /**
   * One operation's sorted latencies; {@code evaluation} when the target applies to it; {@code
   * failure} says why there are none (a statement the database cancelled), else null.
   */
  record Timed(String operation, boolean evaluation, double[] millis, String failure) {

    Timed(String operation, boolean evaluation, Measured measured) {
      this(operation, evaluation, measured.millis(), measured.failure());
    }
  }

  /** What {@link #measure} found: sorted latencies, or none and why. */
  record Measured(double[] millis, String failure) {}

  /**
   * Measures on a loaded store. The first database finds the busiest year with {@code yearly} over
   * every year of the data; the second ({@code first} given) measures the same periods.
   */
  static Run run(
      String name,
      JdbcStore store,
      Connection raw,
      String load,
      int samples,
      Instant now,
      Run first)
      throws java.io.IOException {
    System.err.println(name + ": measuring");
    CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();
    Cases cases =
        new Cases(
            store, new AccessPolicy(register), Clock.systemUTC(), AuditSink.LOG, TestActors.ACTORS);
    CoreEvaluationService evaluation = new CoreEvaluationService(cases);
    CoreFamilyService familyService = new CoreFamilyService(cases, register);

    LocalDate today = LocalDate.ofInstant(now, EvaluationFamilies.NETHERLANDS);
    int lastYear = today.getYear();
    int firstYear = lastYear - 11;
    List<Indicators> all =
        first == null ? evaluation.yearly(EVALUATOR, firstYear, lastYear) : first.yearly();
    int busiest =
        all.stream()
            .max(Comparator.comparingLong(Indicators::familiesWithContact))
            .orElseThrow()
            .period()
            .from()
            .getYear();
    Period whole = new Period(LocalDate.of(firstYear, 1, 1), today.plusDays(1));
    List<UUID> ids = ServiceBenchmark.familyIds(store);
    Random random = new Random(1);
    List<Object> results = new ArrayList<>();
    List<Timed> rows = new ArrayList<>();
    rows.add(
        new Timed(
            "baseline: `SELECT COUNT(*) FROM event`, plain JDBC",
            false,
            measure(samples, () -> count(raw, "SELECT COUNT(*) FROM event"), results)));
    rows.add(
        new Timed(
            "baseline: one family read (`CoreFamilyService.find`)",
            false,
            measure(
                samples,
                () -> familyService.find(TEAM_LEAD, ids.get(random.nextInt(ids.size()))),
                new ArrayList<>())));
    rows.add(
        new Timed(
            "all indicators, busiest year (" + busiest + ")",
            true,
            measure(
                samples, () -> evaluation.indicators(EVALUATOR, Period.year(busiest)), results)));
    rows.add(
        new Timed(
            "all indicators, whole period (" + whole.from() + " to " + whole.toExclusive() + ")",
            true,
            measure(samples, () -> evaluation.indicators(EVALUATOR, whole), results)));
    rows.add(
        new Timed(
            "`yearly` "
                + (lastYear - YEARS + 1)
                + "-"
                + lastYear
                + " ("
                + YEARS
                + " years, one call)",
            true,
            measure(
                samples,
                () -> evaluation.yearly(EVALUATOR, lastYear - YEARS + 1, lastYear),
                results)));
    return new Run(name, volumes(raw), load, busiest, all, results, rows);
  }

  /** What the database holds after loading, so the figures say what was measured. */
  static Map<String, Long> volumes(Connection raw) {
    Map<String, Long> volumes = new LinkedHashMap<>();
    volumes.put("families", count(raw, "SELECT COUNT(*) FROM family"));
    volumes.put("members", count(raw, "SELECT COUNT(*) FROM member"));
    volumes.put("events", count(raw, "SELECT COUNT(*) FROM event"));
    volumes.put(
        "… phase changes to SUPPORT (guidance started)",
        count(
            raw,
            "SELECT COUNT(*) FROM event WHERE type = 'PHASE_CHANGE' AND phase_to = 'SUPPORT'"));
    volumes.put(
        "… departures (corrections included)",
        count(raw, "SELECT COUNT(*) FROM event WHERE type = 'DEPARTURE'"));
    volumes.put(
        "… departure corrections",
        count(raw, "SELECT COUNT(*) FROM event WHERE type = 'DEPARTURE' AND corrects IS NOT NULL"));
    volumes.put("tasks", count(raw, "SELECT COUNT(*) FROM task"));
    volumes.put(
        "… rule follow-ups (support plans, sibling reviews)",
        count(raw, "SELECT COUNT(*) FROM task WHERE follow_up IS NOT NULL"));
    volumes.put(
        "… follow-ups done with a day done",
        count(
            raw, "SELECT COUNT(*) FROM task WHERE follow_up IS NOT NULL AND done_on IS NOT NULL"));
    volumes.put(
        "security reports (all disclosed)", count(raw, "SELECT COUNT(*) FROM security_report"));
    volumes.put("critical moments", count(raw, "SELECT COUNT(*) FROM critical_moment"));
    return volumes;
  }

  static long count(Connection raw, String query) {
    try (Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /**
   * Times {@code samples} calls after {@link #WARM_UP} unrecorded ones, sorted, and keeps the first
   * call's result. Stops early, after at least {@link #MIN_SAMPLES}, once an operation has used
   * {@link #BUDGET_SECONDS}; a first call slower than {@link #ONCE_SECONDS} is the only sample
   * (cold), so a slow database cannot hold the run for hours. The samples column shows how many.
   */
  static Measured measure(
      int samples, java.util.function.Supplier<?> operation, List<Object> results) {
    long t0 = System.nanoTime();
    try {
      results.add(operation.get());
    } catch (RuntimeException e) {
      results.add(null);
      String failure =
          String.format(
              Locale.ROOT,
              "no result: %s after %.0f s",
              rootMessage(e),
              (System.nanoTime() - t0) / 1e9);
      System.err.println(failure);
      return new Measured(new double[0], failure);
    }
    double firstMillis = (System.nanoTime() - t0) / 1e6;
    if (firstMillis > ONCE_SECONDS * 1000) {
      return new Measured(new double[] {firstMillis}, null);
    }
    for (int i = 1; i < WARM_UP; i++) {
      operation.get();
    }
    double[] millis = new double[samples];
    long budget = System.nanoTime() + (long) (BUDGET_SECONDS * 1e9);
    int taken = 0;
    while (taken < samples && (taken < MIN_SAMPLES || System.nanoTime() < budget)) {
      long t = System.nanoTime();
      operation.get();
      millis[taken++] = (System.nanoTime() - t) / 1e6;
    }
    double[] sorted = java.util.Arrays.copyOf(millis, taken);
    java.util.Arrays.sort(sorted);
    return new Measured(sorted, null);
  }

  /** The database's own words for why a call failed (e.g. H2: "Statement was canceled"). */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int end = message.indexOf(';');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
