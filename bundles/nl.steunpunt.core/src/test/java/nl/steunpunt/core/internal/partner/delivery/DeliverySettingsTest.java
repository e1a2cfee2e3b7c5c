package nl.steunpunt.core.internal.partner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliverySettingsTest {

  @Test
  void retriesBackOffByDoublingUpToTheLongestPause() {
    DeliverySettings settings = DeliverySettings.defaults();
    assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(settings.retryAfter(9)).isEqualTo(Duration.ofSeconds(256));
    assertThat(settings.retryAfter(10)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.retryAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anErrorKeepsItsTypeButNoIdentifiers() {
    String text =
        ErrorText.of(
            new IllegalStateException(
                "no case for family 7d2c3a51-1b7e-4c39-9a55-0f8f8b6f2a10, BSN 123456782\nbye"));
    assertThat(text)
        .isEqualTo("java.lang.IllegalStateException: no case for family <id>, BSN <n> bye");
    assertThat(ErrorText.of(new RuntimeException("x".repeat(1_000)))).hasSize(ErrorText.MAX);
    assertThat(ErrorText.of(new java.io.IOException())).isEqualTo("java.io.IOException");
  }
}
