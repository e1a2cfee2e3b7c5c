package nl.steunpunt.distribution;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import nl.steunpunt.distribution.testdevloop.DevLoopActivator;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The dev loop (issue 18): from a rebuilt partner jar landing where the build puts it to the
 * platform serving the new build's answer, beside a full {@code feature:uninstall}/{@code
 * feature:install} of the same bundle, in the same run, in demo mode with a dev-loop entry and a
 * grant. Three ways, each for a new jar every round: {@code bundle:watch} (Karaf polls the local
 * Maven repository every second; the jar is written there as {@code mvn install} does), {@code
 * bundle:update <id>} after the build, and the feature reinstalled. The build itself (the partner's
 * {@code mvn install}) is not in these figures. Runs in the Karaf JVM; commands over SSH, the
 * answer over HTTP on loopback, polled every 10 ms.
 *
 * <p>Not part of the test suite (no {@code IT} suffix): run by {@code
 * src/bench/devloop-benchmark.sh}, which copies the table into {@code docs/benchmarks.md}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DevLoopBenchmark {

  private static final String GROUP = "nl/example/devloop";
  private static final String VERSION = "1.0.0-SNAPSHOT";
  private static final String MVN = "mvn:nl.example.devloop/" + DevLoopBundle.SYMBOLIC_NAME + "/";

  @Inject BundleContext context;

  @Configuration
  public Option[] config() throws IOException {
    Path target = Path.of(System.getProperty("project.build.directory"));
    Path repository =
        Path.of(
            System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    Path folder = target.resolve("bench-dev-loop");
    // Every build packed here: inside Karaf the test classes are no files to pack from.
    int rounds = Integer.parseInt(System.getProperty("steunpunt.bench.rounds", "5"));
    for (String way : List.of("feature", "watch", "update")) {
      for (int i = 0; i <= rounds + 1; i++) {
        DevLoopBundle.write(
            folder.resolve("builds").resolve(way + "-" + i + ".jar"),
            way + " " + i,
            "1.0.0.SNAPSHOT");
      }
    }
    // One feature per build: the features service keeps a bundle it has seen at one location, so
    // each round installs another feature with its own jar, after uninstalling the one before.
    java.util.Map<String, Path> features = new java.util.LinkedHashMap<>();
    for (int i = 0; i <= rounds + 1; i++) {
      features.put(
          DevLoopBundle.FEATURE + "-" + i,
          folder.resolve("builds").resolve("feature-" + i + ".jar"));
    }
    TestBundleJar.features(folder.resolve("features.xml"), "steunpunt-dev-loop", features);
    return org.ops4j.pax.exam.OptionUtils.combine(
        SteunpuntKaraf.options(true),
        // The watcher reads the local repository from pax-url's configuration: the build's.
        editConfigurationFilePut(
            "etc/org.ops4j.pax.url.mvn.cfg",
            "org.ops4j.pax.url.mvn.localRepository",
            repository.toString()),
        systemProperty("steunpunt.bench.repository").value(repository.toString()),
        systemProperty("steunpunt.bench.folder").value(folder.toString()),
        systemProperty("steunpunt.bench.rounds")
            .value(System.getProperty("steunpunt.bench.rounds", "5")),
        systemProperty("steunpunt.bench.out")
            .value(target.resolve("devloop-benchmark.md").toString()));
  }

  @Test
  public void measure() throws Exception {
    Http.awaitHealthy();
    int rounds = Integer.getInteger("steunpunt.bench.rounds", 5);
    Path folder = Path.of(System.getProperty("steunpunt.bench.folder"));
    Path artifact =
        Path.of(System.getProperty("steunpunt.bench.repository"))
            .resolve(GROUP)
            .resolve(DevLoopBundle.SYMBOLIC_NAME)
            .resolve(VERSION)
            .resolve(DevLoopBundle.SYMBOLIC_NAME + "-" + VERSION + ".jar");
    ReferencePartner.operator(
        "steunpunt:partner-allow --dev --symbolic-name "
            + DevLoopBundle.SYMBOLIC_NAME
            + " --version-range '[1.0.0,2.0.0)'");
    Boundary.grant(DevLoopBundle.GRANT);
    List<Double> feature = new ArrayList<>();
    List<Double> watch = new ArrayList<>();
    List<Double> update = new ArrayList<>();
    try {
      // The baseline: the feature uninstalled and the next build's feature installed.
      ReferencePartner.operator("feature:repo-add " + folder.resolve("features.xml").toUri());
      ReferencePartner.operator("feature:install " + DevLoopBundle.FEATURE + "-0");
      await("feature 0");
      for (int i = 1; i <= rounds + 1; i++) {
        String answer = "feature " + i;
        long start = System.nanoTime();
        ReferencePartner.operator("feature:uninstall " + DevLoopBundle.FEATURE + "-" + (i - 1));
        ReferencePartner.operator("feature:install " + DevLoopBundle.FEATURE + "-" + i);
        await(answer);
        keep(feature, i, start);
      }
      ReferencePartner.operator("feature:uninstall " + DevLoopBundle.FEATURE + "-" + (rounds + 1));

      // The dev loop: installed from the local repository, as mvn install leaves it.
      install(folder, artifact, "watch 0");
      ReferencePartner.operator("bundle:install -s " + MVN + VERSION);
      await("watch 0");
      long id = bundle().getBundleId();
      ReferencePartner.operator("bundle:watch --start " + id);
      for (int i = 1; i <= rounds + 1; i++) {
        String answer = "watch " + i;
        long start = System.nanoTime();
        install(folder, artifact, answer);
        await(answer);
        keep(watch, i, start);
      }
      ReferencePartner.operator("bundle:watch --stop");
      for (int i = 1; i <= rounds + 1; i++) {
        String answer = "update " + i;
        long start = System.nanoTime();
        install(folder, artifact, answer);
        ReferencePartner.operator("bundle:update " + id);
        await(answer);
        keep(update, i, start);
      }
    } finally {
      Bundle left = bundle();
      if (left != null) {
        left.uninstall();
      }
      // Leaves the local repository as it was: the folders this benchmark made, if empty.
      Files.deleteIfExists(artifact);
      Files.deleteIfExists(artifact.resolveSibling("build.tmp"));
      // What pax-url's resolver writes beside an artifact it resolved.
      Files.deleteIfExists(artifact.resolveSibling("resolver-status.properties"));
      Files.deleteIfExists(artifact.resolveSibling("_remote.repositories"));
      for (Path dir = artifact.getParent();
          !dir.endsWith("nl") && Files.isDirectory(dir);
          dir = dir.getParent()) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            break;
          }
        }
        Files.delete(dir);
      }
    }
    String table =
        String.join(
            "\n",
            "| from a new jar to the new answer served | rounds | median (ms) | min (ms) | max (ms) |",
            "|---|---:|---:|---:|---:|",
            row("dev loop: `bundle:watch` (default 1 s poll of the local repository)", watch),
            row("dev loop: `bundle:update <id>` after the build", update),
            row("baseline: `feature:uninstall` + `feature:install`", feature),
            "",
            "The partner's own build (`mvn install`) comes before each; it is not in these figures.");
    Files.writeString(Path.of(System.getProperty("steunpunt.bench.out")), table + "\n");
    System.out.println(table);
  }

  /** The jar packed for this answer. */
  private static Path build(Path folder, String answer) {
    return folder.resolve("builds").resolve(answer.replace(' ', '-') + ".jar");
  }

  /** Puts a new build where {@code mvn install} puts it, newer than the installed one. */
  private static void install(Path folder, Path artifact, String answer) throws IOException {
    Files.createDirectories(artifact.getParent());
    Path copy = artifact.resolveSibling("build.tmp");
    Files.copy(build(folder, answer), copy, StandardCopyOption.REPLACE_EXISTING);
    Files.move(copy, artifact, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private Bundle bundle() {
    for (Bundle bundle : context.getBundles()) {
      if (DevLoopBundle.SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    return null;
  }

  /** The first round warms up and is not kept. */
  private static void keep(List<Double> values, int round, long start) {
    if (round > 1) {
      values.add((System.nanoTime() - start) / 1e6);
    }
  }

  private static void await(String answer) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      var response = Http.send(Http.request(DevLoopActivator.ROUTE, "counsellor", "demo"));
      if (response.statusCode() == 200 && response.body().equals(answer)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("not served within 60 s: " + answer);
  }

  private static String row(String what, List<Double> values) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.0f | %.0f | %.0f |",
        what,
        values.size(),
        Stats.quantile(values, 0.5),
        Stats.quantile(values, 0),
        Stats.quantile(values, 1));
  }
}
