package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.inject.Inject;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.report.ReportService;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Boots the distribution as it ships, without demo mode, after an operator followed the README's
 * first start (one admin line with a plain password) and after an earlier demo run left a demo
 * account behind; and drops the demo (its bundle, its KAR) into {@code deploy/}, where it must not
 * run.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProductionPlatformIT {

  static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";
  private static final String DEMO_BUNDLE = "nl.steunpunt.demo";
  private static final String DEMO_FEATURE = "steunpunt-demo";

  @Inject PlatformStatus platform;
  @Inject ConfigurationAdmin configurations;
  @Inject BundleContext context;

  private final List<BundleListener> watchers = new ArrayList<>();

  @After
  public void stopWatching() {
    watchers.forEach(context::removeBundleListener);
  }

  @org.ops4j.pax.exam.Configuration
  public Option[] config() {
    return OptionUtils.combine(
        SteunpuntKaraf.options(false),
        // README, "Production: first start": the operator writes one line, password in clear.
        editConfigurationFilePut(
            "etc/users.properties", "admin", ADMIN_PASSWORD + ",_g_:operators"),
        // What a demo run leaves behind: a demo-marked account.
        editConfigurationFilePut(
            "etc/users.properties",
            "counsellor",
            "{CRYPT}2432612431302451{CRYPT},demo,counsellor,org:steunpunt"),
        // The demo KAR, which the tests below drop into deploy/ (the archive does not carry it).
        systemProperty("steunpunt.demo.kar").value(SteunpuntKaraf.demoKar().toString()));
  }

  private Properties users() throws IOException {
    Properties users = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
      users.load(in);
    }
    return users;
  }

  /**
   * An operator's change to the security reports' settings applies at once and keeps the service
   * and the API paths that hold it: the same registrations before and after, so no request found
   * the paths gone meanwhile.
   */
  @Test
  public void aChangedReportSettingAppliesWithoutTakingTheReportPathsAway() throws Exception {
    Http.awaitHealthy();
    var service = context.getServiceReference(ReportService.class);
    long serviceId = (Long) service.getProperty(Constants.SERVICE_ID);
    long servletId = servletId("steunpunt-reports");
    ReportService reports = context.getService(service);
    List<String> before = reports.legalBases();
    var settings = configurations.getConfiguration("nl.steunpunt.reports", "?");
    java.util.Dictionary<String, Object> original = settings.getProperties();
    java.util.Dictionary<String, Object> changed = new java.util.Hashtable<>();
    if (original != null) {
      java.util.Collections.list(original.keys()).forEach(k -> changed.put(k, original.get(k)));
    }
    List<String> more = new ArrayList<>(before);
    more.add("A legal basis added by the operator");
    changed.put("legalBases", more.toArray(new String[0]));
    changed.put("reminderHours", 72);
    try {
      settings.update(changed);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!reports.legalBases().equals(more) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThat(reports.legalBases()).as("the legal bases after the change").isEqualTo(more);
      assertThat(context.getServiceReference(ReportService.class).getProperty(Constants.SERVICE_ID))
          .as("the report service's registration")
          .isEqualTo(serviceId);
      assertThat(servletId("steunpunt-reports")).as("the reports servlet's").isEqualTo(servletId);
    } finally {
      if (original == null) {
        settings.delete();
      } else {
        settings.update(original);
      }
      context.ungetService(service);
    }
  }

  private long servletId(String name) throws Exception {
    var found =
        context.getServiceReferences(
            javax.servlet.Servlet.class, "(osgi.http.whiteboard.servlet.name=" + name + ")");
    assertThat(found).as(name).hasSize(1);
    return (Long) found.iterator().next().getProperty(Constants.SERVICE_ID);
  }

  @Test
  public void theShippedPlatformIsReadyAndNotInDemoMode() throws Exception {
    JsonNode health = Http.json(Http.awaitHealthy());

    assertThat(health.get("ready").asBoolean()).isTrue();
    assertThat(health.get("demo").asBoolean()).isFalse();
    assertThat(platform.demoMode()).isFalse();
  }

  /**
   * The dev loop's setting (trust by name and range, no digest) is for demo mode only: here the
   * console refuses it with one line and stores nothing; one written into Configuration Admin
   * anyway (as an {@code etc/} file would) is removed and is an alert.
   */
  @Test
  public void theDevLoopSettingIsRefusedAndOneWrittenAnywayIsRemovedWithAnAlert() throws Exception {
    Http.awaitHealthy();

    String answer =
        Ssh.run(
            "admin",
            ADMIN_PASSWORD,
            "steunpunt:partner-allow --dev --symbolic-name nl.example.devloop --version-range"
                + " '[1.0.0,2.0.0)'");

    assertThat(answer)
        .contains("Not done: dev is accepted in demo mode only")
        .doesNotContain("Exception");
    assertThat(
            configurations.listConfigurations("(service.factoryPid=nl.steunpunt.partners.allow)"))
        .isNull();

    var written = configurations.createFactoryConfiguration("nl.steunpunt.partners.allow", "?");
    java.util.Dictionary<String, Object> dev = new java.util.Hashtable<>();
    dev.put("symbolicName", "nl.example.devloop");
    dev.put("versionRange", "[1.0.0,2.0.0)");
    dev.put("dev", true);
    written.update(dev);

    ReferencePartner.await(
        () ->
            configurations.listConfigurations("(service.factoryPid=nl.steunpunt.partners.allow)")
                == null,
        "the dev entry removed");
    ReferencePartner.await(
        () ->
            platform.alerts().stream()
                .anyMatch(
                    a ->
                        a.startsWith("allow-list entry nl.example.devloop [1.0.0,2.0.0) was made")),
        "an alert");
    assertThat(Http.json(Http.send(Http.request("/health"))).get("alerts").asInt()).isPositive();
  }

  @Test
  public void demoAccountsLeftByAnEarlierDemoRunAreRemoved() throws Exception {
    Http.awaitHealthy();

    assertThat(users().stringPropertyNames()).doesNotContain("counsellor");
    assertThat(Http.send(Http.request("/api/v1/me", "counsellor", "demo")).statusCode())
        .isEqualTo(401);
  }

  @Test
  public void noAccountExistsButTheOneTheOperatorAdded() throws Exception {
    Http.awaitHealthy();

    assertThat(users().stringPropertyNames())
        .filteredOn(name -> !name.startsWith("_g_"))
        .containsExactly("admin");
    for (String[] attempt :
        new String[][] {{"karaf", "karaf"}, {"admin", "admin"}, {"operator", "demo"}}) {
      assertThat(Http.send(Http.request("/api/v1/me", attempt[0], attempt[1])).statusCode())
          .as(Arrays.toString(attempt))
          .isEqualTo(401);
    }
  }

  @Test
  public void theFirstAdminPasswordIsHashedAndWorks() throws Exception {
    Http.awaitHealthy();

    JsonNode me = Http.json(Http.send(Http.request("/api/v1/me", "admin", ADMIN_PASSWORD)));
    assertThat(me.get("roles").toString()).isEqualTo("[\"operator\"]");
    // Karaf hashes a clear password at start and at the first login.
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!users().getProperty("admin").startsWith("{CRYPT}") && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(users().getProperty("admin")).startsWith("{CRYPT}").doesNotContain(ADMIN_PASSWORD);
    assertThat(Ssh.run("admin", ADMIN_PASSWORD, "steunpunt:status")).contains("production");
  }

  @Test
  public void theConsoleAndJmxListenOnThisMachineOnlyAndSftpIsOff() throws Exception {
    org.osgi.service.cm.Configuration shell =
        configurations.getConfiguration("org.apache.karaf.shell", null);
    org.osgi.service.cm.Configuration management =
        configurations.getConfiguration("org.apache.karaf.management", null);

    assertThat(shell.getProperties().get("sshHost")).isEqualTo("127.0.0.1");
    assertThat(String.valueOf(shell.getProperties().get("sftpEnabled"))).isEqualTo("false");
    assertThat(management.getProperties().get("rmiRegistryHost")).isEqualTo("127.0.0.1");
    assertThat(management.getProperties().get("rmiServerHost")).isEqualTo("127.0.0.1");
  }

  @Test
  public void passwordsAreHashedWithBcryptAndCommandsWithoutAclNeedAdmin() throws Exception {
    org.osgi.service.cm.Configuration jaas =
        configurations.getConfiguration("org.apache.karaf.jaas", null);

    assertThat(String.valueOf(jaas.getProperties().get("encryption.enabled"))).isEqualTo("true");
    assertThat(jaas.getProperties().get("encryption.algorithm")).isEqualTo("bcrypt");
    assertThat(System.getProperty("karaf.secured.command.compulsory.roles")).isEqualTo("admin");
  }

  @Test
  public void theHashingServiceStartsBeforeKarafsLoginModules() {
    // At the same start level the login modules waited 10 s for it at every start with an
    // account in the user file (see steunpunt-core in the features file).
    assertThat(startLevel("org.apache.karaf.jaas.spring-security-crypto"))
        .isLessThan(startLevel("org.apache.karaf.jaas.modules"));
  }

  private int startLevel(String symbolicName) {
    return Arrays.stream(context.getBundles())
        .filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
        .findFirst()
        .orElseThrow()
        .adapt(BundleStartLevel.class)
        .getStartLevel();
  }

  /**
   * The production archive carries no demo (ProductionArchiveTest): nothing of it is installed, and
   * the features service does not even know its feature.
   */
  @Test
  public void noDemoBundleOrFeatureIsOnAProductionNode() throws Exception {
    Http.awaitHealthy();

    assertThat(demoBundle()).isNull();
    assertThat(Ssh.run("admin", ADMIN_PASSWORD, "feature:list")).doesNotContain(DEMO_FEATURE);
  }

  /**
   * The demo bundle taken out of the demo KAR and copied into {@code deploy/}: a node not in demo
   * mode never runs it; it stays INSTALLED and the operator is told why; no demo account and no
   * demo family appear.
   */
  @Test
  public void theDemoBundleDroppedIntoDeployDoesNotRunAndIsAnAlert() throws Exception {
    Http.awaitHealthy();
    Path dropped;
    try (ZipFile kar = new ZipFile(demoKar().toFile())) {
      ZipEntry jar =
          kar.stream()
              .filter(e -> e.getName().matches("repository/.*/nl\\.steunpunt\\.demo-[^/]*\\.jar"))
              .findFirst()
              .orElseThrow();
      dropped = deploy().resolve(Path.of(jar.getName()).getFileName());
      try (InputStream in = kar.getInputStream(jar)) {
        Files.copy(in, dropped);
      }
    }
    try {
      ReferencePartner.await(() -> demoBundle() != null, "the demo bundle installed from deploy/");
      ReferencePartner.await(() -> !demoOnlyAlerts().isEmpty(), "the demo-only alert");
      assertThat(demoBundle().getState()).isEqualTo(Bundle.INSTALLED);
      assertNothingOfTheDemoRuns();
      assertThat(Http.send(Http.request("/api/v1/me", "operator", "demo")).statusCode())
          .isEqualTo(401);
    } finally {
      Files.delete(dropped);
      awaitNoDemoBundle();
    }
  }

  /**
   * The demo KAR itself copied into {@code deploy/} of a production node, as demo.sh copies it:
   * Karaf's KAR deployer installs its feature, but the trust boundary keeps the demo bundle
   * INSTALLED (refusal DEMO_ONLY, an alert), no running bundle of the platform is stopped, started
   * or refreshed, and nothing of the demo runs. Deleting the KAR takes its bundle away again.
   */
  @Test
  public void theDemoKarDroppedIntoDeployInstallsABundleThatNeverRuns() throws Exception {
    Http.awaitHealthy();
    Map<Long, Long> before = Boundary.activeBundlesBut(context, DEMO_BUNDLE);
    ConcurrentLinkedQueue<String> platformEvents = Boundary.watch(context, before, watchers);
    Path dropped = deploy().resolve(SteunpuntKaraf.DEMO_KAR);

    Files.copy(demoKar(), dropped);
    try {
      ReferencePartner.await(() -> demoBundle() != null, "the demo bundle installed from the KAR");
      ReferencePartner.await(() -> !demoOnlyAlerts().isEmpty(), "the demo-only alert");
      // Installed by the KAR's feature (a Maven location), not by the deploy folder's scanner.
      assertThat(demoBundle().getLocation()).startsWith("mvn:nl.steunpunt/" + DEMO_BUNDLE + "/");
      assertThat(demoBundle().getState()).isEqualTo(Bundle.INSTALLED);
      assertNothingOfTheDemoRuns();
      assertThat(Boundary.activeBundlesBut(context, DEMO_BUNDLE)).isEqualTo(before);
      assertThat(platformEvents).isEmpty();
    } finally {
      Files.delete(dropped);
      awaitNoDemoBundle();
    }
  }

  /** The demo KAR the build made ({@code steunpunt.demo.kar}, passed in by the configuration). */
  private static Path demoKar() {
    return Path.of(System.getProperty("steunpunt.demo.kar"));
  }

  private static Path deploy() {
    return Path.of(System.getProperty("karaf.home"), "deploy");
  }

  private Bundle demoBundle() {
    return Arrays.stream(context.getBundles())
        .filter(b -> DEMO_BUNDLE.equals(b.getSymbolicName()))
        .findFirst()
        .orElse(null);
  }

  private List<String> demoOnlyAlerts() {
    return platform.alerts().stream()
        .filter(
            a ->
                a.startsWith("bundle " + DEMO_BUNDLE + " ")
                    && a.endsWith(
                        "may not run: a demo bundle, and this platform is not in demo mode"))
        .toList();
  }

  /**
   * No demo account was written and the node still says it is not a demo. (No failed login here:
   * the tests of this class together stay under the login throttle's five failures.)
   */
  private void assertNothingOfTheDemoRuns() throws Exception {
    assertThat(users().stringPropertyNames()).doesNotContain("counsellor", "operator");
    JsonNode health = Http.json(Http.send(Http.request("/health")));
    assertThat(health.get("demo").asBoolean()).isFalse();
    assertThat(health.get("ready").asBoolean()).isTrue();
  }

  /** The demo bundle gone (with the file it came from) and its alert with it. */
  private void awaitNoDemoBundle() throws Exception {
    ReferencePartner.await(() -> demoBundle() == null, "the demo bundle uninstalled");
    ReferencePartner.await(() -> demoOnlyAlerts().isEmpty(), "the demo-only alert gone");
  }

  @Test
  public void thereIsNoWebConsole() {
    assertThat(context.getBundles())
        .noneMatch(b -> String.valueOf(b.getSymbolicName()).contains("webconsole"));
  }
}
