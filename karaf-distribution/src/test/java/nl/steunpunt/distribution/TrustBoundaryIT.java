package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.distribution.testnoreq.NoRequirementComponent;
import nl.steunpunt.distribution.testrogue.RogueActivator;
import org.junit.After;
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
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The trust boundary in the real distribution: a bundle without the partner header, packed at test
 * time ({@code testrogue}), that the operator has not allow-listed never resolves, however it
 * arrives, and is reported; allow-listing it lets it run without touching a core bundle; an update
 * with other bytes stops it again. (A focused proof; the adversarial cases are for a later test.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundaryIT {

  private static final String CONSOLE = "nl.example.rogue.console";
  private static final String DEPLOYED = "nl.example.rogue.deployed";
  private static final String UPDATED = "nl.example.rogue.updated";
  private static final String NO_REQUIREMENT = "nl.example.rogue.noreq";

  @Inject BundleContext context;
  @Inject ConfigurationAdmin configurations;
  @Inject PlatformStatus platform;

  private final List<BundleListener> watchers = new ArrayList<>();

  @Configuration
  public Option[] config() throws IOException {
    Path folder = Path.of(System.getProperty("project.build.directory"), "test-rogue");
    List<Option> jars = new ArrayList<>();
    for (String name : List.of(CONSOLE, DEPLOYED, UPDATED)) {
      Path jar = write(folder.resolve(name + ".jar"), name, "");
      jars.add(systemProperty("steunpunt.test." + name + ".jar").value(jar.toString()));
      jars.add(
          systemProperty("steunpunt.test." + name + ".sha256")
              .value(TestPartnerBundle.sha256(jar)));
    }
    Path other = write(folder.resolve(UPDATED + "-other.jar"), UPDATED, "other bytes");
    Path noRequirement = withoutRequirements(folder.resolve(NO_REQUIREMENT + ".jar"));
    jars.add(
        systemProperty("steunpunt.test." + NO_REQUIREMENT + ".jar")
            .value(noRequirement.toString()));
    jars.add(systemProperty("steunpunt.test.other.jar").value(other.toString()));
    return OptionUtils.combine(SteunpuntKaraf.options(true), jars.toArray(new Option[0]));
  }

  /** A bundle of the {@code testrogue} classes, without the partner header. */
  private static Path write(Path jar, String symbolicName, String description) throws IOException {
    return TestBundleJar.write(
        jar,
        symbolicName,
        RogueActivator.class,
        "org.osgi.framework;version=\"[1.8,2)\"",
        description.isEmpty() ? Map.of() : Map.of("Bundle-Description", description),
        Map.of());
  }

  /**
   * A bundle without a single requirement (no imports, no activator) whose immediate DS component
   * is {@link NoRequirementComponent}.
   */
  private static Path withoutRequirements(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", NO_REQUIREMENT);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Service-Component", "OSGI-INF/component.xml");
    String type = NoRequirementComponent.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
      out.write(
          ("<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"noreq\""
                  + " immediate=\"true\"><implementation class=\""
                  + NoRequirementComponent.class.getName()
                  + "\"/></scr:component>\n")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new JarEntry(type));
      try (InputStream in = TrustBoundaryIT.class.getClassLoader().getResourceAsStream(type)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
    return jar;
  }

  @Before
  public void onlyOnThisRunsOwnPorts() throws Exception {
    Http.awaitHealthy();
    ReferencePartner.assertOwnPorts();
  }

  @After
  public void cleanUp() throws Exception {
    watchers.forEach(context::removeBundleListener);
    Boundary.disallowEvery(configurations);
  }

  @Test
  public void anUnlistedBundleInstalledFromTheConsoleNeverRunsAndIsReported() throws Exception {
    Map<Long, Long> core = coreBundles();
    try {
      ReferencePartner.operator("bundle:install -s " + uri(CONSOLE));
    } catch (AssertionError startRefused) {
      // bundle:install -s reports that the bundle could not be started: that is the point.
    }
    Bundle rogue = await(CONSOLE);

    ReferencePartner.await(() -> alerted(CONSOLE), "an alert naming " + CONSOLE);
    assertThat(rogue.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(RogueActivator.marker(CONSOLE)).doesNotExist();
    assertThat(platform.alerts())
        .contains(
            "bundle " + CONSOLE + " 1.0.0 may not run: not platform and not on the allow-list");
    ReferencePartner.await(() -> !Boundary.denied(CONSOLE).isEmpty(), "the refusal audited");
    assertThat(Boundary.denied(CONSOLE))
        .anySatisfy(
            detail ->
                assertThat(detail)
                    .isEqualTo("may not resolve: not platform and not on the allow-list"));
    JsonNode health = Http.json(Http.send(Http.request("/health")));
    assertThat(health.get("ready").asBoolean()).isTrue();
    assertThat(health.get("alerts").asInt()).isPositive();
    assertThat(health.has("alertDetails")).isFalse();
    assertThat(ReferencePartner.operator("steunpunt:partners")).contains(CONSOLE);
    assertThat(coreBundles()).isEqualTo(core);
    rogue.uninstall();
  }

  @Test
  public void allowListingABundleDroppedIntoDeployLetsItRunWithoutRefreshingACoreBundle()
      throws Exception {
    Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", DEPLOYED + ".jar");
    Files.copy(jar(DEPLOYED), deployed, StandardCopyOption.REPLACE_EXISTING);
    try {
      Bundle rogue = await(DEPLOYED);
      ReferencePartner.await(() -> alerted(DEPLOYED), "an alert naming " + DEPLOYED);
      Thread.sleep(2000);
      assertThat(rogue.getState()).isEqualTo(Bundle.INSTALLED);
      assertThat(RogueActivator.marker(DEPLOYED)).doesNotExist();

      Map<Long, Long> core = coreBundles();
      ConcurrentLinkedQueue<String> coreEvents = Boundary.watch(context, core, watchers);
      allow(DEPLOYED);

      ReferencePartner.await(() -> rogue.getState() == Bundle.ACTIVE, DEPLOYED + " active");
      assertThat(RogueActivator.marker(DEPLOYED)).exists();
      ReferencePartner.await(() -> !alerted(DEPLOYED), "the alert gone");
      assertThat(coreEvents).isEmpty();
      assertThat(coreBundles()).isEqualTo(core);
    } finally {
      Files.deleteIfExists(deployed);
    }
  }

  @Test
  public void anUpdateWithOtherBytesLeavesTheBundleInstalledAndIsAudited() throws Exception {
    allow(UPDATED);
    Bundle bundle = context.installBundle(uri(UPDATED));
    bundle.start();
    assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
    Files.delete(RogueActivator.marker(UPDATED));
    Map<Long, Long> core = coreBundles();

    try {
      ReferencePartner.operator(
          "bundle:update "
              + bundle.getBundleId()
              + " "
              + Path.of(System.getProperty("steunpunt.test.other.jar")).toUri());
    } catch (AssertionError restartRefused) {
      // bundle:update reports that the new bytes could not be resolved to start again.
      assertThat(restartRefused).hasMessageContaining("Unable to resolve " + UPDATED);
    }

    ReferencePartner.await(
        () -> bundle.getState() == Bundle.INSTALLED, UPDATED + " INSTALLED after the update");
    ReferencePartner.await(() -> alerted(UPDATED), "an alert naming " + UPDATED);
    assertThat(platform.alerts())
        .contains(
            "bundle "
                + UPDATED
                + " 1.0.0 may not run: installed content differs from the SHA-256 on the"
                + " allow-list");
    ReferencePartner.await(() -> !Boundary.denied(UPDATED).isEmpty(), "the refusal audited");
    assertThat(Boundary.denied(UPDATED))
        .contains("may not resolve: installed content differs from the SHA-256 on the allow-list");
    Thread.sleep(1000);
    assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(RogueActivator.marker(UPDATED)).doesNotExist();
    assertThat(coreBundles()).isEqualTo(core);
    bundle.uninstall();
  }

  /**
   * A bundle without a single requirement resolves whatever the resolver hook says, and SCR then
   * tries to construct its component: the class is never defined, and the bundle is put back to
   * INSTALLED.
   */
  @Test
  public void aBundleWithoutAnyRequirementDefinesNoClassAndIsPutBackToInstalled() throws Exception {
    Path marker = Path.of(System.getProperty("karaf.data"), NoRequirementComponent.MARKER);
    Map<Long, Long> core = coreBundles();
    try {
      ReferencePartner.operator("bundle:install -s " + uri(NO_REQUIREMENT));
    } catch (AssertionError refused) {
      // However far the start got, it is refused.
    }
    Bundle rogue = await(NO_REQUIREMENT);

    ReferencePartner.await(() -> alerted(NO_REQUIREMENT), "an alert naming " + NO_REQUIREMENT);
    ReferencePartner.await(
        () -> rogue.getState() == Bundle.INSTALLED, NO_REQUIREMENT + " back to INSTALLED");
    Thread.sleep(2000);
    assertThat(rogue.getState()).isEqualTo(Bundle.INSTALLED);
    assertThat(marker).doesNotExist();
    assertThat(coreBundles()).isEqualTo(core);
    rogue.uninstall();
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Path jar(String name) {
    return Path.of(System.getProperty("steunpunt.test." + name + ".jar"));
  }

  private static String uri(String name) {
    return jar(name).toUri().toString();
  }

  private Bundle await(String name) throws Exception {
    ReferencePartner.await(() -> bundle(name) != null, name + " installed");
    return bundle(name);
  }

  private Bundle bundle(String name) {
    for (Bundle bundle : context.getBundles()) {
      if (name.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    return null;
  }

  private boolean alerted(String name) {
    return platform.alerts().stream().anyMatch(a -> a.startsWith("bundle " + name + " "));
  }

  private Map<Long, Long> coreBundles() {
    return Boundary.activeBundlesBut(context, "nl.example.rogue");
  }

  private void allow(String name) throws IOException {
    Boundary.allow(name, System.getProperty("steunpunt.test." + name + ".sha256"));
  }
}
