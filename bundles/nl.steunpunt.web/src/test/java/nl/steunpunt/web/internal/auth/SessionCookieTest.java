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

  @Test
  void twoSessionCookiesOpenNoSessionRatherThanThePlantedOne() {
    var one =
        nl.steunpunt.web.internal.testing.FakeRequest.get("/api/v1/me")
            .cookie("STEUNPUNT_SESSION", "mine")
            .build();
    var two =
        nl.steunpunt.web.internal.testing.FakeRequest.get("/api/v1/me")
            .cookie("STEUNPUNT_SESSION", "planted")
            .cookie("STEUNPUNT_SESSION", "mine")
            .build();

    assertThat(SessionCookie.read(one)).contains("mine");
    assertThat(SessionCookie.read(two)).isEmpty();
  }
}
