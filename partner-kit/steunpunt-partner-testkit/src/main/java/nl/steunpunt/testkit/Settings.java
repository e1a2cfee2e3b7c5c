package nl.steunpunt.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the test kit boots and deploys. The project's build says where the artifacts are (system
 * properties the failsafe configuration sets), the project's test resource {@value #RESOURCE} says
 * what the partner needs (the grant it asks the operator for, and a route that answers once it
 * serves); ports are free ones on loopback unless given.
 *
 * <table>
 *   <caption>System properties</caption>
 *   <tr><td>{@code steunpunt.testkit.distribution}</td><td>the distribution archive
 *       ({@code nl.steunpunt:karaf-distribution:<version>:tar.gz}, copied from Maven)</td></tr>
 *   <tr><td>{@code steunpunt.testkit.demo}</td><td>demo mode's content, the demo KAR
 *       ({@code nl.steunpunt:steunpunt-demo:<version>:kar}, copied from Maven): the production
 *       archive does not carry it</td></tr>
 *   <tr><td>{@code steunpunt.testkit.kar}</td><td>the partner's KAR</td></tr>
 *   <tr><td>{@code steunpunt.testkit.folder}</td><td>where the platform is unpacked (default
 *       {@code target/steunpunt-testkit}); emptied at each boot</td></tr>
 *   <tr><td>{@code steunpunt.testkit.http.port}, {@code .ssh.port}, {@code .rmi.port},
 *       {@code .rmi.server.port}</td><td>fixed ports (default: free ones)</td></tr>
 * </table>
 *
 * <p>In {@value #RESOURCE}: {@code grant} (the options of {@code steunpunt:partner-grant}, then the
 * partner id, exactly as the operator types them), {@code ready.user} and {@code ready.path} (a
 * demo user and a path below the partner's base that answers 200 once the partner serves).
 *
 * @param distribution the distribution archive
 * @param demo the demo KAR, copied into the platform's {@code deploy/} before its first start
 * @param kar the partner's KAR
 * @param folder where the platform is unpacked
 * @param ports the ports, 0 for a free one
 * @param grant the options of {@code steunpunt:partner-grant} and the partner id
 * @param readyUser the demo user who calls {@code readyPath}
 * @param readyPath a path below the partner's base that answers 200 once it serves
 */
record Settings(
    Path distribution,
    Path demo,
    Path kar,
    Path folder,
    KarafProcess.Ports ports,
    String grant,
    String readyUser,
    String readyPath) {

  /** The test resource with the partner's grant and its ready route. */
  static final String RESOURCE = "steunpunt-partner.properties";

  private static final String PREFIX = "steunpunt.testkit.";

  /** From the system properties and the test resource {@value #RESOURCE}. */
  static Settings fromSystem() {
    Properties partner = new Properties();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "no "
                + RESOURCE
                + " on the test class path (src/test/resources): the grant is missing");
      }
      partner.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Settings(
        Path.of(required("distribution")),
        Path.of(required("demo")),
        Path.of(required("kar")),
        Path.of(System.getProperty(PREFIX + "folder", "target/steunpunt-testkit")),
        new KarafProcess.Ports(port("http"), port("ssh"), port("rmi"), port("rmi.server")),
        value(partner, "grant"),
        value(partner, "ready.user"),
        value(partner, "ready.path"));
  }

  /** The partner id: the grant's last word, as Karaf's shell takes options before arguments. */
  String partnerId() {
    String[] words = grant.trim().split("\\s+");
    return words[words.length - 1];
  }

  private static String required(String name) {
    String value = System.getProperty(PREFIX + name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + PREFIX + name + " not set (see the failsafe configuration)");
    }
    return value;
  }

  private static int port(String name) {
    return Integer.getInteger(PREFIX + name + ".port", 0);
  }

  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(RESOURCE + " has no " + key);
    }
    return value.trim();
  }
}
