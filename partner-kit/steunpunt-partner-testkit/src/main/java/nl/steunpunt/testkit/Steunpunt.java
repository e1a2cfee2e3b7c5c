package nl.steunpunt.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The real Steunpunt platform in demo mode, booted for a partner's integration tests with the
 * partner's KAR deployed, allow-listed and granted as the project's grant says: a process of its
 * own on loopback, reached over HTTP (as staff) and SSH (as the operator) only, exactly as in
 * production. Test methods of a {@link SteunpuntTest} class get it as a parameter.
 */
public final class Steunpunt implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);

  private final KarafProcess karaf;
  private final Console console;
  private final Partner partner;

  private Steunpunt(KarafProcess karaf, Settings settings, List<KarBundle> bundles) {
    this.karaf = karaf;
    this.console = new Console(karaf.ports().ssh());
    this.partner = new Partner(this, settings.partnerId(), bundles);
  }

  /**
   * Unpacks and starts the platform, waits until {@code /health} says ready, then deploys the
   * partner as an operator would: allow-lists each bundle of the KAR by its SHA-256, grants the
   * partner, drops the KAR in {@code deploy/} and waits until the ready route answers. Whatever
   * fails on the way stops the platform again.
   */
  static Steunpunt boot(Settings settings) {
    KarafProcess karaf = null;
    try {
      List<KarBundle> bundles = KarBundle.in(settings.kar());
      checkPartner(settings, bundles);
      long started = System.nanoTime();
      karaf =
          KarafProcess.unpack(
              settings.distribution(), settings.demo(), settings.folder(), settings.ports());
      karaf.start();
      Steunpunt platform = new Steunpunt(karaf, settings, bundles);
      platform.awaitReady();
      long ready = System.nanoTime();
      platform.deploy(settings, bundles);
      System.out.printf(
          Locale.ROOT,
          "steunpunt-testkit: platform ready in %.1f s, partner %s serving %.1f s later;"
              + " HTTP 127.0.0.1:%d, console 127.0.0.1:%d, logs in %s%n",
          (ready - started) / 1e9,
          settings.partnerId(),
          (System.nanoTime() - ready) / 1e9,
          karaf.ports().http(),
          karaf.ports().ssh(),
          karaf.home().resolve("data/log"));
      return platform;
    } catch (Exception | AssertionError e) {
      String logs = karaf == null ? "" : " (see " + karaf.logs() + ")";
      if (karaf != null) {
        karaf.close();
      }
      throw new IllegalStateException(
          "the test kit could not boot the platform: " + e.getMessage() + logs, e);
    }
  }

  /** The grant must name the partner the bundle declares: else nothing would ever serve. */
  private static void checkPartner(Settings settings, List<KarBundle> bundles) {
    List<String> declared = new ArrayList<>();
    bundles.forEach(bundle -> bundle.partnerId().ifPresent(declared::add));
    if (!declared.contains(settings.partnerId())) {
      throw new IllegalStateException(
          "the grant names partner "
              + settings.partnerId()
              + ", the KAR's bundles declare "
              + declared);
    }
  }

  private void awaitReady() {
    await(
        BOOT_TIMEOUT,
        "/health ready",
        () -> {
          if (!karaf.alive()) {
            throw new IllegalStateException("Karaf ended before it was ready");
          }
          try {
            Reply health =
                Staff.send(
                    HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(5))
                        .build());
            return health.status() == 200 && health.json().path("ready").asBoolean();
          } catch (java.io.UncheckedIOException notYet) {
            return false;
          }
        });
  }

  private void deploy(Settings settings, List<KarBundle> bundles) throws Exception {
    for (KarBundle bundle : bundles) {
      operator(bundle.allowCommand());
    }
    operator("steunpunt:partner-grant " + settings.grant());
    Path deployed = karaf.home().resolve("deploy").resolve(settings.kar().getFileName());
    Files.copy(settings.kar(), deployed, StandardCopyOption.REPLACE_EXISTING);
    try {
      await(
          DEPLOY_TIMEOUT,
          settings.readyPath() + " answering " + settings.readyUser(),
          () -> partner.get(settings.readyUser(), settings.readyPath()).status() == 200);
    } catch (AssertionError notServing) {
      throw new AssertionError(
          notServing.getMessage() + "; steunpunt:partners says:\n" + partner.status(), notServing);
    }
  }

  /** Runs a console command as the operator and fails when the platform refused it. */
  private String operator(String command) {
    String output = console.run(command);
    if (output.isBlank() || output.startsWith("Not ") || output.startsWith("No ")) {
      throw new IllegalStateException(command + ": " + output.strip());
    }
    return output;
  }

  /** A demo user (password {@code demo}): counsellor, teamlead, municipality, police, … */
  public Staff as(String user) {
    return new Staff(karaf.ports().http(), user);
  }

  /** The partner under test. */
  public Partner partner() {
    return partner;
  }

  /** Runs a command in the platform's console as the demo operator; returns what it printed. */
  public String console(String command) {
    return console.run(command);
  }

  /**
   * Takes in a new family as the demo counsellor, reached by every demo partner's tie (see {@link
   * DemoFamily}).
   */
  public DemoFamily newFamily() {
    return DemoFamily.takeIn(as("counsellor"), true);
  }

  /**
   * Takes in a new family as the demo counsellor that no demo partner's tie reaches (see {@link
   * DemoFamily}): what a partner must not see.
   */
  public DemoFamily newFamilyOutsideEveryTie() {
    return DemoFamily.takeIn(as("counsellor"), false);
  }

  /**
   * The audit log as the privacy officer reads it, newest first (at most 200 entries).
   *
   * @param query the criteria of {@code GET /api/v1/audit}, e.g. {@code family=<id>} or {@code
   *     user=counsellor}
   */
  public List<JsonNode> audit(String query) {
    Reply reply =
        Staff.expect(200, as("privacy").get("/api/v1/audit?limit=200&" + query), "audit " + query);
    List<JsonNode> entries = new ArrayList<>();
    reply.json().path("items").forEach(entries::add);
    return entries;
  }

  /** The base URL of a path on this platform, for a client of the test's own. */
  public String url(String path) {
    return "http://127.0.0.1:" + karaf.ports().http() + path;
  }

  /** The platform's Karaf home (its {@code data/log/karaf.log} says what went wrong). */
  public Path home() {
    return karaf.home();
  }

  /** Stops the platform and everything it started (JUnit calls this when the run ends). */
  @Override
  public void close() {
    long started = System.nanoTime();
    karaf.close();
    System.out.printf(
        Locale.ROOT,
        "steunpunt-testkit: platform stopped in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Polls {@code condition} every 200 ms until it holds.
   *
   * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
   */
  static void await(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
