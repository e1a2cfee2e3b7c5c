package nl.steunpunt.partner.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  private static int statusOf(String contentType, String body) {
    try {
      JsonBodies.read(contentType, -1, new ByteArrayInputStream(body.getBytes(UTF_8)));
      return 200;
    } catch (ProblemException e) {
      return e.problem().status();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsAJsonObject() throws IOException {
    var body =
        JsonBodies.read(
            "application/json; charset=utf-8",
            -1,
            new ByteArrayInputStream("{\"a\":1}".getBytes(UTF_8)));

    assertThat(body.get("a").asInt()).isEqualTo(1);
  }

  @Test
  void refusesAnotherMediaTypeWith415() {
    assertThat(statusOf("text/plain", "{}")).isEqualTo(415);
    assertThat(statusOf(null, "{}")).isEqualTo(415);
    assertThat(statusOf("application/x-www-form-urlencoded", "a=1")).isEqualTo(415);
  }

  @Test
  void refusesWhatIsNotOneJsonObjectWith400() {
    assertThat(statusOf("application/json", "[1]")).isEqualTo(400);
    assertThat(statusOf("application/json", "{\"a\":")).isEqualTo(400);
    assertThat(statusOf("application/json", "{} {}")).isEqualTo(400);
    assertThat(statusOf("application/json", "{\"a\":1,\"a\":2}")).isEqualTo(400);
    assertThat(statusOf("application/json", "")).isEqualTo(400);
  }

  @Test
  void refusesABodyOver64KiBWith413EvenWithoutALength() {
    String big = "{\"a\":\"" + "x".repeat(JsonBodies.MAX_BYTES) + "\"}";

    assertThat(statusOf("application/json", big)).isEqualTo(413);
    assertThatThrownBy(
            () ->
                JsonBodies.read(
                    "application/json", 1_000_000, new ByteArrayInputStream(new byte[0])))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
  }
}
