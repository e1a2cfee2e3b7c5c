package nl.steunpunt.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.AuditSink;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.family.CoreFamilyService;
import nl.steunpunt.core.internal.municipality.CsvMunicipalityRegister;
import nl.steunpunt.core.internal.trajectory.CoreTrajectoryService;
import nl.steunpunt.demo.internal.GeneratedFamilies;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.jdbc.internal.JdbcStore;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Latency of the core services on a store of N generated families, on H2 and PostgreSQL in the same
 * run: a filtered family search returning a page of 50, a family read with its members, and
 * appending an event; beside them, as the floor, a read of one family by id. Prints a Markdown
 * table. Run by src/bench/service-benchmark.sh.
 */
public final class ServiceBenchmark {

  /** A team lead may read every family, so every sample is an allowed, audited access. */
  static final Actor COUNSELLOR =
      TestActors.actor("bench", java.util.Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);

  static final String[] MUNICIPALITIES = {"0363", "0599", "0518", "0344", "0202", "0772"};

  public static void main(String[] args) throws Exception {
    int families = Integer.parseInt(args[0]);
    int samples = Integer.parseInt(args[1]);
    List<String> rows = new ArrayList<>();
    Path h2 = Files.createTempDirectory("steunpunt-bench");
    rows.addAll(
        run(
            "H2 (embedded file)",
            new org.h2.util.OsgiDataSourceFactory(org.h2.Driver.load()),
            "jdbc:h2:file:" + h2.resolve("db"),
            "sa",
            "",
            families,
            samples));
    String pgUrl =
        System.getenv()
            .getOrDefault(
                "STEUNPUNT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/steunpunt_test");
    String schema = "bench_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(pgUrl, "steunpunt_test", "steunpunt_test");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    rows.addAll(
        run(
            "PostgreSQL (localhost)",
            new org.postgresql.osgi.PGDataSourceFactory(),
            pgUrl + "?currentSchema=" + schema,
            "steunpunt_test",
            "steunpunt_test",
            families,
            samples));
    try (Connection c = DriverManager.getConnection(pgUrl, "steunpunt_test", "steunpunt_test");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
    System.out.println("| Database | Operation | p50 (ms) | p95 (ms) | p99 (ms) | samples |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  static List<String> run(
      String name,
      DataSourceFactory driver,
      String url,
      String user,
      String password,
      int families,
      int samples)
      throws Exception {
    JdbcStore store = new JdbcStore(driver, url, user, password, 4);
    try {
      long start = System.nanoTime();
      GeneratedFamilies.write(store, families, 2015, Instant.now());
      System.err.printf(
          "%s: %d families generated in %.1f s%n",
          name, families, (System.nanoTime() - start) / 1e9);
      CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();
      Cases cases =
          new Cases(
              store,
              new AccessPolicy(register),
              Clock.systemUTC(),
              AuditSink.LOG,
              TestActors.ACTORS);
      CoreFamilyService familyService = new CoreFamilyService(cases, register);
      CoreTrajectoryService trajectoryService = new CoreTrajectoryService(cases, register);
      List<UUID> ids = familyIds(store);
      // An event is recorded by a counsellor on the family's team: the team lead may read every
      // family but records only where they are on the team.
      List<Recorder> recorders =
          ids.stream()
              .map(id -> trajectoryService.ofFamily(COUNSELLOR, id).orElseThrow())
              .filter(trajectory -> !trajectory.team().isEmpty())
              .map(
                  trajectory ->
                      new Recorder(
                          trajectory.id(),
                          TestActors.actor(
                              trajectory.team().get(0).user(),
                              java.util.Set.of(Role.COUNSELLOR),
                              Organisation.CENTRE,
                              Channel.WEB)))
              .toList();
      Random random = new Random(1);
      List<String> rows = new ArrayList<>();
      rows.add(
          row(
              name,
              "read one family by id (floor)",
              measure(samples, () -> familyService.find(COUNSELLOR, pick(ids, random)))));
      rows.add(
          row(
              name,
              "family search: municipality + phase, page of 50",
              measure(
                  samples,
                  () ->
                      trajectoryService.familiesInPhase(
                          COUNSELLOR,
                          Phase.SUPPORT,
                          new FamilySearch(
                              Optional.empty(),
                              Optional.of(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]),
                              Optional.empty(),
                              Optional.empty()),
                          new PageRequest(random.nextInt(4) * 50, 50)))));
      rows.add(
          row(
              name,
              "family read with members",
              measure(
                  samples,
                  () -> {
                    UUID id = pick(ids, random);
                    return List.of(
                        familyService.find(COUNSELLOR, id), familyService.members(COUNSELLOR, id));
                  })));
      rows.add(
          row(
              name,
              "append an event",
              measure(
                  samples,
                  () -> {
                    Recorder recorder = pick(recorders, random);
                    return trajectoryService.record(
                        recorder.counsellor(),
                        recorder.trajectory(),
                        new NewEvent(
                            Optional.empty(),
                            Instant.now(),
                            OptionalLong.empty(),
                            new EventDetail.SessionHeld()));
                  })));
      return rows;
    } finally {
      store.close();
    }
  }

  /** A trajectory and a counsellor on its team. */
  private record Recorder(UUID trajectory, Actor counsellor) {}

  static double[] measure(int samples, Supplier<?> operation) {
    for (int i = 0; i < Math.min(200, samples); i++) {
      operation.get();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      operation.get();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  static String row(String database, String operation, double[] sorted) {
    return String.format(
        java.util.Locale.ROOT,
        "| %s | %s | %.2f | %.2f | %.2f | %d |",
        database,
        operation,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.length);
  }

  static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** The first 200 families' ids, the ones the benchmarks read at random. */
  static List<UUID> familyIds(JdbcStore store) {
    return store
        .read(s -> s.families().search(FamilyFilter.ALL, new PageRequest(0, 200)))
        .items()
        .stream()
        .map(Family::id)
        .toList();
  }

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
