package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.distribution.testadversary.AdversaryActivator;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Partner bundles that try to get around the trust boundary, packed at test time from the {@code
 * testadversary} classes (built outside the reactor's bundles, against the installed API only): one
 * declares a partner but is not on the allow-list; one is on the list without a grant and writes
 * itself one through the system bundle's Configuration Admin; one is listed and granted but forges
 * actors, keeps a user's actor for later, reaches for the staff services and the store through its
 * own, the system bundle's and the core's contexts, imports the store contract with the attribute
 * its export makes mandatory, and points its UI extension outside its prefix; one more is listed
 * and imports the store contract, mandatory attribute and all. Each gets nothing, each attempt is
 * audited and raises an alert, {@code /health} stays ready, and no other bundle is touched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PartnerAdversaryIT {

  private static final String UNLISTED = "nl.example.adversary.unlisted";
  private static final String UNGRANTED = "nl.example.adversary.ungranted";
  private static final String GRANTED = "nl.example.adversary.granted";
  private static final String GRANTED_PARTNER = "adversary";
  private static final String STORE_USER = "nl.example.adversary.store";

  /** The mandatory attribute of the store contract's export, which only the platform uses. */
  private static final String STORE_ATTRIBUTE = "steunpunt=platform";

  @Inject BundleContext context;
  @Inject ConfigurationAdmin configurations;
  @Inject PlatformStatus platform;

  @Configuration
  public Option[] config() throws IOException {
    Path folder = Path.of(System.getProperty("project.build.directory"), "test-adversary");
    List<Option> jars = new ArrayList<>();
    Map<String, Path> written = new HashMap<>();
    written.put(
        UNLISTED,
        write(
            folder, UNLISTED, "unlisted;kind=OTHER;purpose=EVALUATION", "/plugins/unlisted/p.js"));
    written.put(
        UNGRANTED,
        write(
            folder,
            UNGRANTED,
            "ungranted;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT",
            "/plugins/ungranted/p.js",
            Map.of("X-Test-Grant-Itself", "IDENTITY,EVENTS,COUNSELLING_NOTES"),
            ""));
    // Granted, but its page claims to be one of the platform's own, and it imports the store
    // contract (optionally) with the attribute the store's export makes mandatory.
    written.put(
        GRANTED,
        write(
            folder,
            GRANTED,
            GRANTED_PARTNER + ";kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT",
            "/ui/pages/families.js",
            Map.of(),
            ",nl.steunpunt.store;" + STORE_ATTRIBUTE + ";resolution:=optional"));
    // Allow-listed, but it imports the store contract, which is for the platform, with the
    // attribute the store's export makes mandatory.
    written.put(
        STORE_USER,
        TestBundleJar.write(
            folder.resolve(STORE_USER + ".jar"),
            STORE_USER,
            AdversaryActivator.class,
            "org.osgi.framework;version=\"[1.8,2)\",nl.steunpunt.store;" + STORE_ATTRIBUTE,
            Map.of("X-Test-Module", "/plugins/x/p.js", "X-Test-Element", "x-p"),
            Map.of()));
    for (var jar : written.entrySet()) {
      jars.add(
          systemProperty("steunpunt.test." + jar.getKey() + ".jar")
              .value(jar.getValue().toString()));
      jars.add(
          systemProperty("steunpunt.test." + jar.getKey() + ".sha256")
              .value(TestPartnerBundle.sha256(jar.getValue())));
    }
    return OptionUtils.combine(SteunpuntKaraf.options(true), jars.toArray(new Option[0]));
  }

  private static Path write(Path folder, String name, String partner, String module)
      throws IOException {
    return write(folder, name, partner, module, Map.of(), "");
  }

  private static Path write(
      Path folder,
      String name,
      String partner,
      String module,
      Map<String, String> more,
      String moreImports)
      throws IOException {
    Map<String, String> headers = new HashMap<>(more);
    headers.putAll(
        Map.of(
            "Steunpunt-Partner", partner,
            "X-Test-Module", module,
            "X-Test-Element", "sp-families-page"));
    return TestBundleJar.write(
        folder.resolve(name + ".jar"),
        name,
        AdversaryActivator.class,
        "org.osgi.framework;version=\"[1.8,2)\","
            + "javax.servlet;version=\"[3.1,5)\",javax.servlet.http;version=\"[3.1,5)\","
            + "nl.steunpunt.api.access;version=\"[1.0,2)\","
            + "nl.steunpunt.api.common;version=\"[1.0,2)\","
            + "nl.steunpunt.api.family;version=\"[2.0,3)\","
            + "nl.steunpunt.api.partner;version=\"[1.0,2)\","
            + "nl.steunpunt.api.ui;version=\"[1.0,2)\","
            + "org.apache.karaf.jaas.boot.principal,javax.security.auth,"
            + "org.osgi.service.cm;version=\"[1.5,2)\""
            + moreImports,
        headers,
        Map.of());
  }

  @Before
  public void onlyOnThisRunsOwnPorts() throws Exception {
    Http.awaitHealthy();
    ReferencePartner.assertOwnPorts();
  }

  @Test
  public void aPartnerBundleNotOnTheAllowListNeverRuns() throws Exception {
    Map<Long, Long> before = platformBundles();

    Bundle bundle = install(UNLISTED);
    tryToStart(bundle);

    ReferencePartner.await(() -> alerted("bundle " + UNLISTED + " "), "an alert naming it");
    assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(AdversaryActivator.report(UNLISTED)).doesNotExist();
    ReferencePartner.await(() -> !Boundary.denied(UNLISTED).isEmpty(), "the refusal audited");
    assertHealthyAndUntouched(before);
    bundle.uninstall();
  }

  /**
   * Its import names the attribute the store contract's export makes mandatory, as only the
   * platform's bundles should: the trust bundle still gives it no store to wire to.
   */
  @Test
  public void aListedBundleThatImportsTheStoreContractWithItsMandatoryAttributeNeverResolves()
      throws Exception {
    Map<Long, Long> before = platformBundles();
    allow(STORE_USER);

    Bundle bundle = install(STORE_USER);
    tryToStart(bundle);

    Thread.sleep(1000);
    assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(AdversaryActivator.report(STORE_USER)).doesNotExist();
    assertHealthyAndUntouched(before);
    bundle.uninstall();
  }

  /**
   * Also writes itself a grant through the system bundle's Configuration Admin, where no find hook
   * hides it: the grant is not in the database, so it never counts, and the sync removes it.
   */
  @Test
  public void aListedBundleWithoutAGrantGetsNothingNotEvenFromAGrantItWritesItself()
      throws Exception {
    Map<Long, Long> before = platformBundles();
    allow(UNGRANTED);

    Bundle bundle = install(UNGRANTED);
    bundle.start();
    awaitReport(UNGRANTED, "started.done");
    ReferencePartner.await(
        () ->
            alerted(
                "grant for partner ungranted was made on this node outside the partner"
                    + " administration"),
        "the self-written grant removed with an alert");
    ReferencePartner.await(
        () -> configurations.listConfigurations("(partnerId=ungranted)") == null,
        "no configuration of it left");
    Map<String, String> report = read(AdversaryActivator.report(UNGRANTED));

    assertThat(report).containsEntry("grant.itself", "written");
    assertThat(report).containsEntry("started", "yes");
    assertNoStaffServiceFound(report);
    assertThat(report).containsEntry("forged.web", "AccessDeniedException");
    assertThat(report).doesNotContainKey("partnerContext");
    assertThat(navIds("teamlead")).noneMatch(id -> id.startsWith("adversary-"));
    ReferencePartner.await(
        () -> alerted("bundle " + UNGRANTED + " 1.0.0: UI extension"), "the page's alert");
    ReferencePartner.await(
        () -> Boundary.denied(UNGRANTED).stream().anyMatch(d -> d.contains("UI extension")),
        "the page's refusal audited");
    var noActor = Http.send("GET", "/api/v1/partners/ungranted/keep", "municipality", null, null);
    assertThat(noActor.body()).isEqualTo("no actor");
    assertHealthyAndUntouched(before);
    bundle.uninstall();
  }

  @Test
  public void aGrantedPartnerThatForgesActorsKeepsOneOrReachesAroundGetsNothing() throws Exception {
    Map<Long, Long> before = platformBundles();
    allow(GRANTED);
    grant();

    Bundle bundle = install(GRANTED);
    bundle.start();
    Map<String, String> report = awaitReport(GRANTED, "self.search");

    assertNoStaffServiceFound(report);
    // Its optional import of the store contract was left unwired: the store's types are not there.
    assertThat(
            bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE))
        .noneMatch(
            wire ->
                "nl.steunpunt.store"
                    .equals(
                        wire.getCapability()
                            .getAttributes()
                            .get(PackageNamespace.PACKAGE_NAMESPACE)));
    assertThat(report).containsEntry("store.class", "ClassNotFoundException");
    assertThat(report).containsEntry("forged.web", "AccessDeniedException");
    assertThat(report).containsEntry("partnerContext", "granted");
    assertThat(report).containsEntry("forged.partner", "AccessDeniedException");
    assertThat(report).containsEntry("self.search", "AccessDeniedException");
    // The system bundle's context hides nothing (no service hook may hide from it), but what is
    // found there does nothing for the bundle outside its own context.
    assertThat(report).containsEntry("system.service.self", "AccessDeniedException");
    assertThat(report).containsEntry("system.authenticator.console", "empty");

    // A user's request: the bundle gets the user through its own channel, and keeps the actor.
    var kept =
        Http.send(
            "GET", "/api/v1/partners/" + GRANTED_PARTNER + "/keep", "municipality", null, null);
    assertThat(kept.body()).isEqualTo("kept bundle:" + GRANTED + "/1.0.0");
    // Later, in another request, it acts for that user with the kept actor: refused.
    var replayed =
        Http.send(
            "GET", "/api/v1/partners/" + GRANTED_PARTNER + "/replay", "municipality", null, null);
    assertThat(replayed.body()).isEqualTo("replay AccessDeniedException");

    // Its servlet sees the user through the platform only, never their password or session.
    var headers =
        Http.send(
            Http.request("/api/v1/partners/" + GRANTED_PARTNER + "/headers", "municipality", "demo")
                .header("Cookie", "STEUNPUNT_SESSION=anything"));
    assertThat(headers.body()).isEqualTo("authorization=null cookies=none");
    // Its servlet on a platform path and its filter over everything never reach the web face.
    var me = Http.send("GET", "/api/v1/me", "municipality", null, null);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(Http.json(me).get("user").asText()).isEqualTo("municipality");
    assertThat(me.headers().firstValue("X-Adversary")).isEmpty();
    assertThat(platform.alerts())
        .anyMatch(a -> a.startsWith("bundle " + GRANTED) && a.contains("filter.pattern"))
        .anyMatch(a -> a.startsWith("bundle " + GRANTED) && a.contains("a web pattern outside"));

    List<String> refusedActors = refusedActors(GRANTED);
    assertThat(refusedActors)
        .anyMatch(
            d -> d.contains("actor not issued by the platform") && d.contains("claimed user rogue"))
        .anyMatch(d -> d.contains("outside the request it was issued for"))
        .anyMatch(d -> d.contains("not through its partner context"))
        .anyMatch(d -> d.contains("Authenticator.consoleUser called by a bundle outside"));
    assertThat(ReferencePartner.audit("rogue")).isEmpty();
    assertThat(navIds("municipality")).noneMatch(id -> id.startsWith("adversary-"));
    ReferencePartner.await(
        () -> alerted("bundle " + GRANTED + " 1.0.0: UI extension"), "the page's alert");
    assertThat(platform.alerts())
        .anyMatch(
            a ->
                a.startsWith("bundle " + GRANTED)
                    && a.contains("must lie under /plugins/adversary/"));
    assertHealthyAndUntouched(before);
    bundle.uninstall();
  }

  // --- helpers -------------------------------------------------------------------------------

  private static void assertNoStaffServiceFound(Map<String, String> report) {
    assertThat(report.entrySet())
        .filteredOn(e -> e.getKey().startsWith("own.") || e.getKey().startsWith("core."))
        .hasSize(18)
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo("hidden"));
    // Through the system bundle's context (which the framework calls no find hook for) the
    // services are found: the wall there is the actors for the staff services, and for
    // Configuration Admin that only allow-list entries the database holds count (BundleTrust).
  }

  private Bundle install(String name) throws Exception {
    return context.installBundle(
        Path.of(System.getProperty("steunpunt.test." + name + ".jar")).toUri().toString());
  }

  private static void tryToStart(Bundle bundle) {
    try {
      bundle.start();
    } catch (org.osgi.framework.BundleException refused) {
      // It cannot resolve: that is the point.
    }
  }

  private void grant() {
    Boundary.grant(
        "--kind MUNICIPALITY --purpose MUNICIPAL_SUPPORT --organisation GM0363 --municipality 0363"
            + " --category IDENTITY --category TRAJECTORY_STATUS --category EVENTS --timeline "
            + GRANTED_PARTNER);
  }

  /** The bundle's report, once it holds the given attempt. */
  private static Map<String, String> awaitReport(String name, String attempt) throws Exception {
    Path report = AdversaryActivator.report(name);
    ReferencePartner.await(
        () -> Files.exists(report) && read(report).containsKey(attempt), "the attempts of " + name);
    return read(report);
  }

  private static Map<String, String> read(Path report) throws IOException {
    Map<String, String> lines = new HashMap<>();
    for (String line : Files.readAllLines(report)) {
      int equals = line.indexOf('=');
      lines.put(line.substring(0, equals), line.substring(equals + 1));
    }
    return lines;
  }

  private boolean alerted(String prefix) {
    return platform.alerts().stream().anyMatch(a -> a.startsWith(prefix));
  }

  /** The details of the refused actors whose call came from a bundle. */
  private static List<String> refusedActors(String name) throws IOException {
    List<String> details = new ArrayList<>();
    for (JsonNode entry : ReferencePartner.audit("unverified")) {
      if (entry.get("channel").asText().equals("bundle:" + name + "/1.0.0")) {
        details.add(entry.get("detail").asText());
      }
    }
    return details;
  }

  private static List<String> navIds(String user) throws IOException {
    List<String> ids = new ArrayList<>();
    ReferencePartner.get(user, "/api/v1/ui/extensions")
        .get("items")
        .forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  private void assertHealthyAndUntouched(Map<Long, Long> before) throws IOException {
    JsonNode health = Http.json(Http.send(Http.request("/health")));
    assertThat(health.get("ready").asBoolean()).isTrue();
    assertThat(platformBundles()).isEqualTo(before);
  }

  private Map<Long, Long> platformBundles() {
    return Boundary.activeBundlesBut(context, "nl.example.adversary");
  }

  private void allow(String name) throws IOException {
    Boundary.allow(name, System.getProperty("steunpunt.test." + name + ".sha256"));
  }
}
