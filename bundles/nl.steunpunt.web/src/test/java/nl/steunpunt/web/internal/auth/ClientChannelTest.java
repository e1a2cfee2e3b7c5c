package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.steunpunt.api.access.Channel;
import nl.steunpunt.web.internal.testing.FakeRequest;
import org.junit.jupiter.api.Test;

class ClientChannelTest {

  @Test
  void theChannelNamesTheClientsAddress() {
    Channel channel = ClientChannel.of(FakeRequest.get("/api/v1/me").from("203.0.113.7").build());

    assertThat(channel).isEqualTo(Channel.web("203.0.113.7"));
    assertThat(channel.describe()).isEqualTo("web");
    assertThat(channel.clientAddress()).contains("203.0.113.7");
  }

  @Test
  void withoutAnAddressTheChannelIsPlainWeb() {
    assertThat(ClientChannel.of(FakeRequest.get("/").from(null).build())).isEqualTo(Channel.WEB);
    assertThat(ClientChannel.of(FakeRequest.get("/").from("").build())).isEqualTo(Channel.WEB);
  }
}
