package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What a failed assertion about a node should carry, since CI keeps only the build's output: the
 * accounts the node's login realm lists now (names only; in the tests these are demo accounts) and
 * the platform's warnings and errors and its session and demo-account lines from the node's log,
 * the last 15. Java only, so the Pax Exam probe can use it inside Karaf too.
 */
final class NodeLog {

  private static final Pattern WANTED =
      Pattern.compile(
          ".*(\\| (WARN|ERROR) .*nl\\.steunpunt|DemoUsers|CoreWebSessions|JaasAuthenticator).*");

  private NodeLog() {}

  /** The diagnosis of the Karaf whose home is {@code home}. */
  static String diagnosis(Path home) {
    StringBuilder out = new StringBuilder(" [node ").append(home).append(": accounts ");
    try {
      Properties users = new Properties();
      try (var in = Files.newInputStream(home.resolve("etc/users.properties"))) {
        users.load(in);
      }
      out.append(
          users.stringPropertyNames().stream().filter(n -> !n.startsWith("_g_")).sorted().toList());
    } catch (IOException e) {
      out.append("unreadable (").append(e.getMessage()).append(')');
    }
    out.append("; log:");
    try (var lines = Files.lines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8)) {
      List<String> found =
          lines
              .filter(line -> WANTED.matcher(line).matches())
              .map(line -> line.length() > 300 ? line.substring(0, 300) : line)
              .toList();
      found
          .subList(Math.max(0, found.size() - 15), found.size())
          .forEach(line -> out.append("\n  ").append(line));
    } catch (IOException | UncheckedIOException e) {
      out.append(" unreadable (").append(e.getMessage()).append(')');
    }
    return out.append(']').toString();
  }

  /** The diagnosis of the Karaf this code runs in (a Pax Exam probe), or nothing outside one. */
  static String here() {
    String base = System.getProperty("karaf.base");
    return base == null ? "" : diagnosis(Path.of(base));
  }
}
