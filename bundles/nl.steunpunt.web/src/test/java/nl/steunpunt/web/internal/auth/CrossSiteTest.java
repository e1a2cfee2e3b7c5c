package nl.steunpunt.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.steunpunt.web.internal.testing.FakeRequest;
import org.junit.jupiter.api.Test;

class CrossSiteTest {

  @Test
  void anEmptyTokenNeverProvesASessionNotEvenAgainstAnEmptyOne() {
    assertThat(
            CrossSite.carriesToken(
                FakeRequest.post("/api/v1/families", "{}").header("X-CSRF-Token", "").build(),
                "/api/v1/families",
                ""))
        .isFalse();
  }

  @Test
  void theTokenInTheHeaderMustMatchExactly() {
    assertThat(
            CrossSite.carriesToken(
                FakeRequest.post("/api/v1/families", "{}").header("X-CSRF-Token", "abc").build(),
                "/api/v1/families",
                "abc"))
        .isTrue();
    assertThat(
            CrossSite.carriesToken(
                FakeRequest.post("/api/v1/families", "{}").header("X-CSRF-Token", "abd").build(),
                "/api/v1/families",
                "abc"))
        .isFalse();
  }

  @Test
  void onlyTheLogoutFormMayCarryItInAField() {
    assertThat(
            CrossSite.carriesToken(
                FakeRequest.form("/logout", "csrf=abc").build(), "/logout", "abc"))
        .isTrue();
    assertThat(
            CrossSite.carriesToken(
                FakeRequest.form("/api/v1/families", "csrf=abc").build(),
                "/api/v1/families",
                "abc"))
        .isFalse();
  }
}
