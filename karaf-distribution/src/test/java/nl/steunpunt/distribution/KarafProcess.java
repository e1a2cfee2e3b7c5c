package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The built distribution unpacked into a folder of its own and run as a child process ({@code
 * bin/karaf server}), as an operator runs it: on the test ports ({@link SteunpuntKaraf}), bound to
 * loopback, started, killed with SIGKILL and started again on the same data. A shutdown hook kills
 * it if the test JVM ends while it runs.
 */
final class KarafProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration PORTS_TIMEOUT = Duration.ofSeconds(30);

  /** The ports a node listens on, all on the loopback address. */
  record Ports(int http, int ssh, int rmiRegistry, int rmiServer) {

    /** The test ports ({@link SteunpuntKaraf}): those of a single node. */
    static final Ports TEST =
        new Ports(
            SteunpuntKaraf.HTTP_PORT,
            SteunpuntKaraf.SSH_PORT,
            SteunpuntKaraf.RMI_REGISTRY_PORT,
            SteunpuntKaraf.RMI_SERVER_PORT);

    /** Every port moved up by {@code offset}: another node beside the first. */
    Ports plus(int offset) {
      return new Ports(http + offset, ssh + offset, rmiRegistry + offset, rmiServer + offset);
    }
  }

  private final Path home;
  private final Ports ports;
  private Process process;
  private Thread killer;

  private KarafProcess(Path home, Ports ports) {
    this.home = home;
    this.ports = ports;
  }

  /**
   * Unpacks the archive the build made ({@code steunpunt.distribution}) into {@code folder} and
   * configures ports and loopback; demo mode gives the demo users (the demo KAR in {@code
   * deploy/}).
   */
  static KarafProcess unpack(Path folder, boolean demo) throws IOException, InterruptedException {
    return unpack(folder, demo, Ports.TEST);
  }

  /** {@link #unpack(Path, boolean)} for a node that listens on {@code ports}. */
  static KarafProcess unpack(Path folder, boolean demo, Ports ports)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path archive = Path.of(System.getProperty("steunpunt.distribution"));
    Process tar =
        new ProcessBuilder("tar", "xzf", archive.toString(), "-C", folder.toString())
            .inheritIO()
            .start();
    if (tar.waitFor() != 0) {
      throw new IOException("could not unpack " + archive);
    }
    Path home;
    try (var top = Files.list(folder)) {
      home = top.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    KarafProcess karaf = new KarafProcess(home, ports);
    karaf.set("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "" + ports.http());
    karaf.set("org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
    karaf.set("org.apache.karaf.shell.cfg", "sshPort", "" + ports.ssh());
    karaf.set("org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
    karaf.set("org.apache.karaf.management.cfg", "rmiRegistryPort", "" + ports.rmiRegistry());
    karaf.set("org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
    karaf.set("org.apache.karaf.management.cfg", "rmiServerPort", "" + ports.rmiServer());
    karaf.set("org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
    if (demo) {
      karaf.set("system.properties", "steunpunt.demo", "true");
      karaf.deployDemo();
    }
    return karaf;
  }

  Path home() {
    return home;
  }

  Ports ports() {
    return ports;
  }

  /** Sets {@code key} in {@code etc/<file>}, replacing its line or adding one. */
  void set(String file, String key, String value) throws IOException {
    List<String> lines = linesWithout(file, key);
    lines.add(key + " = " + value);
    Files.write(home.resolve("etc").resolve(file), lines, StandardCharsets.UTF_8);
  }

  /**
   * Copies demo mode's content, the demo KAR ({@link SteunpuntKaraf#demoKar()}), into {@code
   * deploy/}: at the first start Karaf's KAR deployer installs its feature, as in demo.sh.
   */
  void deployDemo() throws IOException {
    Files.copy(
        SteunpuntKaraf.demoKar(),
        home.resolve("deploy").resolve(SteunpuntKaraf.DEMO_KAR),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes {@code key} from {@code etc/<file>}, so that its default applies. */
  void unset(String file, String key) throws IOException {
    Files.write(home.resolve("etc").resolve(file), linesWithout(file, key), StandardCharsets.UTF_8);
  }

  private List<String> linesWithout(String file, String key) throws IOException {
    Path path = home.resolve("etc").resolve(file);
    List<String> lines = new ArrayList<>();
    if (Files.exists(path)) {
      lines.addAll(Files.readAllLines(path, StandardCharsets.UTF_8));
    }
    Pattern line = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
    lines.removeIf(l -> line.matcher(l).matches());
    return lines;
  }

  /** Starts Karaf and waits until {@code /health} says ready. */
  void start() throws IOException, InterruptedException {
    if (process != null) {
      throw new IllegalStateException("already running");
    }
    awaitPortsFree();
    ProcessBuilder builder =
        new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("stdout.log").toFile()));
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("KARAF_") || name.contains("JAVA_"));
    environment.remove("STEUNPUNT_DEMO");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    process = builder.start();
    killer = new Thread(this::killNow, "kill-karaf-" + home.getFileName());
    Runtime.getRuntime().addShutdownHook(killer);
    awaitReady();
  }

  /**
   * Waits until nothing listens on the test ports: a Karaf left running there would answer in place
   * of this one.
   */
  private void awaitPortsFree() throws InterruptedException {
    long deadline = System.nanoTime() + PORTS_TIMEOUT.toNanos();
    for (int port : new int[] {ports.http(), ports.ssh(), ports.rmiRegistry(), ports.rmiServer()}) {
      while (listening(port)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("something else listens on port " + port);
        }
        Thread.sleep(500);
      }
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException free) {
      return false;
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Karaf ended before it was ready; see " + logs());
      }
      try {
        HttpResponse<String> health = Http.send(Http.request(ports.http(), "/health"));
        last = health.statusCode() + " " + health.body();
        JsonNode ready = health.statusCode() == 200 ? Http.json(health).get("ready") : null;
        if (ready != null && ready.asBoolean()) {
          return;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Karaf not ready in time (" + last + "); see " + logs());
  }

  /** Kills the Karaf JVM and its wrapper script with SIGKILL and waits until they are gone. */
  void kill() throws InterruptedException {
    killNow();
    forget();
  }

  /** Stops Karaf cleanly (SIGTERM to the JVM, as {@code bin/stop} would), or kills it. */
  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = tree();
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    for (ProcessHandle handle : all) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        handle.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception stillRunning) {
        break;
      }
    }
    kill();
  }

  /** Kills what still runs: after a test, nothing of its data is needed. */
  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** The JVM first, so that it cannot outlive a killed wrapper. */
  private List<ProcessHandle> tree() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    return all;
  }

  private void killNow() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = tree();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("process " + handle.pid() + " outlived SIGKILL", e);
      }
    }
  }

  private void forget() {
    if (killer != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(killer);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
    process = null;
    killer = null;
  }

  /** Removes a folder {@link #unpack} filled, once its platform is no longer running. */
  static void remove(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  String logs() {
    return home.resolve("data/log/karaf.log") + " and " + home.resolve("stdout.log");
  }

  /** What a failed assertion about this node should carry ({@link NodeLog}). */
  String diagnosis() {
    return NodeLog.diagnosis(home);
  }
}
