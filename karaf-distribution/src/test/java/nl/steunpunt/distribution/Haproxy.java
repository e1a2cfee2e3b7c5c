package nl.steunpunt.distribution;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.AssumptionViolatedException;

/**
 * HAProxy (Debian's package) in front of test nodes, on the loopback address, with the cluster
 * script's configuration ({@code src/cluster/haproxy.cfg.in}). Without {@code haproxy} the test is
 * skipped, except in CI ({@code CI=true}), where {@code .ci/run} installs it and its absence fails.
 */
final class Haproxy implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  private final Path log;

  private Haproxy(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts HAProxy on {@code port}, balancing over the nodes' HTTP ports; waits until it serves.
   */
  static Haproxy start(Path folder, int port, List<Integer> nodes)
      throws IOException, InterruptedException {
    String command = executable();
    Files.createDirectories(folder);
    Path template =
        Path.of(System.getProperty("project.build.directory"))
            .resolveSibling("src/cluster/haproxy.cfg.in");
    String servers =
        nodes.stream()
            .map(n -> "    server node" + n + " 127.0.0.1:" + n + " check")
            .collect(Collectors.joining("\n"));
    Path config = folder.resolve("haproxy.cfg");
    Files.writeString(
        config,
        Files.readString(template, StandardCharsets.UTF_8)
            .replace("@PORT@", "" + port)
            .replace("@SERVERS@", servers),
        StandardCharsets.UTF_8);
    Path log = folder.resolve("haproxy.log");
    Process process =
        new ProcessBuilder(command, "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Haproxy haproxy = new Haproxy(process, port, log);
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    try {
      haproxy.awaitServing();
    } catch (IOException | InterruptedException | RuntimeException e) {
      haproxy.close();
      throw e;
    }
    return haproxy;
  }

  private static String executable() {
    for (String candidate : new String[] {"/usr/sbin/haproxy", "/usr/bin/haproxy"}) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    String message = "no haproxy (apt-get install haproxy)";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must test the cluster behind HAProxy, but " + message);
    }
    throw new AssumptionViolatedException(message);
  }

  private void awaitServing() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy ended: " + Files.readString(log));
      }
      try {
        HttpResponse<String> health = Http.send(Http.request(port, "/health"));
        if (health.statusCode() == 200) {
          return;
        }
        last = "" + health.statusCode();
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("haproxy did not serve in time (" + last + ")");
  }

  int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
