package nl.steunpunt.distribution;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * How the integration tests boot the real Steunpunt distribution with Pax Exam: the archive the
 * build just made, on ports of its own (so a running demo does not disturb the tests), with the JVM
 * options {@code bin/karaf} gives Karaf on Java 17.
 */
final class SteunpuntKaraf {

  /**
   * The ports, 18181 and 18101 unless {@code -Dsteunpunt.it.http.port} and {@code
   * -Dsteunpunt.it.ssh.port} say otherwise (for a second run on the same machine); the test probe
   * inside Karaf gets the same values.
   */
  static final int HTTP_PORT = Integer.getInteger("steunpunt.it.http.port", 18181);

  static final int SSH_PORT = Integer.getInteger("steunpunt.it.ssh.port", 18101);
  static final int RMI_REGISTRY_PORT = Integer.getInteger("steunpunt.it.rmi.port", 11099);
  static final int RMI_SERVER_PORT = Integer.getInteger("steunpunt.it.rmi.server.port", 44445);

  /**
   * What Pax Exam installs beside the platform (its probe, its own bundles, JUnit, Hamcrest) and
   * the tests' assertion library: the trust boundary lets these resolve as if they were platform
   * ({@code steunpunt.trust.harness}, which raises an alert). Every other test bundle is
   * allow-listed by its test, as an operator would.
   */
  static final String HARNESS =
      "PAXEXAM-PROBE-*,org.ops4j.base.*,org.ops4j.pax.swissbox.*,org.ops4j.pax.exam*,"
          + "jakarta.inject.jakarta.inject-api,org.apache.servicemix.bundles.junit,"
          + "org.apache.servicemix.bundles.hamcrest,assertj-core,net.bytebuddy.byte-buddy";

  /**
   * Demo mode's content (data, users, granted partners): the KAR {@code steunpunt-demo}, which the
   * production archive does not carry. A test in demo mode has it in {@code deploy/} under this
   * name before the first start, so Karaf's KAR deployer installs its feature.
   */
  static final String DEMO_KAR = "steunpunt-demo.kar";

  private SteunpuntKaraf() {}

  static Option[] options(boolean demo) {
    String karafVersion = System.getProperty("karaf.version", "4.4.10");
    File archive = new File(System.getProperty("steunpunt.distribution"));
    List<Option> options = new ArrayList<>();
    options.add(
        karafDistributionConfiguration()
            .frameworkUrl(archive.toURI().toString())
            .karafVersion(karafVersion)
            .name("Steunpunt")
            .unpackDirectory(new File(System.getProperty("project.build.directory"), "exam"))
            .useDeployFolder(false));
    options.add(configureConsole().ignoreLocalConsole());
    // The tests' assertion library (and its one dependency), installed beside the probe.
    options.add(mavenBundle("org.assertj", "assertj-core", System.getProperty("assertj.version")));
    options.add(
        mavenBundle("net.bytebuddy", "byte-buddy", System.getProperty("bytebuddy.version")));
    options.add(logLevel(LogLevel.INFO));
    options.add(
        editConfigurationFilePut(
            "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "" + HTTP_PORT));
    options.add(
        editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "" + SSH_PORT));
    options.add(
        editConfigurationFilePut(
            "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "" + RMI_REGISTRY_PORT));
    options.add(
        editConfigurationFilePut(
            "etc/org.apache.karaf.management.cfg", "rmiServerPort", "" + RMI_SERVER_PORT));
    options.add(
        editConfigurationFilePut("etc/system.properties", "steunpunt.trust.harness", HARNESS));
    // Pax Exam's probe waits 10 s for its injector, which comes with the features Karaf is still
    // installing: on a busy two-core machine that was too short, and the run hung (seen here).
    options.add(
        systemProperty(
                "org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
            .value("120000"));
    options.add(systemProperty("steunpunt.it.http.port").value("" + HTTP_PORT));
    options.add(systemProperty("steunpunt.it.ssh.port").value("" + SSH_PORT));
    if (demo) {
      options.add(editConfigurationFilePut("etc/system.properties", "steunpunt.demo", "true"));
      // Demo mode's content, dropped into deploy/ as demo.sh does; Karaf's deploy folder is
      // watched although Pax Exam does not use it (useDeployFolder(false) above).
      options.add(replaceConfigurationFile("deploy/" + DEMO_KAR, demoKar().toFile()));
    }
    for (String option : java17Options(karafVersion)) {
      options.add(vmOption(option));
    }
    return options.toArray(new Option[0]);
  }

  /**
   * The demo KAR the build copied beside the archive ({@code steunpunt.demo.kar}, set by the
   * failsafe configuration): the one whose bundle the archive's platform list names.
   */
  static Path demoKar() {
    String kar = System.getProperty("steunpunt.demo.kar");
    if (kar == null || kar.isBlank()) {
      throw new IllegalStateException(
          "system property steunpunt.demo.kar not set (see karaf-distribution/pom.xml)");
    }
    return Path.of(kar);
  }

  /** The module options of Karaf 4.4's bin/karaf script; paths are relative to KARAF_HOME. */
  private static List<String> java17Options(String karafVersion) {
    return List.of(
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module",
        "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
        "--patch-module",
        "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
        "--add-opens",
        "java.base/java.security=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.net=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.lang=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.util=ALL-UNNAMED",
        "--add-opens",
        "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens",
        "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
        "-classpath",
        "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*");
  }
}
