package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The three reference partners and the evaluation plugin as the operator deploys them over SSH: the
 * feature, the bundle it installs, the grant the partner's routes need and the user and route that
 * show it works.
 */
enum ReferencePartner {
  MUNICIPALITY(
      "steunpunt-partner-municipality",
      "nl.steunpunt.partner.municipality",
      "--kind MUNICIPALITY --purpose MUNICIPAL_SUPPORT --organisation GM0363"
          + " --municipality 0363 --category IDENTITY --category TRAJECTORY_STATUS"
          + " --category TASKS --category SECURITY_REPORTS --category EVENTS --timeline gm0363",
      "municipality",
      "/api/v1/partners/gm0363/families"),
  POLICE(
      "steunpunt-partner-police",
      "nl.steunpunt.partner.police",
      "--kind POLICE --purpose SECURITY_REPORTING --organisation police"
          + " --category SECURITY_REPORTS police",
      "police",
      "/api/v1/partners/police/reports"),
  THERAPY(
      "steunpunt-partner-therapy",
      "nl.steunpunt.partner.therapy",
      "--kind THERAPY --purpose THERAPY --organisation therapy-demo"
          + " --category IDENTITY --category THERAPY_NOTES --category EVENTS --timeline"
          + " therapy-demo",
      "therapist",
      "/api/v1/partners/therapy-demo/referrals"),
  EVALUATION(
      "steunpunt-evaluation",
      "nl.steunpunt.evaluation",
      "--kind OTHER --purpose EVALUATION --organisation evaluation-demo"
          + " --category EVALUATION_AGGREGATES evaluation",
      "evaluator",
      "/api/v1/partners/evaluation/indicators?from=2026-01-01&to=2026-01-31");

  final String feature;
  final String symbolicName;

  /** The options and partner id of steunpunt:partner-grant; Karaf takes options first. */
  final String grant;

  final String user;
  final String route;

  ReferencePartner(String feature, String symbolicName, String grant, String user, String route) {
    this.feature = feature;
    this.symbolicName = symbolicName;
    this.grant = grant;
    this.user = user;
    this.route = route;
  }

  /** The audit channel of the bundle, up to its version. */
  String channelPrefix() {
    return "bundle:" + symbolicName + "/";
  }

  /**
   * Installs the feature if needed, allow-lists the bundle and grants the partner; waits for it.
   */
  void deploy(BundleContext context) throws Exception {
    if (bundle(context) == null) {
      operator("feature:install " + feature);
    } else if (Http.send("GET", route, user, null, null).statusCode() == 200) {
      // Deployed already. Allowing it again would rewrite its entry, and PartnerTrust refuses
      // the bundle for a moment while the entry is replaced: the route would flap to 404.
      return;
    }
    allowAndGrant(context);
  }

  /**
   * Allow-lists the installed bundle and grants the partner, then waits until its route answers.
   */
  void allowAndGrant(BundleContext context) throws Exception {
    await(() -> bundle(context) != null, symbolicName + " installed");
    operator("steunpunt:partner-allow " + bundle(context).getBundleId());
    operator("steunpunt:partner-grant " + grant);
    await(
        () -> Http.send("GET", route, user, null, null).statusCode() == 200,
        route + " answering " + user);
  }

  Bundle bundle(BundleContext context) {
    for (Bundle bundle : context.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    return null;
  }

  /**
   * Fails unless this JVM holds the listening sockets of the test ports: the ports are fixed and
   * shared with other runs on the machine, and a test must never send its console commands and
   * requests to someone else's Karaf (Linux: the socket inodes of /proc/net/tcp* among our fds).
   */
  static void assertOwnPorts() throws IOException {
    Set<String> ours = new HashSet<>();
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            ours.add(link.substring(8, link.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor list changes while it is read
        }
      }
    }
    for (int port : List.of(SteunpuntKaraf.HTTP_PORT, SteunpuntKaraf.SSH_PORT)) {
      assertThat(listeningInodes(port))
          .as("port " + port + " listened on by this Karaf, not another run's")
          .isNotEmpty()
          .allMatch(ours::contains);
    }
  }

  private static List<String> listeningInodes(int port) throws IOException {
    String hexPort = String.format(Locale.ROOT, ":%04X", port);
    List<String> inodes = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields[1].endsWith(hexPort) && fields[3].equals("0A")) {
          inodes.add(fields[9]);
        }
      }
    }
    return inodes;
  }

  static String operator(String command) {
    try {
      return Ssh.run("operator", "demo", command);
    } catch (IOException e) {
      // Pax Exam reports the root cause only: the message must carry the command and its output.
      throw new AssertionError(e.getMessage() + " (" + e.getCause() + ")");
    }
  }

  static JsonNode get(String user, String path) throws IOException {
    var response = Http.send("GET", path, user, null, null);
    assertThat(response.statusCode())
        .as(
            () ->
                path + " " + response.body() + (response.statusCode() == 401 ? NodeLog.here() : ""))
        .isEqualTo(200);
    return Http.json(response);
  }

  /** The audit entries of a user, newest first, as the privacy officer reads them. */
  static List<JsonNode> audit(String user) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    get("privacy", "/api/v1/audit?limit=200&user=" + user).get("items").forEach(entries::add);
    return entries;
  }

  static void await(Check condition, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 60 s for " + what);
      }
      Thread.sleep(100);
    }
  }

  /** A condition to wait for. */
  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }
}
