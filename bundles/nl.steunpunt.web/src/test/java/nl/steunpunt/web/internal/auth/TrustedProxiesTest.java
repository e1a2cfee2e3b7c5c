package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.steunpunt.web.internal.testing.FakeRequest;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  static final TrustedProxies HAPROXY = new TrustedProxies(List.of("10.0.0.0/24", "127.0.0.1"));

  static FakeRequest fromProxy() {
    return FakeRequest.get("/api/v1/me")
        .from("10.0.0.2")
        .to("http", "steunpunt.example", 80)
        .header("Host", "steunpunt.example");
  }

  @Test
  void byDefaultNoProxyIsTrustedAndForwardedHeadersChangeNothing() {
    var request =
        fromProxy()
            .header("X-Forwarded-For", "198.51.100.9")
            .header("X-Forwarded-Proto", "https")
            .build();

    Client client = new TrustedProxies(List.of()).clientOf(request);

    assertThat(client).isEqualTo(new Client("10.0.0.2", false, "steunpunt.example", 80));
  }

  @Test
  void fromATrustedProxyTheClientIsTheRightMostAddressThatIsNoTrustedProxy() {
    Client client =
        HAPROXY.clientOf(
            fromProxy().header("X-Forwarded-For", "6.6.6.6, 198.51.100.9, 10.0.0.7").build());

    assertThat(client.address())
        .as("what the client wrote itself (6.6.6.6) is left of the first proxy's entry")
        .isEqualTo("198.51.100.9");
  }

  @Test
  void fromAPeerThatIsNoTrustedProxyForwardedHeadersAreIgnored() {
    Client client =
        HAPROXY.clientOf(
            FakeRequest.get("/login")
                .from("203.0.113.5")
                .header("X-Forwarded-For", "10.0.0.9")
                .header("X-Forwarded-Proto", "https")
                .build());

    assertThat(client.address()).isEqualTo("203.0.113.5");
    assertThat(client.secure()).isFalse();
  }

  @Test
  void anEntryThatIsNoAddressStopsTheWalkAtTheLastGoodOne() {
    Client client =
        HAPROXY.clientOf(
            fromProxy().header("X-Forwarded-For", "198.51.100.9, evil.example, 10.0.0.7").build());

    assertThat(client.address()).isEqualTo("10.0.0.7");
  }

  @Test
  void tlsEndedAtTheProxyMakesTheClientSecureOnTheDefaultPortOfHttps() {
    Client client =
        HAPROXY.clientOf(
            fromProxy()
                .header("X-Forwarded-For", "198.51.100.9")
                .header("X-Forwarded-Proto", "https")
                .build());

    assertThat(client).isEqualTo(new Client("198.51.100.9", true, "steunpunt.example", 443));
    assertThat(client.scheme()).isEqualTo("https");
  }

  @Test
  void aForwardedHostAndPortAreTheClients() {
    Client client =
        HAPROXY.clientOf(
            fromProxy()
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "Steunpunt.Example:8443")
                .build());

    assertThat(client.host()).isEqualTo("steunpunt.example");
    assertThat(client.port()).isEqualTo(8443);
    assertThat(client.address()).as("no X-Forwarded-For: the proxy itself").isEqualTo("10.0.0.2");
  }

  @Test
  void rangesMatchIpv4AndIpv6AndNothingIsLookedUpByName() {
    TrustedProxies proxies = new TrustedProxies(List.of("192.168.1.0/30", "2001:db8::/32"));

    assertThat(proxies.trusts("192.168.1.3")).isTrue();
    assertThat(proxies.trusts("192.168.1.4")).isFalse();
    assertThat(proxies.trusts("2001:db8:1::5")).isTrue();
    assertThat(proxies.trusts("2001:db9::5")).isFalse();
    assertThat(proxies.trusts("localhost")).isFalse();
    assertThat(proxies.trusts("999.1.1.1")).isFalse();
  }

  @Test
  void aConfiguredEntryThatIsNoAddressOrRangeIsRefused() {
    for (String bad : List.of("proxy.example", "10.0.0.0/33", "10.0.0.0/x", "300.1.1.1")) {
      assertThatThrownBy(() -> new TrustedProxies(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }
}
