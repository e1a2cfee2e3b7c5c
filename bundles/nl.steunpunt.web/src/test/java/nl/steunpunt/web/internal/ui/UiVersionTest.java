package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.steunpunt.web.internal.testing.FakeRequest;
import org.junit.jupiter.api.Test;

class UiVersionTest {

  private final UiVersion version = new UiVersion("0a1b2c3d4e5f");

  @Test
  void theLoginPrefetchesTheShellsVersionedFilesAndTheTextsOfTheBrowsersLanguage() {
    assertThat(
            version.prefetch(
                FakeRequest.get("/login")
                    .header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.8")
                    .build()))
        .containsExactly(
            "/ui/v/0a1b2c3d4e5f/styles.css",
            "/ui/v/0a1b2c3d4e5f/boot.bundle.js",
            "/ui/v/0a1b2c3d4e5f/app.bundle.js",
            "/ui/v/0a1b2c3d4e5f/i18n/en.json");
  }

  @Test
  void aBrowserWithoutALanguageTheShellHasGetsTheDutchTexts() {
    assertThat(
            version.prefetch(FakeRequest.get("/login").header("Accept-Language", "fr-FR").build()))
        .endsWith("/ui/v/0a1b2c3d4e5f/i18n/nl.json");
    assertThat(version.prefetch(FakeRequest.get("/login").build()))
        .endsWith("/ui/v/0a1b2c3d4e5f/i18n/nl.json");
  }
}
