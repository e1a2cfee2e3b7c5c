package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String header(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aUserAndPasswordAreRead() {
    BasicCredentials credentials = BasicCredentials.parse(header("anna:s3:cr3t")).orElseThrow();

    assertThat(credentials.user()).isEqualTo("anna");
    assertThat(new String(credentials.password())).isEqualTo("s3:cr3t");
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    assertThat(BasicCredentials.parse(header("anna:x").replace("Basic", "bAsIc"))).isPresent();
  }

  @Test
  void otherSchemesAndMalformedHeadersAreIgnored() {
    assertThat(BasicCredentials.parse(null)).isEmpty();
    assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
    assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
    assertThat(BasicCredentials.parse(header("no-colon"))).isEmpty();
    assertThat(BasicCredentials.parse(header(":password-without-user"))).isEmpty();
  }
}
