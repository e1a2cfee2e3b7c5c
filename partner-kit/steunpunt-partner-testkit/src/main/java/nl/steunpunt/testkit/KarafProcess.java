package nl.steunpunt.testkit;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * The distribution unpacked into a folder and run as a child process ({@code bin/karaf server}), as
 * an operator runs it, in demo mode (the demo KAR in {@code deploy/}) and bound to loopback. It is
 * stopped with SIGTERM and then SIGKILL, the JVM and its wrapper script both; a shutdown hook kills
 * it if the test JVM ends while it runs.
 */
final class KarafProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** The demo KAR's name in {@code deploy/}. */
  static final String DEMO_KAR = "steunpunt-demo.kar";

  /** The ports the platform listens on, all on the loopback address; 0 for a free one. */
  record Ports(int http, int ssh, int rmiRegistry, int rmiServer) {

    /** These ports with each 0 replaced by a port free now. */
    Ports resolved() throws IOException {
      return new Ports(free(http), free(ssh), free(rmiRegistry), free(rmiServer));
    }

    List<Integer> all() {
      return List.of(http, ssh, rmiRegistry, rmiServer);
    }

    private static int free(int port) throws IOException {
      if (port != 0) {
        return port;
      }
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
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
   * Empties {@code folder}, unpacks the archive into it and configures ports, loopback and demo
   * mode (the demo users, passwords {@code demo}; never with real data): the demo KAR goes into
   * {@code deploy/}, where Karaf's KAR deployer installs it at the first start.
   */
  static KarafProcess unpack(Path archive, Path demo, Path folder, Ports ports)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(demo)) {
      throw new IOException("no demo KAR at " + demo + " (nl.steunpunt:steunpunt-demo:kar)");
    }
    if (Files.exists(folder)) {
      remove(folder);
    }
    Files.createDirectories(folder);
    Process tar =
        new ProcessBuilder("tar", "xzf", archive.toString(), "-C", folder.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (tar.waitFor() != 0) {
      throw new IOException("could not unpack " + archive + ": " + output);
    }
    Path home;
    try (var top = Files.list(folder)) {
      home = top.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    KarafProcess karaf = new KarafProcess(home, ports.resolved());
    karaf.configure(demo);
    return karaf;
  }

  private void configure(Path demo) throws IOException {
    set("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "" + ports.http());
    set("org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
    set("org.apache.karaf.shell.cfg", "sshPort", "" + ports.ssh());
    set("org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
    set("org.apache.karaf.management.cfg", "rmiRegistryPort", "" + ports.rmiRegistry());
    set("org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
    set("org.apache.karaf.management.cfg", "rmiServerPort", "" + ports.rmiServer());
    set("org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
    set("system.properties", "steunpunt.demo", "true");
    // Demo mode's data and users: the production archive does not carry them.
    Files.copy(demo, home.resolve("deploy").resolve(DEMO_KAR), StandardCopyOption.REPLACE_EXISTING);
  }

  Path home() {
    return home;
  }

  Ports ports() {
    return ports;
  }

  /** Sets {@code key} in {@code etc/<file>}, replacing its line. */
  private void set(String file, String key, String value) throws IOException {
    Path path = home.resolve("etc").resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    Pattern line = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
    lines.removeIf(l -> line.matcher(l).matches());
    lines.add(key + " = " + value);
    Files.write(path, lines, StandardCharsets.UTF_8);
  }

  /** Starts Karaf; fails when one of its ports is taken (another platform would answer). */
  void start() throws IOException {
    for (int port : ports.all()) {
      if (listening(port)) {
        throw new IllegalStateException("something else listens on 127.0.0.1:" + port);
      }
    }
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
    killer = new Thread(this::kill, "kill-steunpunt-" + ports.http());
    Runtime.getRuntime().addShutdownHook(killer);
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException free) {
      return false;
    }
  }

  /** Stops Karaf (SIGTERM, as {@code bin/stop} would), and kills what still runs after 30 s. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = tree();
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception stillRunning) {
        break;
      }
    }
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway, and finds nothing left
    }
    process = null;
  }

  /** The JVM first, so that it cannot outlive a killed wrapper. */
  private List<ProcessHandle> tree() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    return all;
  }

  private void kill() {
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

  private static void remove(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Where to look when something went wrong. */
  String logs() {
    return home.resolve("data/log/karaf.log") + " and " + home.resolve("stdout.log");
  }
}
