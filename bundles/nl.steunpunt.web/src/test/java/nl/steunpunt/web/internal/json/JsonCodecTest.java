package nl.steunpunt.web.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.steunpunt.partner.http.ProblemException;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  record Sample(String name, int count) {}

  private final JsonCodec codec = new JsonCodec(2_048, 8, 100, 10);

  private static InputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private int statusOf(Runnable read) {
    try {
      read.run();
    } catch (ProblemException e) {
      return e.problem().status();
    }
    throw new AssertionError("no problem raised");
  }

  @Test
  void changedLimitsApplyToTheNextReadOfTheSameCodec() {
    JsonCodec changing = new JsonCodec(2_048, 8, 1_000, 10);
    String longName = "{\"name\":\"" + "a".repeat(500) + "\",\"count\":2}";
    assertThat(changing.read(body(longName), -1, Sample.class).name()).hasSize(500);
    assertThat(changing.read(body("{}"), 1_500, Object.class)).isNotNull();

    changing.modified(config(1_024, 8, 100, 10));

    assertThat(statusOf(() -> changing.read(body(longName), -1, Sample.class))).isEqualTo(400);
    assertThat(changing.maxBodyBytes()).isEqualTo(1_024);
    assertThat(statusOf(() -> changing.read(body("{}"), 1_500, Object.class))).isEqualTo(413);
  }

  @Test
  void limitsTheCodecCannotTakeChangeNothing() {
    JsonCodec changing = new JsonCodec(2_048, 8, 1_000, 10);

    changing.modified(config(1_024, -1, 100, 10));

    assertThat(changing.maxBodyBytes()).isEqualTo(2_048);
    String longName = "{\"name\":\"" + "a".repeat(500) + "\",\"count\":2}";
    assertThat(changing.read(body(longName), -1, Sample.class).name()).hasSize(500);
  }

  private static JsonCodec.Config config(int body, int depth, int string, int number) {
    return new JsonCodec.Config() {
      @Override
      public Class<? extends java.lang.annotation.Annotation> annotationType() {
        return JsonCodec.Config.class;
      }

      @Override
      public int maxBodyBytes() {
        return body;
      }

      @Override
      public int maxNestingDepth() {
        return depth;
      }

      @Override
      public int maxStringLength() {
        return string;
      }

      @Override
      public int maxNumberLength() {
        return number;
      }
    };
  }

  @Test
  void aWellFormedBodyIsRead() {
    assertThat(codec.read(body("{\"name\":\"a\",\"count\":2}"), -1, Sample.class))
        .isEqualTo(new Sample("a", 2));
  }

  @Test
  void malformedJsonIsABadRequestThatDoesNotEchoTheInput() {
    assertThatThrownBy(() -> codec.read(body("{\"name\": secret-text"), -1, Sample.class))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(400);
              assertThat(e.problem().detail()).doesNotContain("secret");
            });
  }

  @Test
  void unknownPropertiesAreRefused() {
    assertThat(statusOf(() -> codec.read(body("{\"name\":\"a\",\"x\":1}"), -1, Sample.class)))
        .isEqualTo(400);
  }

  @Test
  void wrongTypesAreRefused() {
    assertThat(
            statusOf(
                () -> codec.read(body("{\"name\":\"a\",\"count\":\"many\"}"), -1, Sample.class)))
        .isEqualTo(400);
  }

  @Test
  void duplicateKeysAndTrailingTokensAreRefused() {
    assertThat(
            statusOf(() -> codec.read(body("{\"name\":\"a\",\"name\":\"b\"}"), -1, Sample.class)))
        .isEqualTo(400);
    assertThat(statusOf(() -> codec.read(body("{\"name\":\"a\"} {}"), -1, Sample.class)))
        .isEqualTo(400);
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertThat(statusOf(() -> codec.read(body(""), -1, Sample.class))).isEqualTo(400);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
    assertThat(statusOf(() -> codec.read(body("{}"), 4_096, Sample.class))).isEqualTo(413);
  }

  @Test
  void aBodyLargerThanItsDeclaredLengthIsStillCutOff() {
    String large = "{\"name\":\"" + "a".repeat(3_000) + "\"}";
    assertThat(statusOf(() -> codec.read(body(large), -1, Sample.class))).isEqualTo(413);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "[".repeat(20) + "]".repeat(20);
    assertThat(statusOf(() -> codec.read(body(deep), -1, Object.class))).isEqualTo(400);
  }

  @Test
  void overlongStringsAndNumbersAreRefused() {
    String longString = "{\"name\":\"" + "a".repeat(150) + "\",\"count\":1}";
    assertThat(statusOf(() -> codec.read(body(longString), -1, Sample.class))).isEqualTo(400);
    assertThat(
            statusOf(
                () -> codec.read(body("{\"count\":" + "9".repeat(20) + "}"), -1, Sample.class)))
        .isEqualTo(400);
  }

  @Test
  void aBodyCannotNameAClassToInstantiate() {
    String typed = "[\"java.net.URL\",\"http://127.0.0.1/\"]";
    Object value = codec.read(body(typed), -1, Object.class);

    assertThat(value).isInstanceOf(java.util.List.class);
  }
}
