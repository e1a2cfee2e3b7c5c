package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.inject.Inject;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.distribution.testdevloop.DevLoopActivator;
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
 * The dev loop in the real distribution, in demo mode: a partner bundle trusted by symbolic name
 * and version range (no digest) and granted runs; rebuilt with other bytes and updated, it runs and
 * serves the new code's answer without a new allow-list entry and without a core bundle being
 * touched. Without the dev entry the same update is refused (the pinned allow-list at work). The
 * production side (the setting refused) is in {@link ProductionPlatformIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DevLoopIT {

  @Inject BundleContext context;
  @Inject ConfigurationAdmin configurations;
  @Inject PlatformStatus platform;

  private final List<BundleListener> watchers = new ArrayList<>();

  @Configuration
  public Option[] config() throws IOException {
    Path folder = Path.of(System.getProperty("project.build.directory"), "test-dev-loop");
    Path first = DevLoopBundle.write(folder.resolve("first.jar"), "first build");
    Path second = DevLoopBundle.write(folder.resolve("second.jar"), "second build");
    return OptionUtils.combine(
        SteunpuntKaraf.options(true),
        systemProperty("steunpunt.test.devloop.first").value(first.toString()),
        systemProperty("steunpunt.test.devloop.first.sha256")
            .value(TestPartnerBundle.sha256(first)),
        systemProperty("steunpunt.test.devloop.second").value(second.toString()));
  }

  @Before
  public void onlyOnThisRunsOwnPorts() throws Exception {
    Http.awaitHealthy();
    ReferencePartner.assertOwnPorts();
  }

  @After
  public void cleanUp() throws Exception {
    watchers.forEach(context::removeBundleListener);
    for (Bundle bundle : context.getBundles()) {
      if (DevLoopBundle.SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
        bundle.uninstall();
      }
    }
    Boundary.disallowEvery(configurations);
    Boundary.revokeEvery(configurations);
  }

  @Test
  public void aDevTrustedBundleUpdatedWithNewBytesServesTheNewCodeWithoutANewEntry()
      throws Exception {
    String answer =
        ReferencePartner.operator(
            "steunpunt:partner-allow --dev --symbolic-name "
                + DevLoopBundle.SYMBOLIC_NAME
                + " --version-range '[1.0.0,2.0.0)'");
    assertThat(answer)
        .contains("Allowed " + DevLoopBundle.SYMBOLIC_NAME + " [1.0.0,2.0.0) for the dev loop");
    Boundary.grant(DevLoopBundle.GRANT);
    Bundle bundle = context.installBundle(uri("first"));
    bundle.start();
    ReferencePartner.await(() -> "first build".equals(served()), "the first build's answer");
    Map<Long, Long> core = Boundary.activeBundlesBut(context, DevLoopBundle.SYMBOLIC_NAME);
    ConcurrentLinkedQueue<String> coreEvents = Boundary.watch(context, core, watchers);

    ReferencePartner.operator("bundle:update " + bundle.getBundleId() + " " + uri("second"));

    ReferencePartner.await(() -> "second build".equals(served()), "the second build's answer");
    assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
    assertThat(Files.readString(marker())).isEqualTo("second build");
    assertThat(platform.alerts()).noneMatch(a -> a.contains(DevLoopBundle.SYMBOLIC_NAME));
    assertThat(ReferencePartner.operator("steunpunt:partners"))
        .containsPattern(DevLoopBundle.SYMBOLIC_NAME + " 1.0.0 \\(ACTIVE\\) +\\| dev loop");
    assertThat(coreEvents).isEmpty();
    assertThat(Boundary.activeBundlesBut(context, DevLoopBundle.SYMBOLIC_NAME)).isEqualTo(core);
  }

  /** The control: with the first build pinned instead, the same update stops the bundle. */
  @Test
  public void withAPinnedEntryInsteadTheSameUpdateIsRefused() throws Exception {
    Boundary.allow(
        DevLoopBundle.SYMBOLIC_NAME, System.getProperty("steunpunt.test.devloop.first.sha256"));
    Boundary.grant(DevLoopBundle.GRANT);
    Bundle bundle = context.installBundle(uri("first"));
    bundle.start();
    ReferencePartner.await(() -> "first build".equals(served()), "the first build's answer");

    try {
      ReferencePartner.operator("bundle:update " + bundle.getBundleId() + " " + uri("second"));
    } catch (AssertionError restartRefused) {
      // bundle:update reports that the new bytes could not be resolved to start again.
    }

    ReferencePartner.await(
        () -> bundle.getState() == Bundle.INSTALLED, "the second build refused, INSTALLED");
    assertThat(Files.readString(marker())).isEqualTo("first build");
    assertThat(served()).isNotEqualTo("second build");
  }

  private static String uri(String build) {
    return Path.of(System.getProperty("steunpunt.test.devloop." + build)).toUri().toString();
  }

  private static Path marker() {
    return Path.of(System.getProperty("karaf.data"), DevLoopActivator.MARKER);
  }

  /** The route's answer for a counsellor, or the status when it does not answer 200. */
  private static String served() throws IOException {
    var response = Http.send(Http.request(DevLoopActivator.ROUTE, "counsellor", "demo"));
    return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
  }
}
