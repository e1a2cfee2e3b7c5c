package nl.steunpunt.core.internal.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;

/**
 * This node's name among the nodes on one database: the configured one, else the host name. The one
 * place that derives it (event delivery's leases, the partner settings' audit).
 */
public final class NodeName {

  static final int MAX = 64;

  private NodeName() {}

  /** The configured name, or the host name ({@code node} when it cannot be found). */
  public static String of(String configured) {
    if (configured != null && !configured.isBlank()) {
      return cut(configured.strip());
    }
    try {
      return cut(InetAddress.getLocalHost().getHostName());
    } catch (IOException e) {
      return "node";
    }
  }

  /**
   * A name no other running process has: the configured one (the operator keeps it unique), or the
   * host name with a random suffix, since several Karafs may run on one host.
   */
  public static String unique(String configured) {
    if (configured != null && !configured.isBlank()) {
      return of(configured);
    }
    return cut(of("") + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String cut(String name) {
    return name.length() > MAX ? name.substring(name.length() - MAX) : name;
  }
}
