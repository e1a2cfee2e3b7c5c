package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void theCookieIsHttpOnlyAndSameSiteStrictAndSecureOverTls() {
    assertThat(SessionCookie.header("t", 600, false))
        .isEqualTo("STEUNPUNT_SESSION=t; Path=/; Max-Age=600; HttpOnly; SameSite=Strict");
    assertThat(SessionCookie.header("t", 600, true)).endsWith("; Secure");
  }
}
