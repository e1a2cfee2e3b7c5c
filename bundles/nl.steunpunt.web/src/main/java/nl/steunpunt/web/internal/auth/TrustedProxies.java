package nl.steunpunt.web.internal.auth;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The proxies (a TLS-terminating load balancer such as HAProxy) whose forwarded headers the
 * platform believes: {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}
 * and {@code X-Forwarded-Port}. Only from a connection whose peer is one of them; from anyone else
 * those headers are ignored, so a client cannot claim another address (to dodge the login throttle
 * or to be audited as someone else) or claim HTTPS. By default no proxy is trusted.
 *
 * <p>The client is the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy (each proxy appends its peer), so entries a client wrote itself on the left are never
 * taken. An entry that is no IP address stops the walk: the last good one counts.
 */
@Component(service = TrustedProxies.class, configurationPid = "nl.steunpunt.web.proxies")
@Designate(ocd = TrustedProxies.Config.class)
public final class TrustedProxies {

  @ObjectClassDefinition(
      name = "Steunpunt trusted proxies",
      description = "The proxies whose X-Forwarded-* headers are believed.")
  public @interface Config {
    @AttributeDefinition(
        description =
            "Addresses or CIDR ranges of the trusted proxies, e.g. 127.0.0.1 or 10.0.0.0/24."
                + " Empty: none.")
    String[] trustedProxies() default {};
  }

  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

  /** One address or range. */
  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int bits = address.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
      return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }
  }

  private final List<Range> ranges;

  @Activate
  public TrustedProxies(Config config) {
    this(List.of(config.trustedProxies()));
  }

  /**
   * @throws IllegalArgumentException when an entry is not an IP address or CIDR range
   */
  TrustedProxies(List<String> entries) {
    List<Range> parsed = new ArrayList<>();
    for (String entry : entries) {
      if (entry != null && !entry.isBlank()) {
        parsed.add(range(entry.strip()));
      }
    }
    this.ranges = Collections.unmodifiableList(parsed);
  }

  /** Whether an address is one of the trusted proxies. */
  boolean trusts(String address) {
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
  }

  /** The request's client, through the trusted proxies in front of the platform. */
  Client clientOf(HttpServletRequest request) {
    Client direct = Client.direct(request);
    if (ranges.isEmpty() || !trusts(direct.address())) {
      return direct;
    }
    String address = direct.address();
    List<String> chain = values(request, "X-Forwarded-For");
    for (int i = chain.size() - 1; i >= 0; i--) {
      String hop = chain.get(i);
      if (literal(hop).isEmpty()) {
        break;
      }
      address = hop;
      if (!trusts(hop)) {
        break;
      }
    }
    boolean secure = direct.secure();
    String proto = last(values(request, "X-Forwarded-Proto"));
    if ("https".equalsIgnoreCase(proto)) {
      secure = true;
    } else if ("http".equalsIgnoreCase(proto)) {
      secure = false;
    }
    String host = direct.host();
    int port = -1;
    String forwardedHost = last(values(request, "X-Forwarded-Host"));
    if (forwardedHost != null && !forwardedHost.isEmpty()) {
      int colon = forwardedHost.lastIndexOf(':');
      if (colon > 0 && forwardedHost.indexOf(']') < colon) {
        host = forwardedHost.substring(0, colon);
        port = port(forwardedHost.substring(colon + 1));
      } else {
        host = forwardedHost;
      }
    } else {
      // The proxy kept the client's Host header: its port, if it named one, is the client's.
      String hostHeader = request.getHeader("Host");
      if (hostHeader != null) {
        int colon = hostHeader.lastIndexOf(':');
        if (colon > 0 && hostHeader.indexOf(']') < colon) {
          port = port(hostHeader.substring(colon + 1));
        }
      }
    }
    String forwardedPort = last(values(request, "X-Forwarded-Port"));
    if (forwardedPort != null) {
      port = port(forwardedPort);
    }
    if (port < 0) {
      port = secure ? 443 : 80;
    }
    return new Client(address, secure, host.toLowerCase(Locale.ROOT), port);
  }

  private static int port(String text) {
    String value = text.strip();
    if (!PORT.matcher(value).matches()) {
      return -1;
    }
    int port = Integer.parseInt(value);
    return port >= 1 && port <= 65535 ? port : -1;
  }

  /** Every comma-separated value of every header of that name, in order. */
  private static List<String> values(HttpServletRequest request, String name) {
    List<String> values = new ArrayList<>();
    var headers = request.getHeaders(name);
    while (headers != null && headers.hasMoreElements()) {
      for (String part : headers.nextElement().split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }

  private static String last(List<String> values) {
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  private static Range range(String entry) {
    int slash = entry.indexOf('/');
    String host = slash < 0 ? entry : entry.substring(0, slash);
    byte[] network =
        literal(host)
            .orElseThrow(
                () -> new IllegalArgumentException("not an IP address or CIDR range: " + entry));
    int prefix = network.length * 8;
    if (slash >= 0) {
      String bits = entry.substring(slash + 1);
      if (!bits.matches("[0-9]{1,3}") || Integer.parseInt(bits) > network.length * 8) {
        throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
      }
      prefix = Integer.parseInt(bits);
    }
    return new Range(network, prefix);
  }

  /** The bytes of an IPv4 or IPv6 literal; never a name lookup. */
  private static Optional<byte[]> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    boolean ipv4 = value.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    if (ipv4) {
      for (String octet : value.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return Optional.empty(); // or InetAddress would look it up as a host name
        }
      }
    }
    boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
    if (!ipv4 && !ipv6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(value).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
